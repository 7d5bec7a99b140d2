#include "app/syncstatus.h"

#include "core/error.h"
#include "core/logging.h"
#include "store/eventlog.h"
#include "sync/hublink.h"
#include "sync/syncengine.h"

namespace lobbydesk {

SyncStatus::SyncStatus(EventLog &events, QObject *parent)
    : QObject(parent)
    , m_events(events)
{
    connect(&m_events, &EventLog::outboxChanged, this, &SyncStatus::refresh);
    try {
        QSqlDatabase &db = m_events.database().sql();
        if (const auto link = readHubLink(db)) {
            // What the last round found, until the engine's first round says more.
            m_enrolled = true;
            m_siteName = link->siteName;
            m_lastError = readMeta(db, syncmeta::kLastError);
            m_lastSync
                = QDateTime::fromString(readMeta(db, syncmeta::kLastSuccess), Qt::ISODateWithMs);
            m_parked = parkedCount(db);
            m_state = m_lastError.isEmpty() && m_lastSync.isValid() ? QStringLiteral("ok")
                                                                    : QStringLiteral("offline");
        }
    } catch (const Error &error) {
        qCWarning(lcApp) << "cannot read the hub link:" << error.message();
    }
    refresh();
}

void SyncStatus::apply(const SyncSnapshot &snapshot)
{
    m_enrolled = snapshot.enrolled;
    m_siteName = snapshot.siteName;
    m_queued = snapshot.queued;
    m_parked = snapshot.parked;
    m_lastSync = snapshot.lastSuccess;
    m_lastError = snapshot.lastError;
    if (!snapshot.enrolled)
        m_state = QStringLiteral("none");
    else if (snapshot.lastError.isEmpty())
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
