#pragma once

#include "core/event.h"

#include <QSqlDatabase>
#include <QString>

namespace lobbydesk {

// Whether an event is one of the four directory.*.upserted events.
[[nodiscard]] bool isDirectoryEvent(const QString &type);

// Applies a directory event to the terminal's directory tables and its search index (schema
// migration 3): the entry is replaced whole, so applying an event twice changes nothing more.
// A Projection (store/eventlog.h): it runs inside the event's transaction. Throws
// Error(Invalid) for a payload it cannot use, Error from SQLite otherwise.
void applyDirectoryEvent(const Event &event, QSqlDatabase &db);

} // namespace lobbydesk
