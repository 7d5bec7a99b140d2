#include "drivers/sim/pn532/pn532simulator.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSimPn532, "lobbydesk.sim.pn532", QtInfoMsg)

namespace lobbydesk {

namespace {

// Frequent short polls make any per-frame complaint a flood; one line per this many.
constexpr int LogEveryNthBadFrame = 100;

SerialLink::Settings linkSettings(const QString &path)
{
    SerialLink::Settings settings;
    settings.path = path;
    // A replugged pty should be answered as fast as a real chip powers up.
    settings.pathPollInterval = std::chrono::milliseconds(100);
    settings.firstRetry = std::chrono::milliseconds(100);
    settings.maxRetry = std::chrono::milliseconds(1000);
    return settings;
}

} // namespace

Pn532Simulator::Pn532Simulator(const QString &path, QObject *parent)
    : QObject(parent)
    , m_link(linkSettings(path))
{
    connect(&m_link, &SerialLink::received, this, &Pn532Simulator::onBytes);
    connect(&m_link, &SerialLink::opened, this, [this] {
        // A fresh line: whatever was half-received belongs to the old one.
        m_decoder.reset();
        m_lastAnswer.clear();
        qCInfo(lcSimPn532) << "listening on" << m_link.path();
        emit opened();
    });
}

void Pn532Simulator::start()
{
    m_link.start();
}

void Pn532Simulator::stop()
{
    m_link.stop();
}

bool Pn532Simulator::tapCard(const QString &uidHex)
{
    if (!m_chip.tapCard(uidHex)) {
        qCWarning(lcSimPn532) << "not a 4, 7 or 10 byte hex UID:" << uidHex;
        return false;
    }
    qCInfo(lcSimPn532) << "card" << m_chip.cardUid() << "on the antenna";
    return true;
}

void Pn532Simulator::removeCard()
{
    m_chip.removeCard();
    qCInfo(lcSimPn532) << "antenna empty";
}

void Pn532Simulator::setSilent(bool silent)
{
    m_silent = silent;
    m_decoder.reset(); // a chip coming back starts from a clean receive buffer
    qCInfo(lcSimPn532) << (silent ? "silent: answering nothing" : "answering again");
}

void Pn532Simulator::onBytes(const QByteArray &bytes)
{
    if (m_silent)
        return;
    const auto items = m_decoder.feed(bytes);
    for (const auto &item : items)
        onItem(item);
}

void Pn532Simulator::onItem(const Pn532FrameDecoder::Item &item)
{
    using Kind = Pn532FrameDecoder::Item::Kind;
    switch (item.kind) {
    case Kind::Ack: // the host aborts the current command; nothing is running here
    case Kind::ErrorFrame:
        return;
    case Kind::Nack:
        if (!m_lastAnswer.isEmpty())
            reply(m_lastAnswer);
        return;
    case Kind::Problem:
        // The wake-up preamble (55 55 00…) decodes as garbage: expected, not worth a line.
        if (item.problem == Pn532FrameDecoder::Problem::Garbage)
            return;
        if (m_badFrames++ % LogEveryNthBadFrame == 0)
            qCWarning(lcSimPn532) << "ignored a bad host frame:" << item.reason << "("
                                  << m_badFrames << "so far)";
        return;
    case Kind::Frame:
        break;
    }
    const auto answer = m_chip.answer(item.frame);
    const QByteArray answerBytes = answer
        ? pn532::encodeFrame(answer->tfi, answer->command, answer->data)
        : pn532::errorFrame();
    if (!answer)
        qCDebug(lcSimPn532) << "unknown command" << Qt::hex << item.frame.command;
    m_lastAnswer = answerBytes;
    reply(pn532::ackFrame() + answerBytes);
    ++m_answered;
    emit commandReceived(item.frame.command);
}

void Pn532Simulator::reply(const QByteArray &bytes)
{
    if (m_garbage)
        m_link.write(QByteArray("\x13\x37\xFF\x00\xFF\x42", 6)); // a start code that leads nowhere
    m_link.write(bytes);
}

} // namespace lobbydesk
