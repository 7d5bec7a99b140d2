#pragma once

#include "app/qmlsingleton.h"
#include "sync/syncsnapshot.h"

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace lobbydesk {

class EventLog;

// The sync state staff see at all times: whether there is a hub, events waiting for it, the
// last good sync and, when sync fails, why.
class SyncStatus final : public QObject, public QmlSingleton<SyncStatus>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int queued READ queued NOTIFY changed)
    Q_PROPERTY(int recorded READ recorded NOTIFY changed)
    Q_PROPERTY(int parked READ parked NOTIFY changed)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY changed)
    Q_PROPERTY(bool hubConfigured READ hubConfigured NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString siteName READ siteName NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)

public:
    explicit SyncStatus(EventLog &events, QObject *parent = nullptr);

    [[nodiscard]] int queued() const { return int(m_queued); }
    [[nodiscard]] int recorded() const { return int(m_recorded); }
    [[nodiscard]] int parked() const { return int(m_parked); }
    [[nodiscard]] QDateTime lastSync() const { return m_lastSync; }
    [[nodiscard]] bool hubConfigured() const { return m_enrolled; }
    // "none" (not enrolled), "ok" (last round reached the hub), "offline" (cannot reach it,
    // retrying), "refused" (the hub refuses this terminal: revoked, unknown).
    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] QString siteName() const { return m_siteName; }
    // In the hub's or the network's words (English): for the terminal screen and support.
    [[nodiscard]] QString lastError() const { return m_lastError; }

    void apply(const SyncSnapshot &snapshot);

signals:
    void changed();

private:
    void refresh();

    EventLog &m_events;
    qint64 m_queued = 0;
    qint64 m_recorded = 0;
    qint64 m_parked = 0;
    bool m_enrolled = false;
    QString m_state = QStringLiteral("none");
    QString m_siteName;
    QString m_lastError;
    QDateTime m_lastSync;
    std::optional<SyncSnapshot> m_last;
};

} // namespace lobbydesk
