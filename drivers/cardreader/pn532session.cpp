#include "drivers/cardreader/pn532session.h"

namespace lobbydesk {

namespace {

using Item = Pn532FrameDecoder::Item;

QString commandName(quint8 command)
{
    switch (command) {
    case pn532::GetFirmwareVersion:
        return QStringLiteral("GetFirmwareVersion");
    case pn532::SamConfiguration:
        return QStringLiteral("SAMConfiguration");
    case pn532::RfConfiguration:
        return QStringLiteral("RFConfiguration");
    case pn532::InListPassiveTarget:
        return QStringLiteral("InListPassiveTarget");
    }
    return QStringLiteral("command %1").arg(uint(command), 2, 16, QLatin1Char('0'));
}

} // namespace

Pn532Session::Pn532Session()
    : Pn532Session(Config {})
{ }

Pn532Session::Pn532Session(Config config)
    : m_config(config)
    , m_card(config.emptyPollsForRemoval)
{ }

Pn532Session::Output Pn532Session::start(DeviceTime now)
{
    Output out;
    m_card.drop(out.events);
    m_decoder.reset();
    m_failures = 0;
    m_firmware.reset();
    m_state = State::WakingUp;
    wakeUp(out, now);
    return finish(out);
}

Pn532Session::Output Pn532Session::stop()
{
    Output out;
    m_card.drop(out.events);
    m_decoder.reset();
    m_state = State::Stopped;
    m_phase = Phase::Idle;
    return out;
}

Pn532Session::Output Pn532Session::onBytes(DeviceTime now, QByteArrayView bytes)
{
    Output out;
    const auto items = m_decoder.feed(bytes);
    for (const Item &item : items)
        handle(out, now, item);
    return finish(out);
}

Pn532Session::Output Pn532Session::onItem(DeviceTime now, const Item &item)
{
    Output out;
    handle(out, now, item);
    return finish(out);
}

Pn532Session::Output Pn532Session::onTick(DeviceTime now)
{
    Output out;
    const bool awaiting = m_phase == Phase::AwaitAck || m_phase == Phase::AwaitAnswer;
    if (awaiting && now >= m_deadline) {
        // A frame left half-sent will never finish; what hid behind its start code may be
        // the answer we are waiting for.
        const auto items = m_decoder.flush();
        for (const Item &item : items)
            handle(out, now, item);
        if ((m_phase == Phase::AwaitAck || m_phase == Phase::AwaitAnswer) && now >= m_deadline) {
            failed(out, now,
                QStringLiteral("no answer to %1 within %2 ms")
                    .arg(commandName(m_command))
                    .arg(m_timeout.count()),
                false);
        }
    } else if (m_phase == Phase::WaitingToPoll && now >= m_nextPoll) {
        poll(out, now);
    }
    return finish(out);
}

void Pn532Session::handle(Output &out, DeviceTime now, const Item &item)
{
    const bool awaiting = m_phase == Phase::AwaitAck || m_phase == Phase::AwaitAnswer;
    switch (item.kind) {
    case Item::Kind::Problem:
        // Not answered here: the command's timeout retries it if the answer was lost.
        out.problems << item.reason;
        return;
    case Item::Kind::Ack:
        if (m_phase == Phase::AwaitAck) {
            m_phase = Phase::AwaitAnswer;
            m_deadline = now + m_config.commandTimeout;
        } else {
            out.problems << QStringLiteral("ACK while not waiting for one");
        }
        return;
    case Item::Kind::Nack:
        if (awaiting)
            failed(out, now, QStringLiteral("NACK to %1").arg(commandName(m_command)), true);
        else
            out.problems << QStringLiteral("NACK while no command was pending");
        return;
    case Item::Kind::ErrorFrame:
        ++m_errorFrames;
        out.problems << QStringLiteral("application error frame from the chip (%1 so far)")
                            .arg(m_errorFrames);
        if (!awaiting)
            return;
        if (m_state == State::Polling)
            pollLater(now);
        else if (m_state == State::SettingRetries)
            startPolling(out, now); // optional step: a clone without it still polls
        else
            failed(out, now, QStringLiteral("%1 refused").arg(commandName(m_command)), false);
        return;
    case Item::Kind::Frame:
        if (awaiting && item.frame.command == m_command + 1)
            handleAnswer(out, now, item.frame);
        else
            out.problems << QStringLiteral("unexpected frame %1 from the chip")
                                .arg(uint(item.frame.command), 2, 16, QLatin1Char('0'));
        return;
    }
}

void Pn532Session::handleAnswer(Output &out, DeviceTime now, const Pn532Frame &frame)
{
    switch (m_command) {
    case pn532::SamConfiguration:
        if (const auto problem = samConfigurationProblem(frame)) {
            failed(out, now, *problem, false);
            return;
        }
        m_failures = 0;
        readFirmware(out, now);
        return;
    case pn532::GetFirmwareVersion: {
        const auto version = parseFirmwareVersion(frame);
        if (!version.ok()) {
            failed(out, now, version.problem, false);
            return;
        }
        m_failures = 0;
        m_firmware = version.value;
        if (m_config.passiveActivationRetries) {
            m_state = State::SettingRetries;
            send(out, now, pn532::RfConfiguration,
                pn532::rfConfigurationRetriesCommand(*m_config.passiveActivationRetries),
                m_config.commandTimeout);
        } else {
            startPolling(out, now);
        }
        return;
    }
    case pn532::RfConfiguration:
        if (const auto problem = rfConfigurationProblem(frame))
            out.problems << *problem;
        m_failures = 0;
        startPolling(out, now);
        return;
    case pn532::InListPassiveTarget:
        handleTargets(out, now, frame);
        return;
    }
}

void Pn532Session::handleTargets(Output &out, DeviceTime now, const Pn532Frame &frame)
{
    const auto targets = parseInListPassiveTarget(frame);
    if (!targets.ok()) {
        // Neither "card" nor "no card": the card state waits for the next readable poll.
        out.problems << QStringLiteral("unreadable target list: %1").arg(targets.problem);
    } else {
        m_failures = 0;
        if (targets.value->isEmpty())
            m_card.empty(out.events);
        else
            m_card.seen(targets.value->first().uidHex(), out.events);
    }
    pollLater(now);
}

void Pn532Session::send(Output &out, DeviceTime now, quint8 command, const QByteArray &bytes,
    std::chrono::milliseconds timeout)
{
    out.toSend += bytes;
    m_lastSent = bytes;
    m_command = command;
    m_timeout = timeout;
    m_phase = Phase::AwaitAck;
    m_deadline = now + timeout;
}

void Pn532Session::wakeUp(Output &out, DeviceTime now)
{
    if (m_state != State::NotAnswering)
        m_state = State::WakingUp;
    send(out, now, pn532::SamConfiguration,
        pn532::wakeUpPreamble() + pn532::samConfigurationCommand(), m_config.wakeUpTimeout);
}

void Pn532Session::readFirmware(Output &out, DeviceTime now)
{
    m_state = State::ReadingFirmware;
    send(out, now, pn532::GetFirmwareVersion, pn532::getFirmwareVersionCommand(),
        m_config.commandTimeout);
}

void Pn532Session::startPolling(Output &out, DeviceTime now)
{
    m_state = State::Polling;
    poll(out, now);
}

void Pn532Session::poll(Output &out, DeviceTime now, bool abortFirst)
{
    m_lastPoll = now;
    // After a timeout the chip may still be busy with the old poll: an ACK aborts it.
    const QByteArray command = pn532::inListPassiveTargetCommand();
    send(out, now, pn532::InListPassiveTarget, abortFirst ? pn532::ackFrame() + command : command,
        m_config.commandTimeout);
}

void Pn532Session::pollLater(DeviceTime now)
{
    m_phase = Phase::WaitingToPoll;
    m_nextPoll = std::max(m_lastPoll + m_config.pollInterval, now);
}

void Pn532Session::failed(Output &out, DeviceTime now, const QString &reason, bool resendAsIs)
{
    out.problems << reason;
    ++m_failures;
    if (m_failures >= m_config.failuresForNotAnswering) {
        if (m_state != State::NotAnswering) {
            out.notAnswering = true;
            out.problems << QStringLiteral("PN532 not answering after %1 attempts").arg(m_failures);
            m_card.drop(out.events);
            m_state = State::NotAnswering;
        }
        // Keep knocking (once per wake-up timeout): the chip may come back on the same port.
        m_decoder.reset();
        wakeUp(out, now);
        return;
    }
    if (resendAsIs) {
        out.toSend += m_lastSent;
        m_phase = Phase::AwaitAck;
        m_deadline = now + m_timeout;
    } else if (m_state == State::Polling) {
        poll(out, now, true);
    } else {
        wakeUp(out, now); // a handshake that stalls starts over: the chip may have slept
    }
}

Pn532Session::Output Pn532Session::finish(Output out) const
{
    switch (m_phase) {
    case Phase::AwaitAck:
    case Phase::AwaitAnswer:
        out.wakeAt = m_deadline;
        break;
    case Phase::WaitingToPoll:
        out.wakeAt = m_nextPoll;
        break;
    case Phase::Idle:
        break;
    }
    return out;
}

} // namespace lobbydesk
