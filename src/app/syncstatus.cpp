#include "app/syncstatus.h"

#include "core/error.h"
#include "core/logging.h"
#include "store/eventlog.h"

namespace lobbydesk {

SyncStatus::SyncStatus(EventLog &events, QObject *parent)
    : QObject(parent)
    , m_events(events)
{
    connect(&m_events, &EventLog::outboxChanged, this, &SyncStatus::refresh);
    refresh();
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
