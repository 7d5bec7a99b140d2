#include "drivers/cardreader/linecardreader.h"
#include "ptypair.h"

#include <QSerialPort>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace lobbydesk;
using namespace std::chrono_literals;

namespace {

// The reader's side of the line.
struct ReaderPeer
{
    explicit ReaderPeer(const QString &path)
    {
        port.setPortName(path);
        REQUIRE(port.open(QIODevice::ReadWrite));
    }
    void send(const QByteArray &bytes)
    {
        port.write(bytes);
        port.flush();
        QTest::qWait(30);
    }
    QSerialPort port;
};

QStringList taps(QSignalSpy &spy)
{
    QTest::qWait(100);
    QStringList uids;
    for (const auto &call : spy)
        uids.append(call.at(0).toString());
    return uids;
}

} // namespace

TEST_CASE("a line reader's repeats are one tap; bad lines are refused", "[linereader]")
{
    QTemporaryDir dir;
    PtyPair pty(dir.path());
    pty.start();
    LineCardReader::Settings settings;
    settings.link.path = pty.deviceEnd();
    LineCardReader reader(settings);
    QSignalSpy presented(&reader, &CardReader::cardPresented);
    reader.start();
    REQUIRE(reader.state() == Device::State::Connected);
    ReaderPeer peer(pty.peerEnd());

    // A card held on the reader: the same line again and again, split anywhere.
    peer.send("04A1B2");
    peer.send("C3\r\n04A1B2C3\r\n04A1B2C3\r\n");
    peer.send("not a card\r\n");
    peer.send("0077705923\r\n"); // the same UID in decimal: still a repeat
    peer.send("04112233445566\r\n");
    CHECK(taps(presented)
        == QStringList { QStringLiteral("04A1B2C3"), QStringLiteral("04112233445566") });
    CHECK(reader.refused() == 1);
}

TEST_CASE("an RDM6300 reader is read frame by frame, checksums checked", "[linereader]")
{
    QTemporaryDir dir;
    PtyPair pty(dir.path());
    pty.start();
    LineCardReader::Settings settings;
    settings.link.path = pty.deviceEnd();
    settings.framing = LineCardReader::Settings::Framing::Rdm6300;
    LineCardReader reader(settings);
    QSignalSpy presented(&reader, &CardReader::cardPresented);
    reader.start();
    ReaderPeer peer(pty.peerEnd());

    // 0x01 ^ 0x02 ^ 0x03 ^ 0x04 ^ 0x05 = 0x01
    peer.send("\x02"
              "0102030405"
              "01"
              "\x03");
    peer.send("\x02"
              "0102030405"
              "FF"
              "\x03"); // wrong checksum
    CHECK(taps(presented) == QStringList { QStringLiteral("0102030405") });
    // The bad frame is refused; its leftover bytes are then refused as noise outside a frame.
    CHECK(reader.refused() >= 1);
}

TEST_CASE("a line reader survives an unplug and reads the next card", "[linereader]")
{
    QTemporaryDir dir;
    PtyPair pty(dir.path());
    pty.start();
    LineCardReader::Settings settings;
    settings.link.path = pty.deviceEnd();
    settings.debounce = 0ms;
    LineCardReader reader(settings);
    QSignalSpy presented(&reader, &CardReader::cardPresented);
    reader.start();
    {
        ReaderPeer peer(pty.peerEnd());
        peer.send("04A1"); // half a line, then the cable goes
    }
    pty.kill();
    for (int i = 0; i < 100 && reader.state() != Device::State::Reconnecting; ++i)
        QTest::qWait(20);
    CHECK(reader.state() == Device::State::Reconnecting);
    pty.start();
    for (int i = 0; i < 100 && reader.state() != Device::State::Connected; ++i)
        QTest::qWait(20);
    REQUIRE(reader.state() == Device::State::Connected);
    ReaderPeer peer(pty.peerEnd());
    peer.send("DEADBEEF\r\n");
    CHECK(taps(presented) == QStringList { QStringLiteral("DEADBEEF") });
}
