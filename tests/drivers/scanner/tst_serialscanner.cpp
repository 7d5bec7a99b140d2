#include "drivers/scanner/serialscanner.h"
#include "ptypair.h"

#include <QSerialPort>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace lobbydesk;
using namespace std::chrono_literals;

namespace {

// The scanner's side of the line.
struct ScannerPeer
{
    explicit ScannerPeer(const QString &path)
    {
        port.setPortName(path);
        REQUIRE(port.open(QIODevice::ReadWrite));
    }
    void send(const QByteArray &bytes)
    {
        port.write(bytes);
        port.flush();
    }
    QSerialPort port;
};

QStringList scans(QSignalSpy &spy, int wanted)
{
    for (int i = 0; i < 100 && spy.count() < wanted; ++i)
        spy.wait(20);
    QStringList texts;
    for (const auto &call : spy)
        texts.append(call.at(0).toString());
    return texts;
}

} // namespace

TEST_CASE("scans arrive whole, stripped, in order; bad lines are skipped", "[scanner]")
{
    QTemporaryDir dir;
    PtyPair pty(dir.path());
    pty.start();
    ScannerFramer::Config framing;
    framing.terminator = "\r\n";
    framing.prefix = "]Q1";
    framing.maxLength = 64;
    SerialScanner scanner({ pty.deviceEnd() }, framing);
    QSignalSpy scanned(&scanner, &SerialScanner::scanned);
    scanner.start();
    REQUIRE(scanner.state() == Device::State::Connected);
    ScannerPeer peer(pty.peerEnd());

    // Split across writes, as a slow UART delivers it.
    peer.send("]Q1GP-2026");
    QTest::qWait(30);
    peer.send("1122-0007\r\n");
    peer.send(QByteArray(100, 'x') + "\r\n"); // too long: refused
    peer.send("\xff\xfe\r\n"); // not UTF-8: refused
    peer.send("]Q1访客-42\r\n");
    CHECK(scans(scanned, 2)
        == QStringList { QStringLiteral("GP-20261122-0007"), QStringLiteral("访客-42") });
    CHECK(scanner.refusedLines() == 2);
}

TEST_CASE(
    "a scanner unplugged mid-line does not glue the half line onto the next scan", "[scanner]")
{
    QTemporaryDir dir;
    PtyPair pty(dir.path());
    pty.start();
    SerialScanner scanner({ pty.deviceEnd() }, {});
    QSignalSpy scanned(&scanner, &SerialScanner::scanned);
    QSignalSpy changed(&scanner, &Device::stateChanged);
    scanner.start();
    {
        ScannerPeer peer(pty.peerEnd());
        peer.send("HALF-A-SC");
        QTest::qWait(100);
    }
    pty.kill();
    for (int i = 0; i < 100 && scanner.state() != Device::State::Reconnecting; ++i)
        QTest::qWait(20);
    CHECK(scanner.state() == Device::State::Reconnecting);
    CHECK(scanner.detail().contains(pty.deviceEnd())); // "… lost", then "waiting for …"
    pty.start();
    for (int i = 0; i < 100 && scanner.state() != Device::State::Connected; ++i)
        QTest::qWait(20);
    REQUIRE(scanner.state() == Device::State::Connected);
    CHECK(changed.count() >= 2);
    ScannerPeer peer(pty.peerEnd());
    peer.send("VISIT-0042\r");
    CHECK(scans(scanned, 1) == QStringList { QStringLiteral("VISIT-0042") });
}

TEST_CASE("a scanner with no port configured says so", "[scanner]")
{
    SerialScanner scanner({ QString() }, {});
    scanner.start();
    CHECK(scanner.state() == Device::State::NotConfigured);
}
