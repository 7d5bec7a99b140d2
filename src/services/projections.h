#pragma once

#include "store/eventlog.h"

#include <QJsonObject>

namespace lobbydesk {

// The local tables an event of this type changes on a terminal, for events recorded here and
// events pulled from the hub alike (so both paths build the same state). Empty for a type
// that changes nothing locally, or that this version does not know.
[[nodiscard]] Projection terminalProjection(const QString &type);

// A text member of an event's payload for a projection's columns: empty, never null, when the
// payload does not have it (the columns are NOT NULL).
[[nodiscard]] QString payloadString(const QJsonObject &payload, const char *key);

} // namespace lobbydesk
