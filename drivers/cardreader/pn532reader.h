#pragma once

#include "drivers/cardreader/cardreader.h"
#include "drivers/cardreader/pn532session.h"
#include "drivers/serial/seriallink.h"

#include <QTimer>

namespace lobbydesk {

// A PN532 on a serial port (HSU): joins the pure Pn532Session to a SerialLink and a timer.
// The session decides what to say and when to look again; this class only carries bytes,
// arms one single-shot timer for the session's next deadline (it never polls on its own), and
// turns a silent chip into a reconnect of the line.
class Pn532Reader final : public CardReader
{
    Q_OBJECT

public:
    struct Settings
    {
        SerialLink::Settings link; // an empty path: the reader is not configured
        Pn532Session::Config session;
    };

    explicit Pn532Reader(Settings settings, QObject *parent = nullptr);
    ~Pn532Reader() override;

    void start();
    void stop();

    [[nodiscard]] const SerialLink &link() const { return m_link; }
    [[nodiscard]] Pn532Session::State sessionState() const { return m_session.state(); }
    [[nodiscard]] QString cardUid() const { return m_session.cardUid(); }

private:
    void onOpened();
    void onClosed(const QString &why);
    void onTick();
    void apply(const Pn532Session::Output &out);
    void logProblem(const QString &problem);
    void updateState();

    Pn532Session m_session;
    SerialLink m_link;
    QTimer m_tick;
    bool m_configured = false;
    bool m_notAnswering = false; // since the last notAnswering, until the chip is polled again
    // A noisy line or a silent chip gives a problem per poll: a few lines per window are
    // logged, the rest only counted.
    DeviceTime m_problemWindowStart;
    int m_problemsLogged = 0;
    int m_problemsSuppressed = 0;
};

} // namespace lobbydesk
