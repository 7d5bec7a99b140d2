#pragma once

#include "drivers/cardreader/cardevent.h"
#include "drivers/cardreader/cardpresence.h"
#include "drivers/cardreader/pn532framedecoder.h"
#include "drivers/cardreader/pn532responses.h"

#include <QStringList>

namespace lobbydesk {

// The conversation with one PN532, without I/O: the driver passes in what happened (port
// opened, bytes arrived, a timer fired) with the time, writes Output::toSend, forwards
// Output::events, logs Output::problems and calls onTick() at Output::wakeAt.
//
// start → wake-up + SAMConfiguration (1000 ms) → GetFirmwareVersion → RFConfiguration
// (bounded passive retries) → InListPassiveTarget every pollInterval. Each command waits
// commandTimeout for its ACK and again for its answer. A timeout or NACK resends; after
// failuresForNotAnswering in a row the session reports notAnswering once (the transport
// reconnects, which calls start() again) and keeps trying to wake the chip meanwhile.
class Pn532Session
{
public:
    struct Config
    {
        std::chrono::milliseconds pollInterval { 100 };
        std::chrono::milliseconds commandTimeout { 350 }; // libnfc's per-command timeout
        std::chrono::milliseconds wakeUpTimeout { 1000 }; // libnfc's, after the wake-up preamble
        int emptyPollsForRemoval = 2; // one missed poll (card at the edge) must not flap
        int failuresForNotAnswering = 3;
        // MxRtyPassiveActivation; nullopt skips RFConfiguration (the chip then waits for a card
        // forever and polls time out on an empty field).
        std::optional<quint8> passiveActivationRetries = 0x01;
    };

    enum class State { Stopped, WakingUp, ReadingFirmware, SettingRetries, Polling, NotAnswering };

    struct Output
    {
        QByteArray toSend; // write these bytes now; empty when there is nothing to say
        QList<CardEvent> events; // in order: a swapped card is Removed(old) then Presented(new)
        QStringList problems; // each worth a log line; none is fatal on its own
        bool notAnswering = false; // set once per silence: reconnect the port
        std::optional<DeviceTime> wakeAt; // call onTick() then; nullopt after stop()
    };

    Pn532Session(); // the defaults above; a nested Config cannot be a default argument
    explicit Pn532Session(Config config);

    [[nodiscard]] Output start(DeviceTime now); // the port is (re)open
    [[nodiscard]] Output stop(); // the port closed: a card on it can no longer be vouched for
    [[nodiscard]] Output onBytes(DeviceTime now, QByteArrayView bytes);
    [[nodiscard]] Output onItem(DeviceTime now, const Pn532FrameDecoder::Item &item);
    [[nodiscard]] Output onTick(DeviceTime now);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const std::optional<Pn532FirmwareVersion> &firmware() const { return m_firmware; }
    [[nodiscard]] const QString &cardUid() const { return m_card.uid(); } // empty: no card
    [[nodiscard]] int errorFrames() const { return m_errorFrames; }
    [[nodiscard]] const Config &config() const { return m_config; }

private:
    enum class Phase { Idle, AwaitAck, AwaitAnswer, WaitingToPoll };

    void handle(Output &out, DeviceTime now, const Pn532FrameDecoder::Item &item);
    void handleAnswer(Output &out, DeviceTime now, const Pn532Frame &frame);
    void handleTargets(Output &out, DeviceTime now, const Pn532Frame &frame);
    void send(Output &out, DeviceTime now, quint8 command, const QByteArray &bytes,
        std::chrono::milliseconds timeout);
    void wakeUp(Output &out, DeviceTime now);
    void readFirmware(Output &out, DeviceTime now);
    void poll(Output &out, DeviceTime now, bool abortFirst = false);
    void startPolling(Output &out, DeviceTime now);
    void pollLater(DeviceTime now);
    void failed(Output &out, DeviceTime now, const QString &reason, bool resendAsIs);
    Output finish(Output out) const;

    Config m_config;
    Pn532FrameDecoder m_decoder;
    State m_state = State::Stopped;
    Phase m_phase = Phase::Idle;
    quint8 m_command = 0; // the command awaiting its answer
    QByteArray m_lastSent; // resent as-is on NACK
    std::chrono::milliseconds m_timeout { 0 };
    DeviceTime m_deadline; // AwaitAck / AwaitAnswer
    DeviceTime m_lastPoll; // polls keep a steady rhythm whatever the answer time
    DeviceTime m_nextPoll; // WaitingToPoll
    int m_failures = 0;
    int m_errorFrames = 0;
    CardPresence m_card;
    std::optional<Pn532FirmwareVersion> m_firmware;
};

} // namespace lobbydesk
