#include "core/error.h"
#include "drivers/cardreader/pn532framedecoder.h"
#include "testbytes.h"

using namespace lobbydesk;
using Item = Pn532FrameDecoder::Item;
using Kind = Item::Kind;
using Problem = Pn532FrameDecoder::Problem;

namespace {

// The reply in platform-notes.md; its LCS (0C+F4) and DCS (ΣD5…C3 + B4) both check out.
const QByteArray NotesReply = hex("00 00 FF 0C F4 D5 4B 01 01 00 04 08 04 04 A1 B2 C3 B4 00");
const Pn532Frame NotesFrame { 0xD5, 0x4B, hex("01 01 00 04 08 04 04 A1 B2 C3") };

QList<Item> frames(const QList<Item> &items)
{
    QList<Item> out;
    for (const Item &item : items) {
        if (item.kind == Kind::Frame)
            out.append(item);
    }
    return out;
}

bool hasProblem(const QList<Item> &items, Problem problem)
{
    return std::any_of(items.begin(), items.end(), [&](const Item &item) {
        return item.kind == Kind::Problem && item.problem == problem && !item.reason.isEmpty();
    });
}

} // namespace

TEST_CASE("pn532 encodes the host commands byte for byte")
{
    CHECK(pn532::inListPassiveTargetCommand() == hex("00 00 FF 04 FC D4 4A 01 00 E1 00"));
    CHECK(pn532::samConfigurationCommand() == hex("00 00 FF 03 FD D4 14 01 17 00"));
    CHECK(pn532::getFirmwareVersionCommand() == hex("00 00 FF 02 FE D4 02 2A 00"));
    CHECK(pn532::rfConfigurationRetriesCommand(1) == hex("00 00 FF 06 FA D4 32 05 FF 01 01 F4 00"));
    CHECK(pn532::wakeUpPreamble() == hex("55 55 00 00 00 00 00 00 00 00 00 00 00 00 00 00"));
    CHECK(pn532::ackFrame() == hex("00 00 FF 00 FF 00"));
    CHECK(pn532::nackFrame() == hex("00 00 FF FF 00 00"));
    CHECK(pn532::errorFrame() == hex("00 00 FF 01 FF 7F 81 00"));
    CHECK(pn532::encodeFrame(0xD5, 0x4B, NotesFrame.data) == NotesReply);
}

TEST_CASE("pn532 decodes the notes' reply, ACK, NACK and the error frame")
{
    Pn532FrameDecoder decoder;
    const auto items
        = decoder.feed(pn532::ackFrame() + NotesReply + pn532::nackFrame() + pn532::errorFrame());
    REQUIRE(items.size() == 4);
    CHECK(items[0].kind == Kind::Ack);
    CHECK(items[1].kind == Kind::Frame);
    CHECK(items[1].frame == NotesFrame);
    CHECK(items[2].kind == Kind::Nack);
    CHECK(items[3].kind == Kind::ErrorFrame);
    CHECK(decoder.bufferedBytes() == 0);
}

TEST_CASE("pn532 decodes byte by byte, without preamble, and the host direction")
{
    Pn532FrameDecoder decoder;
    QList<Item> items;
    for (const char byte : NotesReply + NotesReply.mid(1))
        items += decoder.feed(QByteArray(1, byte));
    REQUIRE(items.size() == 2);
    CHECK(items[0].frame == NotesFrame);
    CHECK(items[1].frame == NotesFrame);

    Pn532FrameDecoder simulator(Pn532Frame::HostToChip);
    const auto commands
        = simulator.feed(pn532::wakeUpPreamble() + pn532::samConfigurationCommand());
    REQUIRE(commands.size() == 1); // the wake-up's 55 55 are expected there, not noise
    CHECK(commands[0].frame == Pn532Frame { 0xD4, 0x14, hex("01") });
}

TEST_CASE("pn532 round-trips normal and extended frames of every size")
{
    Pn532FrameDecoder decoder;
    for (int size = 0; size <= Pn532Frame::MaxExtendedLength - 2; ++size) {
        QByteArray data(size, '\0');
        for (int i = 0; i < size; ++i)
            data[i] = char(i * 7 + size);
        const QByteArray wire = pn532::encodeFrame(0xD5, 0x4B, data);
        CHECK(quint8(wire[3]) == (size + 2 > 255 ? 0xFF : size + 2)); // extended past 255
        const auto items = decoder.feed(wire);
        REQUIRE(items.size() == 1);
        CHECK(items[0].frame == Pn532Frame { 0xD5, 0x4B, data });
    }
    CHECK_THROWS_AS(pn532::encodeFrame(0xD4, 0x40, QByteArray(263, 'x')), Error);
}

TEST_CASE("pn532 reports each malformed frame and decodes the next good one")
{
    struct Case
    {
        const char *name;
        QByteArray bytes;
        Problem problem;
    };
    const QList<Case> cases = {
        { "bad length checksum", hex("00 00 FF 0C F5 D5 4B 01 01 00 04 08 04 04 A1 B2 C3 B4 00"),
            Problem::BadLengthChecksum },
        { "bad data checksum", hex("00 00 FF 0C F4 D5 4B 01 01 00 04 08 04 04 A1 B2 C3 B5 00"),
            Problem::BadDataChecksum },
        { "length zero", hex("00 00 FF 00 00 D5 4B"), Problem::AbsurdLength },
        { "no command code", hex("00 00 FF 01 FF D5 2B 00"), Problem::AbsurdLength },
        { "extended over 264", hex("00 00 FF FF FF 01 10 EF D5 4B"), Problem::AbsurdLength },
        { "bad extended checksum", hex("00 00 FF FF FF 01 00 00 D5"), Problem::BadLengthChecksum },
        { "wrong TFI", hex("00 00 FF 04 FC D4 4A 01 00 E1 00"), Problem::WrongTfi },
        { "missing postamble", hex("00 00 FF 02 FE D5 03 28 55"), Problem::MissingPostamble },
        { "garbage", hex("13 37 FF 00 42"), Problem::Garbage },
    };
    for (const Case &c : cases) {
        INFO(c.name);
        Pn532FrameDecoder decoder;
        const auto items = decoder.feed(c.bytes + NotesReply);
        CHECK(hasProblem(items, c.problem));
        REQUIRE(frames(items).size() == 1);
        CHECK(frames(items)[0].frame == NotesFrame);
        CHECK(decoder.bufferedBytes() == 0);
    }
}

TEST_CASE("pn532 leading and trailing zeros are not garbage")
{
    Pn532FrameDecoder decoder;
    const auto items = decoder.feed(QByteArray(20, '\0') + NotesReply + QByteArray(5, '\0'));
    REQUIRE(items.size() == 1);
    CHECK(items[0].kind == Kind::Frame);
}

TEST_CASE("pn532 flush gives up on a stalled frame and finds the good one behind it")
{
    Pn532FrameDecoder decoder;
    // A header claiming 0x40 bytes swallows the reply until the line goes quiet.
    CHECK(decoder.feed(hex("00 00 FF 40 C0 D5") + NotesReply).isEmpty());
    const auto items = decoder.flush();
    CHECK(hasProblem(items, Problem::Truncated));
    REQUIRE(frames(items).size() == 1);
    CHECK(frames(items)[0].frame == NotesFrame);
    CHECK(decoder.bufferedBytes() == 0);
}

TEST_CASE("pn532 keeps a partial frame only, never the garbage before it")
{
    Pn532FrameDecoder decoder;
    (void)decoder.feed(QByteArray(10000, '\x42'));
    CHECK(decoder.bufferedBytes() == 0);
    (void)decoder.feed(QByteArray(10000, '\x42') + QByteArray(1, '\0'));
    CHECK(decoder.bufferedBytes() == 1); // a 00 that may start a start code
    (void)decoder.feed(hex("FF FF FF 01 08 F7 D5")); // extended, 264 bytes announced
    CHECK(decoder.bufferedBytes() == 8);
    const auto items = decoder.feed(QByteArray(300, '\x01') + NotesReply);
    CHECK(hasProblem(items, Problem::BadDataChecksum));
    CHECK(frames(items).size() == 1);
    CHECK(decoder.bufferedBytes() <= Pn532FrameDecoder::MaxBufferedBytes);
}
