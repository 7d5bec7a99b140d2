#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace lobbydesk {

class EventLog;

// What staff see of sync: the status bar, the terminal screen and lobbydesk-ctl status.
struct SyncSnapshot
{
    bool enrolled = false;
    QString hubUrl;
    QString siteId;
    QString siteName;
    qint64 queued = 0;
    qint64 parked = 0;
    QDateTime lastSuccess;
    QString lastError; // empty after a good round
    bool refused = false; // the last round failed because the hub refuses this terminal
    bool running = false;

    friend bool operator==(const SyncSnapshot &, const SyncSnapshot &) = default;
};

// The sync state as the store keeps it (hub link, outbox, parked events, the last round's
// outcome): the one reading shared by the engine, the screens and the CLI. `refused` and
// `running` are the engine's to add.
[[nodiscard]] SyncSnapshot readSyncSnapshot(const QSqlDatabase &db, const EventLog &events);

} // namespace lobbydesk
