#include "drivers/cardreader/pn532session.h"
#include "testbytes.h"

using namespace lobbydesk;
using namespace std::chrono_literals;
using Output = Pn532Session::Output;
using State = Pn532Session::State;

namespace {

const QByteArray Ack = pn532::ackFrame();
const QByteArray Poll = pn532::inListPassiveTargetCommand();
const QByteArray WakeUp = pn532::wakeUpPreamble() + pn532::samConfigurationCommand();

QByteArray answer(quint8 code, const QByteArray &data = {})
{
    return Ack + pn532::encodeFrame(Pn532Frame::ChipToHost, code, data);
}

QByteArray card(const char *uid)
{
    const QByteArray bytes = hex(uid);
    return answer(0x4B, hex("01 01 00 04 08") + char(bytes.size()) + bytes);
}

const QByteArray NoCard = answer(0x4B, hex("00"));

CardEvent presented(const char *uid)
{
    return CardEvent { CardEvent::Kind::Presented, QString::fromLatin1(uid) };
}

CardEvent removed(const char *uid)
{
    return CardEvent { CardEvent::Kind::Removed, QString::fromLatin1(uid) };
}

// Simulated time, starting anywhere: the session never looks at a clock.
struct Rig
{
    Pn532Session session;
    DeviceTime now = DeviceTime {} + 1h;

    Output reply(const QByteArray &bytes, std::chrono::milliseconds after = 5ms)
    {
        now += after;
        return session.onBytes(now, bytes);
    }
    // Sleeps until the session asked to be woken.
    Output tickAt(const Output &previous)
    {
        REQUIRE(previous.wakeAt.has_value());
        now = std::max(now, *previous.wakeAt);
        return session.onTick(now);
    }
    Output handshake()
    {
        Output out = session.start(now);
        REQUIRE(out.toSend == WakeUp);
        REQUIRE(out.wakeAt == now + 1000ms);
        out = reply(answer(0x15));
        REQUIRE(out.toSend == pn532::getFirmwareVersionCommand());
        REQUIRE(session.state() == State::ReadingFirmware);
        out = reply(answer(0x03, hex("32 01 06 07")));
        REQUIRE(out.toSend == pn532::rfConfigurationRetriesCommand(1));
        out = reply(answer(0x33));
        REQUIRE(out.toSend == Poll);
        REQUIRE(session.state() == State::Polling);
        REQUIRE(out.wakeAt == now + 350ms);
        return out;
    }
    // One poll cycle: answer the pending poll, then wait for the next one to go out.
    Output pollWith(const QByteArray &bytes)
    {
        const Output out = reply(bytes);
        const Output next = tickAt(out);
        REQUIRE(next.toSend == Poll);
        return out;
    }
};

} // namespace

TEST_CASE("pn532 session handshakes and captures the firmware")
{
    Rig rig;
    const Output out = rig.handshake();
    CHECK(out.problems.isEmpty());
    REQUIRE(rig.session.firmware().has_value());
    CHECK(rig.session.firmware()->toString() == QStringLiteral("PN532 v1.6"));
}

TEST_CASE("pn532 session presents a tap once and removes it after two empty polls")
{
    Rig rig;
    rig.handshake();
    const DeviceTime pollSent = rig.now;
    Output out = rig.reply(card("04 A1 B2 C3"), 30ms);
    CHECK(out.events == QList<CardEvent> { presented("04A1B2C3") });
    CHECK(out.wakeAt == pollSent + 100ms); // a steady rhythm, not 100 ms after the answer
    rig.tickAt(out);
    CHECK(rig.pollWith(card("04 A1 B2 C3")).events.isEmpty());
    CHECK(rig.pollWith(NoCard).events.isEmpty()); // one miss is not a removal
    CHECK(rig.pollWith(card("04 A1 B2 C3")).events.isEmpty());
    CHECK(rig.pollWith(NoCard).events.isEmpty());
    CHECK(rig.pollWith(NoCard).events == QList<CardEvent> { removed("04A1B2C3") });
    CHECK(rig.session.cardUid().isEmpty());
    CHECK(rig.pollWith(NoCard).events.isEmpty());
}

TEST_CASE("pn532 session swaps cards as removed then presented")
{
    Rig rig;
    rig.handshake();
    rig.pollWith(card("04 A1 B2 C3"));
    CHECK(rig.pollWith(card("04 11 22 33 44 55 66")).events
        == QList<CardEvent> { removed("04A1B2C3"), presented("04112233445566") });
}

TEST_CASE("pn532 session retries timeouts, then reports not answering once")
{
    Rig rig;
    rig.handshake();
    rig.pollWith(card("04 A1 B2 C3"));
    // Silence: each poll times out after 350 ms and is resent after an aborting ACK.
    Output out = rig.tickAt(Output { {}, {}, {}, false, rig.now + 350ms });
    CHECK(out.toSend == Ack + Poll);
    CHECK(out.problems.join(' ').contains("no answer to InListPassiveTarget within 350 ms"));
    CHECK_FALSE(out.notAnswering);
    out = rig.tickAt(out);
    CHECK(out.toSend == Ack + Poll);
    out = rig.tickAt(out);
    CHECK(out.notAnswering);
    CHECK(out.events == QList<CardEvent> { removed("04A1B2C3") });
    CHECK(out.toSend == WakeUp);
    CHECK(rig.session.state() == State::NotAnswering);
    const DeviceTime knocked = rig.now;
    out = rig.tickAt(out); // keeps knocking, once a second, without repeating the report
    CHECK(rig.now == knocked + 1000ms);
    CHECK(out.toSend == WakeUp);
    CHECK_FALSE(out.notAnswering);
    out = rig.reply(answer(0x15)); // the chip is back
    CHECK(out.toSend == pn532::getFirmwareVersionCommand());
    CHECK(rig.session.state() == State::ReadingFirmware);
}

TEST_CASE("pn532 session gives the wake-up 1000 ms and restarts a stalled handshake")
{
    Rig rig;
    Output out = rig.session.start(rig.now);
    const DeviceTime started = rig.now;
    CHECK(rig.session.onTick(started + 999ms).toSend.isEmpty());
    out = rig.session.onTick(started + 1000ms);
    CHECK(out.toSend == WakeUp);
    rig.now = started + 1000ms;
    // The ACK restarts the clock: 350 ms for the answer itself.
    out = rig.reply(Ack, 900ms);
    CHECK(out.wakeAt == rig.now + 350ms);
    out = rig.reply(answer(0x15).mid(6));
    out = rig.reply(Ack);
    out = rig.tickAt(out); // GetFirmwareVersion ACKed, never answered
    CHECK(out.toSend == WakeUp);
}

TEST_CASE("pn532 session resends on NACK and counts error frames")
{
    Rig rig;
    rig.handshake();
    Output out = rig.reply(pn532::nackFrame());
    CHECK(out.toSend == Poll);
    out = rig.reply(pn532::errorFrame());
    CHECK(rig.session.errorFrames() == 1);
    CHECK(out.toSend.isEmpty());
    CHECK(rig.session.state() == State::Polling);
    out = rig.tickAt(out);
    CHECK(out.toSend == Poll); // polling simply goes on
}

TEST_CASE("pn532 session takes answers in any chunks and reports corrupt ones")
{
    Rig rig;
    rig.handshake();
    const QByteArray bytes = card("04 A1 B2 C3");
    QList<CardEvent> events;
    for (const char byte : bytes)
        events += rig.session.onBytes(rig.now, QByteArray(1, byte)).events;
    CHECK(events == QList<CardEvent> { presented("04A1B2C3") });

    Output out = rig.tickAt(rig.reply({}));
    REQUIRE(out.toSend == Poll);
    QByteArray corrupt = card("04 A1 B2 C3");
    corrupt[corrupt.size() - 2] = char(corrupt[corrupt.size() - 2] ^ 0x01);
    out = rig.reply(corrupt);
    CHECK(out.problems.join(' ').contains("checksum"));
    out = rig.tickAt(out);
    CHECK(out.toSend == Ack + Poll); // timed out, retried
}

TEST_CASE("pn532 session without RFConfiguration, and stop")
{
    Pn532Session::Config config;
    config.passiveActivationRetries.reset();
    config.pollInterval = 250ms;
    Rig rig { Pn532Session(config) };
    Output out = rig.session.start(rig.now);
    out = rig.reply(answer(0x15));
    out = rig.reply(answer(0x03, hex("32 01 06 07")));
    CHECK(out.toSend == Poll);
    const DeviceTime pollSent = rig.now;
    out = rig.reply(card("04 A1 B2 C3"));
    CHECK(out.wakeAt == pollSent + 250ms);
    out = rig.session.stop();
    CHECK(out.events == QList<CardEvent> { removed("04A1B2C3") });
    CHECK_FALSE(out.wakeAt.has_value());
    CHECK(rig.session.state() == State::Stopped);
}
