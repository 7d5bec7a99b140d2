#pragma once

#include "core/event.h"
#include "directory/directoryrecord.h"

#include <QList>
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

class Database;

// Applies parsed records (parseDirectoryCsv) to the directory tables in one transaction, as
// their events would, but records no event: for a throw-away terminal that needs a directory
// and no hub (demo screens, tests, benchmarks).
void applyDirectoryRecords(const QList<DirectoryRecord> &records, Database &database);

} // namespace lobbydesk
