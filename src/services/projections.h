#pragma once

#include "store/eventlog.h"

namespace lobbydesk {

// The local tables an event of this type changes on a terminal, for events recorded here and
// events pulled from the hub alike (so both paths build the same state). Empty for a type
// that changes nothing locally, or that this version does not know.
[[nodiscard]] Projection terminalProjection(const QString &type);

} // namespace lobbydesk
