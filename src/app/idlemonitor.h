#pragma once

#include <QObject>
#include <QTimer>

namespace lobbydesk {

// Watches for touches and keys; after the configured quiet time it signals `idle` once, so
// the kiosk can return home and forget what the last person typed.
class IdleMonitor final : public QObject
{
    Q_OBJECT

public:
    explicit IdleMonitor(std::chrono::milliseconds timeout, QObject *parent = nullptr);

    void start(); // watches the whole application from now on
    void restart() { m_timer.start(); } // the quiet time counts from now

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace lobbydesk
