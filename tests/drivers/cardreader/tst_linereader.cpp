#include "drivers/cardreader/linereader.h"
#include "drivers/cardreader/rdm6300decoder.h"
#include "drivers/cardreader/uiddebouncer.h"
#include "testbytes.h"

using namespace lobbydesk;
using namespace std::chrono_literals;

namespace {

QStringList uids(const QList<UidReading> &readings)
{
    QStringList out;
    for (const UidReading &reading : readings)
        out << (reading.ok() ? *reading.uid : QStringLiteral("!") + reading.problem);
    return out;
}

// STX + 10 hex + XOR + ETX, the checksum computed here so tests can name any card.
QByteArray rdmFrame(const char *tenHex)
{
    const QByteArray bytes = hex(tenHex);
    quint8 sum = 0;
    for (const char byte : bytes)
        sum ^= quint8(byte);
    return '\x02' + QByteArray(tenHex) + QByteArray(1, char(sum)).toHex().toUpper() + '\x03';
}

} // namespace

TEST_CASE("line reader reads hex UIDs ended by CRLF, LF or CR")
{
    LineReader reader;
    const auto readings
        = reader.feed("04A1B2C3\r\n04a1b2c3\n04112233445566\r0102030405060708090A\r\n");
    CHECK(uids(readings)
        == QStringList { "04A1B2C3", "04A1B2C3", "04112233445566", "0102030405060708090A" });
    CHECK(reader.bufferedBytes() == 0);
}

TEST_CASE("line reader reverses hex on request and reads across chunks")
{
    LineReader reader({ LineReader::Format::Hex, LineReader::HexOrder::Reversed });
    QList<UidReading> readings;
    for (const char byte : QByteArray("C3B2A104\r\n"))
        readings += reader.feed(QByteArray(1, byte));
    CHECK(uids(readings) == QStringList { "04A1B2C3" });
}

TEST_CASE("line reader reads the 10-digit decimal of a 4-byte UID in either byte order")
{
    LineReader bigEndian({ LineReader::Format::Decimal });
    CHECK(uids(bigEndian.feed("0077705923\r\n77705923\r\n"))
        == QStringList { "04A1B2C3", "04A1B2C3" });
    LineReader littleEndian({ LineReader::Format::Auto, LineReader::HexOrder::AsSent,
        LineReader::DecimalOrder::LittleEndian });
    CHECK(uids(littleEndian.feed("3283263748\r\n")) == QStringList { "04A1B2C3" });
    CHECK(uids(littleEndian.feed("04A1B2C3\r\n")) == QStringList { "04A1B2C3" }); // auto: hex
}

TEST_CASE("line reader reports invalid lines and reads the next one")
{
    LineReader reader;
    const auto readings
        = reader.feed("04A1B2\r\n04A1B2CZ\r\n\r\n   \r\n 04A1B2C3 \r\n4294967296\r\n");
    REQUIRE(readings.size() == 5);
    CHECK(readings[0].problem.contains("8, 14 or 20"));
    CHECK(readings[1].problem.contains("not hex"));
    CHECK(readings[2].problem.contains("blank"));
    CHECK(*readings[3].uid == QStringLiteral("04A1B2C3"));
    CHECK(readings[4].problem.contains("4-byte"));
    LineReader decimal({ LineReader::Format::Decimal });
    CHECK(decimal.feed("12345678901\r").first().problem.contains("at most 10"));
    CHECK(decimal.feed("12a4\r").first().problem.contains("not decimal"));
}

TEST_CASE("line reader drops an over-long line once and stays bounded")
{
    LineReader reader({ LineReader::Format::Auto, {}, {}, 16 });
    auto readings = reader.feed(QByteArray(1000, 'A'));
    CHECK(reader.bufferedBytes() <= 16);
    readings += reader.feed("AAAA\r\n04A1B2C3\r\n");
    REQUIRE(readings.size() == 2);
    CHECK(readings[0].problem.contains("longer than 16"));
    CHECK(*readings[1].uid == QStringLiteral("04A1B2C3"));
}

TEST_CASE("debouncer presents a UID once while it repeats")
{
    UidDebouncer debouncer;
    const DeviceTime t0 = DeviceTime {} + 1h;
    CHECK(debouncer.accept(t0, "04A1B2C3"));
    CHECK_FALSE(debouncer.accept(t0 + 300ms, "04A1B2C3"));
    CHECK_FALSE(debouncer.accept(t0 + 1700ms, "04A1B2C3")); // the window slides with sightings
    CHECK(debouncer.accept(t0 + 3200ms, "04A1B2C3")); // 1500 ms of quiet: a new tap
    CHECK(debouncer.accept(t0 + 3300ms, "DEADBEEF")); // another card at once
    CHECK(debouncer.accept(t0 + 3400ms, "04A1B2C3"));
    UidDebouncer quick(200ms);
    CHECK(quick.accept(t0, "04A1B2C3"));
    CHECK(quick.accept(t0 + 200ms, "04A1B2C3"));
}

TEST_CASE("rdm6300 reads frames with their XOR check")
{
    CHECK(rdmFrame("0F00A1B2C3")
        == QByteArray("\x02"
                      "0F00A1B2C3"
                      "DF"
                      "\x03"));
    Rdm6300Decoder decoder;
    CHECK(uids(decoder.feed(rdmFrame("0F00A1B2C3") + rdmFrame("62E3086CED")))
        == QStringList { "0F00A1B2C3", "62E3086CED" });
    QList<UidReading> readings;
    for (const char byte : rdmFrame("0F00A1B2C3"))
        readings += decoder.feed(QByteArray(1, byte));
    CHECK(uids(readings) == QStringList { "0F00A1B2C3" });
    CHECK(decoder.bufferedBytes() == 0);
}

TEST_CASE("rdm6300 reports bad frames and resynchronises")
{
    Rdm6300Decoder decoder;
    QByteArray badSum = rdmFrame("0F00A1B2C3");
    badSum[12] = 'E';
    QByteArray noEtx = rdmFrame("0F00A1B2C3");
    noEtx[13] = '\x04';
    QByteArray notHex = rdmFrame("0F00A1B2C3");
    notHex[3] = 'G';
    const auto readings
        = decoder.feed("junk" + badSum + noEtx + notHex + "\x02\x02" + rdmFrame("62E3086CED"));
    REQUIRE_FALSE(readings.isEmpty());
    CHECK(readings.last().uid == QStringLiteral("62E3086CED"));
    const QString all = uids(readings).join('|');
    CHECK(all.contains("skipped 4 bytes"));
    CHECK(all.contains("checksum DE does not match DF"));
    CHECK(all.contains("ETX"));
    CHECK(all.contains("not ASCII hex"));
    CHECK(decoder.bufferedBytes() == 0);
    (void)decoder.feed("\x02"
                       "0F00");
    CHECK(decoder.bufferedBytes() == 5);
}
