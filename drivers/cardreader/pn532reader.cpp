#include "drivers/cardreader/pn532reader.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPn532, "lobbydesk.drivers.pn532", QtInfoMsg)

namespace lobbydesk {

namespace {

// Problem lines logged per window; the rest of the window's problems are only counted.
constexpr auto ProblemLogWindow = std::chrono::seconds(10);
constexpr int ProblemLinesPerWindow = 5;

} // namespace

Pn532Reader::Pn532Reader(Settings settings, QObject *parent)
    : CardReader(parent)
    , m_session(settings.session)
    , m_link(settings.link)
    , m_configured(!settings.link.path.isEmpty())
{
    // Precise: a coarse timer may fire a little early, and an early tick only re-arms itself.
    m_tick.setSingleShot(true);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &Pn532Reader::onTick);
    connect(&m_link, &SerialLink::opened, this, &Pn532Reader::onOpened);
    connect(&m_link, &SerialLink::closed, this, &Pn532Reader::onClosed);
    connect(&m_link, &SerialLink::received, this,
        [this](const QByteArray &bytes) { apply(m_session.onBytes(DeviceClock::now(), bytes)); });
    connect(&m_link, &SerialLink::stateChanged, this, &Pn532Reader::updateState);
    updateState();
}

Pn532Reader::~Pn532Reader()
{
    // The link dies after us; its last signals must not reach a half-destroyed reader.
    disconnect(&m_link, nullptr, this, nullptr);
}

void Pn532Reader::start()
{
    if (m_configured)
        m_link.start();
}

void Pn532Reader::stop()
{
    m_link.stop();
    m_notAnswering = false;
    apply(m_session.stop());
}

void Pn532Reader::onOpened()
{
    qCInfo(lcPn532) << "waking the PN532 on" << m_link.path();
    apply(m_session.start(DeviceClock::now()));
}

void Pn532Reader::onClosed(const QString &why)
{
    qCInfo(lcPn532) << "line to the PN532 closed:" << why;
    apply(m_session.stop()); // a card on a reader we cannot hear is no longer vouched for
}

void Pn532Reader::onTick()
{
    apply(m_session.onTick(DeviceClock::now()));
}

void Pn532Reader::apply(const Pn532Session::Output &out)
{
    if (!out.toSend.isEmpty())
        m_link.write(out.toSend);
    for (const QString &problem : out.problems)
        logProblem(problem);
    if (out.wakeAt) {
        const auto delay
            = std::chrono::ceil<std::chrono::milliseconds>(*out.wakeAt - DeviceClock::now());
        m_tick.start(std::max(delay, std::chrono::milliseconds(0)));
    } else {
        m_tick.stop();
    }
    if (m_session.state() == Pn532Session::State::Polling)
        m_notAnswering = false;
    if (out.notAnswering)
        m_notAnswering = true;
    updateState();
    for (const CardEvent &event : out.events) {
        if (event.kind == CardEvent::Kind::Presented) {
            qCInfo(lcPn532) << "card" << event.uid << "presented";
            emit cardPresented(event.uid);
        } else {
            qCInfo(lcPn532) << "card" << event.uid << "removed";
            emit cardRemoved();
        }
    }
    // Last: restart() closes the line at once, and closed() re-enters apply() through stop().
    if (out.notAnswering)
        m_link.restart(tr("the PN532 does not answer"));
}

void Pn532Reader::logProblem(const QString &problem)
{
    const DeviceTime now = DeviceClock::now();
    if (now - m_problemWindowStart >= ProblemLogWindow) {
        if (m_problemsSuppressed > 0)
            qCWarning(lcPn532) << m_link.path() << ":" << m_problemsSuppressed
                               << "more problems were not logged";
        m_problemWindowStart = now;
        m_problemsLogged = 0;
        m_problemsSuppressed = 0;
    }
    if (m_problemsLogged >= ProblemLinesPerWindow) {
        ++m_problemsSuppressed;
        return;
    }
    ++m_problemsLogged;
    qCWarning(lcPn532) << m_link.path() << ":" << problem;
}

void Pn532Reader::updateState()
{
    State state = State::NotConfigured;
    QString detail = tr("no port configured");
    const bool open = m_link.state() == SerialLink::State::Open;
    const auto &firmware = m_session.firmware();
    if (!m_configured) {
        // stays NotConfigured
    } else if (m_notAnswering) {
        state = State::Error;
        detail = tr("PN532 on %1 is not answering").arg(m_link.path());
    } else if (!open) {
        state = State::Reconnecting;
        detail = m_link.problem();
    } else if (m_session.state() == Pn532Session::State::Polling && firmware) {
        state = State::Connected;
        detail = tr("%1 on %2").arg(firmware->toString(), m_link.path());
    } else {
        state = State::Reconnecting;
        detail = tr("waking the PN532 on %1").arg(m_link.path());
    }
    publish(state, detail);
}

} // namespace lobbydesk
