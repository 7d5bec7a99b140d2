#include "sync/syncsnapshot.h"

#include "core/event.h"
#include "store/eventlog.h"
#include "sync/hublink.h"

namespace lobbydesk {

SyncSnapshot readSyncSnapshot(const QSqlDatabase &db, const EventLog &events)
{
    SyncSnapshot snapshot;
    if (const auto link = readHubLink(db)) {
        snapshot.enrolled = true;
        snapshot.hubUrl = link->url;
        snapshot.siteId = link->siteId;
        snapshot.siteName = link->siteName;
    }
    snapshot.queued = events.outboxCount();
    snapshot.parked = parkedCount(db);
    snapshot.lastSuccess = parseIsoUtc(readMeta(db, syncmeta::kLastSuccess));
    snapshot.lastError = readMeta(db, syncmeta::kLastError);
    return snapshot;
}

} // namespace lobbydesk
