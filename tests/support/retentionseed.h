#pragma once

#include "store/store.h"

#include <QDateTime>
#include <QJsonObject>

// Rows and events for the retention tests, at chosen times: the visits projection is written
// elsewhere, so visits and invitations are inserted with SQL, and an event can be appended to
// this terminal's chain with a past time (EventLog::record always uses now).
namespace retentionseed {

// A visit with every personal field filled ("Visitor N", a phone, a plate, items, a note and
// ID fragments); `id` is also its number.
void addVisit(lobbydesk::Store &store, const QString &id, const QDateTime &checkedInAt);
void addInvitation(lobbydesk::Store &store, const QString &id, const QDateTime &validUntil);
// The payload of a check-in with personal members (the shape of visit.checked_in).
[[nodiscard]] QJsonObject checkInPayload(const QString &visit);
// Appends an event to the store's own chain as if recorded at `at`, acknowledged or not.
void appendEvent(lobbydesk::Store &store, const QString &type, const QJsonObject &payload,
    const QDateTime &at, bool acknowledged);
// Every row of a table as text, in a stable order: to compare before and after.
[[nodiscard]] QStringList dump(lobbydesk::Store &store, const QString &table);

} // namespace retentionseed
