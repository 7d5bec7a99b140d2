#include "app/syncstatus.h"

#include "core/error.h"
#include "core/logging.h"
#include "store/eventlog.h"
#include "sync/syncsnapshot.h"

namespace lobbydesk {

SyncStatus::SyncStatus(EventLog &events, QObject *parent)
    : QObject(parent)
    , m_events(events)
{
    connect(&m_events, &EventLog::outboxChanged, this, &SyncStatus::refresh);
    try {
        // What the last round found, until the engine's first round says more.
        apply(readSyncSnapshot(m_events.database().sql(), m_events));
    } catch (const Error &error) {
        qCWarning(lcApp) << "cannot read the sync state:" << error.message();
    }
    refresh();
}

void SyncStatus::apply(const SyncSnapshot &snapshot)
{
    // The engine reports after every round, every few seconds; the screen changes only when
    // something did.
    if (m_last && *m_last == snapshot)
        return;
    m_last = snapshot;
    m_enrolled = snapshot.enrolled;
    m_siteName = snapshot.siteName;
    m_queued = snapshot.queued;
    m_parked = snapshot.parked;
    m_lastSync = snapshot.lastSuccess;
    m_lastError = snapshot.lastError;
    if (!snapshot.enrolled)
        m_state = QStringLiteral("none");
    else if (snapshot.lastError.isEmpty() && snapshot.lastSuccess.isValid())
        m_state = QStringLiteral("ok");
    else
        m_state = snapshot.refused ? QStringLiteral("refused") : QStringLiteral("offline");
    emit changed();
}

void SyncStatus::refresh()
{
    try {
        const qint64 queued = m_events.outboxCount();
        const qint64 recorded = m_events.eventCount();
        if (queued == m_queued && recorded == m_recorded)
            return;
        m_queued = queued;
        m_recorded = recorded;
        emit changed();
    } catch (const Error &error) {
        qCWarning(lcApp) << "cannot read the outbox:" << error.message();
    }
}

} // namespace lobbydesk
