#include "cputime.h"
#include "drivers/serial/seriallink.h"
#include "ptypair.h"

#include <QElapsedTimer>
#include <QSerialPort>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace lobbydesk;
using namespace std::chrono_literals;

namespace {

// The device's side of the line, as a simulator would hold it.
struct Peer
{
    explicit Peer(const QString &path)
    {
        port.setPortName(path);
        REQUIRE(port.open(QIODevice::ReadWrite));
    }
    QByteArray readFor(std::chrono::milliseconds time)
    {
        QByteArray bytes;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < time.count()) {
            QTest::qWait(20); // both ends live on this thread's event loop
            bytes += port.readAll();
        }
        return bytes;
    }
    QSerialPort port;
};

bool waitForState(SerialLink &link, SerialLink::State state, std::chrono::milliseconds timeout)
{
    QElapsedTimer clock;
    clock.start();
    while (link.state() != state && clock.elapsed() < timeout.count())
        QTest::qWait(10);
    return link.state() == state;
}

} // namespace

TEST_CASE("bytes flow both ways over a pty", "[serial]")
{
    QTemporaryDir dir;
    PtyPair pty(dir.path());
    pty.start();
    SerialLink link({ pty.deviceEnd() });
    QSignalSpy received(&link, &SerialLink::received);
    link.start();
    REQUIRE(link.state() == SerialLink::State::Open);
    Peer peer(pty.peerEnd());

    REQUIRE(link.write(QByteArrayLiteral("\x10\x04\x01")));
    CHECK(peer.readFor(200ms) == QByteArrayLiteral("\x10\x04\x01"));

    peer.port.write(QByteArrayLiteral("04A1B2C3\r\n"));
    peer.port.flush();
    QByteArray got;
    for (int i = 0; i < 50 && got.size() < 10; ++i) {
        received.wait(100);
        got.clear();
        for (const auto &call : received)
            got += call.at(0).toByteArray();
    }
    CHECK(got == QByteArrayLiteral("04A1B2C3\r\n"));
}

TEST_CASE("an unplugged device is noticed, waited for cheaply, and reconnected", "[serial]")
{
    QTemporaryDir dir;
    PtyPair pty(dir.path());
    pty.start();
    SerialLink link({ pty.deviceEnd() });
    QSignalSpy opened(&link, &SerialLink::opened);
    QSignalSpy closed(&link, &SerialLink::closed);
    link.start();
    REQUIRE(link.state() == SerialLink::State::Open);
    {
        Peer peer(pty.peerEnd());
        QTest::qWait(50);
    }

    pty.kill(); // pull the cable
    REQUIRE(waitForState(link, SerialLink::State::WaitingForPath, 2000ms));
    CHECK(closed.count() == 1);
    CHECK(link.problem().contains(pty.deviceEnd()));
    CHECK_FALSE(link.write(QByteArrayLiteral("x")));

    // While it waits: no spinning (Qt 6.4.2's ReadError storm would burn a whole core).
    const double cpuBefore = processCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QTest::qWait(3000);
    const double share = (processCpuSeconds() - cpuBefore) / (double(wall.elapsed()) / 1000.0);
    WARN("CPU while waiting for the device: " << share * 100.0 << " % of one core");
    CHECK(share < 0.02);
    CHECK(closed.count() == 1); // one loss, not a storm of them

    pty.start(); // plug it back in, same path
    QElapsedTimer back;
    back.start();
    REQUIRE(waitForState(link, SerialLink::State::Open, 2000ms));
    WARN("reconnected " << back.elapsed() << " ms after the path returned");
    CHECK(opened.count() == 2);
    CHECK(link.reconnects() == 1);
    Peer peer(pty.peerEnd());
    REQUIRE(link.write(QByteArrayLiteral("hello")));
    CHECK(peer.readFor(200ms) == QByteArrayLiteral("hello"));
}

TEST_CASE("a path that is not there yet is waited for", "[serial]")
{
    QTemporaryDir dir;
    PtyPair pty(dir.path());
    SerialLink link({ pty.deviceEnd() });
    link.start();
    CHECK(link.state() == SerialLink::State::WaitingForPath);
    CHECK(link.problem().contains(QStringLiteral("waiting for")));
    pty.start();
    CHECK(waitForState(link, SerialLink::State::Open, 2000ms));
}

TEST_CASE("a path that cannot be opened is retried with backoff and reported", "[serial]")
{
    QTemporaryDir dir;
    const QString notATty = dir.filePath(QStringLiteral("plainfile"));
    QFile file(notATty);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    SerialLink link({ notATty });
    link.start();
    CHECK(link.state() == SerialLink::State::Failing);
    CHECK(link.problem().startsWith(QStringLiteral("cannot open ") + notATty));
}

TEST_CASE("a driver's watchdog can drop and reopen a silent line", "[serial]")
{
    QTemporaryDir dir;
    PtyPair pty(dir.path());
    pty.start();
    SerialLink link({ pty.deviceEnd() });
    QSignalSpy opened(&link, &SerialLink::opened);
    link.start();
    link.restart(QStringLiteral("no answer to GetFirmwareVersion"));
    CHECK(link.state() == SerialLink::State::WaitingForPath);
    REQUIRE(waitForState(link, SerialLink::State::Open, 2000ms));
    CHECK(opened.count() == 2);
}
