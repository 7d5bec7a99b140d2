#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSerialPort>
#include <QTimer>
#include <chrono>

namespace lobbydesk {

// One configured serial device path, kept open across unplugs. On any error while open it
// closes at once (Qt 6.4.2 reports an unplugged device as an endless storm of ReadError, not
// ResourceError), then watches for the path to come back and reopens it; drivers re-handshake
// on `opened()`. Waiting costs a stat() every pathPollInterval, never a busy loop.
class SerialLink final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Closed, // not started, or stopped
        WaitingForPath, // the device path does not exist (unplugged, not yet created)
        Open,
        Failing, // the path exists but cannot be opened; retrying with backoff
    };
    Q_ENUM(State)

    struct Settings
    {
        QString path;
        qint32 baudRate = 115200;
        std::chrono::milliseconds pathPollInterval { 250 };
        std::chrono::milliseconds firstRetry { 250 };
        std::chrono::milliseconds maxRetry { std::chrono::seconds(5) };
    };

    explicit SerialLink(Settings settings, QObject *parent = nullptr);
    ~SerialLink() override;

    void start();
    void stop();
    // The driver decided the device is silent (its watchdog): drop the line and reconnect.
    void restart(const QString &why);

    // Queues bytes for the device; false (nothing queued) unless open.
    bool write(const QByteArray &bytes);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const QString &path() const { return m_settings.path; }
    // Why it is not open, in words for staff; empty when open.
    [[nodiscard]] const QString &problem() const { return m_problem; }
    [[nodiscard]] int reconnects() const { return m_reconnects; }

signals:
    void opened();
    void closed(const QString &why);
    void received(const QByteArray &bytes);
    void stateChanged();

private:
    void attempt();
    void onError(QSerialPort::SerialPortError error);
    void drop(const QString &why);
    void setState(State state, const QString &problem);
    void scheduleAttempt(std::chrono::milliseconds delay);

    Settings m_settings;
    QSerialPort m_port;
    QTimer m_retry;
    std::chrono::milliseconds m_backoff;
    State m_state = State::Closed;
    QString m_problem;
    int m_reconnects = 0;
    bool m_everOpened = false;
};

} // namespace lobbydesk
