#pragma once

#include "app/qmlsingleton.h"

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace lobbydesk {

class EventLog;

// The sync state staff see at all times: events waiting for the hub and the last good sync.
class SyncStatus final : public QObject, public QmlSingleton<SyncStatus>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int queued READ queued NOTIFY changed)
    Q_PROPERTY(int recorded READ recorded NOTIFY changed)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY changed)
    Q_PROPERTY(bool hubConfigured READ hubConfigured NOTIFY changed)

public:
    explicit SyncStatus(EventLog &events, QObject *parent = nullptr);

    [[nodiscard]] int queued() const { return int(m_queued); }
    [[nodiscard]] int recorded() const { return int(m_recorded); }
    [[nodiscard]] QDateTime lastSync() const { return m_lastSync; }
    // No hub until the terminal is enrolled (the upstream issue); the bar says so.
    [[nodiscard]] bool hubConfigured() const { return false; }

signals:
    void changed();

private:
    void refresh();

    EventLog &m_events;
    qint64 m_queued = 0;
    qint64 m_recorded = 0;
    QDateTime m_lastSync;
};

} // namespace lobbydesk
