#include "drivers/cardreader/linereader.h"
#include "drivers/cardreader/pn532session.h"
#include "drivers/cardreader/rdm6300decoder.h"
#include "drivers/cardreader/scannerframer.h"
#include "testbytes.h"

#include <random>

// At least 100,000 random and mutated inputs per parser, fed in random chunk splits: no crash,
// the buffer stays under its limit, and a good input after the garbage is still read.
using namespace lobbydesk;
using namespace std::chrono_literals;

namespace {

constexpr int Rounds = 100'000;

class Fuzzer
{
public:
    explicit Fuzzer(std::uint64_t seed)
        : m_rng(seed)
    { }

    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    char byte() { return char(below(256)); }
    QByteArray random(int maxSize)
    {
        QByteArray bytes(below(maxSize + 1), '\0');
        for (char &b : bytes)
            b = byte();
        return bytes;
    }
    // A few bit flips, cuts, duplications, insertions and deletions of a valid input.
    QByteArray mutate(QByteArray bytes, const QByteArray &alphabet = {})
    {
        const int edits = 1 + below(4);
        for (int i = 0; i < edits; ++i) {
            const int at = below(int(bytes.size()) + 1);
            switch (below(6)) {
            case 0:
                if (!bytes.isEmpty())
                    bytes[at % bytes.size()] = char(bytes[at % bytes.size()] ^ (1 << below(8)));
                break;
            case 1:
                bytes.truncate(at);
                break;
            case 2:
                bytes.insert(at, bytes.mid(below(int(bytes.size()) + 1), below(16)));
                break;
            case 3: {
                QByteArray noise = random(12);
                if (!alphabet.isEmpty()) {
                    for (char &b : noise)
                        b = alphabet[below(int(alphabet.size()))];
                }
                bytes.insert(at, noise);
                break;
            }
            case 4:
                bytes.remove(at, 1 + below(4));
                break;
            default:
                bytes += bytes.left(at); // a repeat, as a device resending would
                break;
            }
        }
        return bytes;
    }
    // Feeds bytes in chunks of 1–64, checking after every chunk.
    template<typename Feed> void inChunks(const QByteArray &bytes, Feed feed)
    {
        for (qsizetype at = 0; at < bytes.size();) {
            const qsizetype size = std::min<qsizetype>(1 + below(64), bytes.size() - at);
            feed(QByteArrayView(bytes).sliced(at, size));
            at += size;
        }
    }

private:
    std::mt19937_64 m_rng;
};

QList<QByteArray> pn532Frames()
{
    return { pn532::ackFrame(), pn532::nackFrame(), pn532::errorFrame(),
        pn532::encodeFrame(0xD5, 0x4B, hex("01 01 00 04 08 04 04 A1 B2 C3")),
        pn532::encodeFrame(0xD5, 0x4B, hex("00")),
        pn532::encodeFrame(0xD5, 0x03, hex("32 01 06 07")), pn532::encodeFrame(0xD5, 0x15),
        pn532::encodeFrame(0xD5, 0x40, QByteArray(Pn532Frame::MaxExtendedLength - 2, '\x5A')) };
}

QByteArray garbage(Fuzzer &fuzz, const QList<QByteArray> &valid, const QByteArray &alphabet = {})
{
    if (fuzz.below(4) == 0)
        return fuzz.random(200);
    QByteArray bytes;
    const int count = 1 + fuzz.below(3);
    for (int i = 0; i < count; ++i)
        bytes += valid[fuzz.below(int(valid.size()))];
    return fuzz.mutate(bytes, alphabet);
}

} // namespace

TEST_CASE("pn532 decoder fuzz: no crash, bounded, resynchronises", "[fuzz]")
{
    Fuzzer fuzz(0x5EED0532);
    const QList<QByteArray> valid = pn532Frames();
    const QByteArray good = valid[3];
    int decodedWithoutQuiet = 0;
    for (int round = 0; round < Rounds; ++round) {
        Pn532FrameDecoder decoder;
        fuzz.inChunks(garbage(fuzz, valid), [&](QByteArrayView chunk) {
            (void)decoder.feed(chunk);
            REQUIRE(decoder.bufferedBytes() <= Pn532FrameDecoder::MaxBufferedBytes);
        });
        // Straight on: found unless the garbage plus the frame happen to pass every check.
        Pn532FrameDecoder straight = decoder;
        auto items = straight.feed(good + QByteArray(Pn532Frame::MaxWireBytes, '\0'));
        if (!items.isEmpty() && items.last().kind == Pn532FrameDecoder::Item::Kind::Frame
            && items.last().frame.data == hex("01 01 00 04 08 04 04 A1 B2 C3")) {
            ++decodedWithoutQuiet;
        }
        // After the line went quiet (what a command timeout does): always found.
        (void)decoder.flush();
        REQUIRE(decoder.bufferedBytes() == 0);
        items = decoder.feed(good);
        REQUIRE(items.size() == 1);
        REQUIRE(items[0].frame.data == hex("01 01 00 04 08 04 04 A1 B2 C3"));
    }
    CHECK(decodedWithoutQuiet > Rounds * 99 / 100);
    WARN("pn532: good frame found straight after garbage in " << decodedWithoutQuiet << " of "
                                                              << Rounds << " rounds");
}

TEST_CASE("pn532 response parsers fuzz: no crash, only sane UIDs", "[fuzz]")
{
    Fuzzer fuzz(0xA115);
    const QList<QByteArray> valid = { hex("01 01 00 04 08 04 04 A1 B2 C3"), hex("00"),
        hex("01 01 03 44 20 07 04 11 22 33 44 55 66 05 78 80 70 02"),
        hex("02 01 00 04 08 04 04 A1 B2 C3 02 00 04 08 04 DE AD BE EF") };
    int accepted = 0;
    for (int round = 0; round < Rounds; ++round) {
        const QByteArray data
            = fuzz.below(4) == 0 ? fuzz.random(40) : fuzz.mutate(valid[fuzz.below(4)]);
        const auto targets = parseInListPassiveTarget(Pn532Frame { 0xD5, 0x4B, data });
        if (targets.ok()) {
            ++accepted;
            for (const Pn532Target &target : *targets.value) {
                const auto size = target.uid.size();
                REQUIRE((size == 4 || size == 7 || size == 10));
            }
        } else {
            REQUIRE_FALSE(targets.problem.isEmpty());
        }
        const auto version = parseFirmwareVersion(Pn532Frame { 0xD5, 0x03, data });
        REQUIRE(version.ok() == (data.size() == 4));
    }
    CHECK(accepted > 0);
}

TEST_CASE("pn532 session fuzz: never spins, recovers with a clean chip", "[fuzz]")
{
    Fuzzer fuzz(0x5E55);
    QList<QByteArray> valid = pn532Frames();
    DeviceTime now = DeviceTime {} + 1h;
    Pn532Session session;
    auto out = session.start(now);
    for (int round = 0; round < Rounds; ++round) {
        if (fuzz.below(3) == 0) {
            REQUIRE(out.wakeAt.has_value());
            // A tick at wakeAt makes progress: at most one more tick at the same time (an
            // answer found by the timeout's flush schedules an overdue poll), then later.
            now = std::max(now, *out.wakeAt);
            out = session.onTick(now);
            REQUIRE(out.wakeAt.has_value());
            if (*out.wakeAt <= now)
                out = session.onTick(now);
            REQUIRE(out.wakeAt.has_value());
            REQUIRE(*out.wakeAt > now);
        } else {
            now += std::chrono::milliseconds(fuzz.below(50));
            out = session.onBytes(now, garbage(fuzz, valid));
        }
        // One resend per NACK read at most: bounded by what came in, never a flood.
        REQUIRE(out.toSend.size() <= 64 * (1 + 8));
    }
    // Whatever happened, a new connection handshakes with a well-behaved chip.
    (void)session.stop();
    out = session.start(now);
    const QByteArray ack = pn532::ackFrame();
    out = session.onBytes(now, ack + pn532::encodeFrame(0xD5, 0x15));
    out = session.onBytes(now, ack + pn532::encodeFrame(0xD5, 0x03, hex("32 01 06 07")));
    out = session.onBytes(now, ack + pn532::encodeFrame(0xD5, 0x33));
    out = session.onBytes(now, ack + valid[3]);
    CHECK(out.events == QList<CardEvent> { { CardEvent::Kind::Presented, "04A1B2C3" } });
}

TEST_CASE("line reader fuzz: no crash, bounded, reads the next line", "[fuzz]")
{
    Fuzzer fuzz(0x11AE);
    const QList<QByteArray> valid
        = { "04A1B2C3\r\n", "04112233445566\n", "0077705923\r", "0102030405060708090A\r\n" };
    for (int round = 0; round < Rounds; ++round) {
        LineReader reader({ LineReader::Format::Auto, {}, {}, 32 });
        fuzz.inChunks(
            garbage(fuzz, valid, "0123456789ABCDEFabcdef\r\n "), [&](QByteArrayView chunk) {
                for (const UidReading &reading : reader.feed(chunk)) {
                    if (reading.ok())
                        REQUIRE((reading.uid->size() == 8 || reading.uid->size() == 14
                            || reading.uid->size() == 20));
                    else
                        REQUIRE_FALSE(reading.problem.isEmpty());
                }
                REQUIRE(reader.bufferedBytes() <= 32);
            });
        const auto readings = reader.feed("\n04A1B2C3\r\n");
        REQUIRE_FALSE(readings.isEmpty());
        REQUIRE(readings.last().uid == QStringLiteral("04A1B2C3"));
    }
}

TEST_CASE("rdm6300 fuzz: no crash, bounded, resynchronises", "[fuzz]")
{
    Fuzzer fuzz(0x6300);
    const QList<QByteArray> valid = { QByteArray("\x02"
                                                 "0F00A1B2C3DF\x03"),
        QByteArray("\x02"
                   "62E3086CED08\x03") };
    for (int round = 0; round < Rounds; ++round) {
        Rdm6300Decoder decoder;
        fuzz.inChunks(garbage(fuzz, valid,
                          "\x02\x03"
                          "0123456789ABCDEF"),
            [&](QByteArrayView chunk) {
                (void)decoder.feed(chunk);
                REQUIRE(decoder.bufferedBytes() < Rdm6300Decoder::FrameBytes);
            });
        const auto readings = decoder.feed(valid[0]);
        REQUIRE_FALSE(readings.isEmpty());
        REQUIRE(readings.last().uid == QStringLiteral("0F00A1B2C3"));
    }
}

TEST_CASE("scanner fuzz: no crash, bounded, reads the next scan", "[fuzz]")
{
    Fuzzer fuzz(0x5CA7);
    const QList<QByteArray> terminators = { "\r", "\n", "\r\n", "\t" };
    for (int round = 0; round < Rounds; ++round) {
        const QByteArray terminator = terminators[fuzz.below(4)];
        ScannerFramer scanner({ terminator, "]Q1", "#", 24 });
        const QList<QByteArray> valid
            = { "]Q1VISIT:42#" + terminator, "访客" + terminator, "GP-2026-0001" + terminator };
        fuzz.inChunks(garbage(fuzz, valid, "\r\n\t]Q#\xC3\xA9"), [&](QByteArrayView chunk) {
            for (const auto &scan : scanner.feed(chunk))
                REQUIRE((scan.ok() ? !scan.text->isEmpty() : !scan.problem.isEmpty()));
            REQUIRE(scanner.bufferedBytes() <= 24 + terminator.size());
        });
        const auto scans = scanner.feed(terminator + "]Q1HELLO#" + terminator);
        REQUIRE_FALSE(scans.isEmpty());
        REQUIRE(scans.last().text == QStringLiteral("HELLO"));
    }
}
