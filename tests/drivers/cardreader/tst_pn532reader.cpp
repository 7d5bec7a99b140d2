// Pn532Reader against Pn532Simulator over real socat ptys: the bytes, timers and reconnects
// the pure session tests cannot show.
#include "pn532rig.h"

#include <QRandomGenerator>

using namespace lobbydesk;
using namespace lobbydesk::test;
using namespace std::chrono_literals;

TEST_CASE("a reader without a port says so and does nothing", "[pn532][pty]")
{
    Pn532Reader reader(Pn532Reader::Settings {});
    reader.start();
    CHECK(reader.state() == Device::State::NotConfigured);
    CHECK(reader.kind() == Device::Kind::CardReader);
    CHECK(reader.link().state() == SerialLink::State::Closed);
}

TEST_CASE("the reader connects and names the chip's firmware", "[pn532][pty]")
{
    Pn532Rig rig;
    QSignalSpy changed(&rig.reader, &Device::stateChanged);
    REQUIRE(rig.waitConnected());
    CHECK(rig.reader.detail().contains(QStringLiteral("PN532 v1.6")));
    CHECK(rig.reader.detail().contains(rig.pty.deviceEnd()));
    CHECK(changed.count() >= 1);
    const int changes = changed.count();
    QTest::qWait(300); // polling an empty field changes nothing the status bar shows
    CHECK(changed.count() == changes);
    CHECK(rig.presented.isEmpty());
}

TEST_CASE("a tap is presented once and its removal reported", "[pn532][pty]")
{
    Pn532Rig rig;
    REQUIRE(rig.waitConnected());
    rig.sim.tapCard(QStringLiteral("04A1B2C3"));
    REQUIRE(waitFor([&] { return !rig.presented.isEmpty(); }, 1000ms));
    CHECK(rig.lastUid() == QStringLiteral("04A1B2C3"));
    QTest::qWait(500); // five more polls see the same card
    CHECK(rig.presented.count() == 1);
    CHECK(rig.removed.isEmpty());

    rig.sim.removeCard();
    REQUIRE(waitFor([&] { return !rig.removed.isEmpty(); }, 1000ms));
    QTest::qWait(300);
    CHECK(rig.removed.count() == 1);
    CHECK(rig.presented.count() == 1);

    rig.sim.tapCard(QStringLiteral("04112233445566")); // an Ultralight's 7-byte UID
    REQUIRE(waitFor([&] { return rig.presented.count() == 2; }, 1000ms));
    CHECK(rig.lastUid() == QStringLiteral("04112233445566"));
}

TEST_CASE("a chip that goes silent is an error until it answers again", "[pn532][pty]")
{
    Pn532Rig rig;
    REQUIRE(rig.waitConnected());
    rig.sim.tapCard(QStringLiteral("04A1B2C3"));
    REQUIRE(waitFor([&] { return rig.presented.count() == 1; }, 1000ms));

    rig.sim.setSilent(true);
    REQUIRE(waitFor([&] { return rig.reader.state() == Device::State::Error; }, 3000ms));
    CHECK(rig.reader.detail().contains(QStringLiteral("not answering")));
    CHECK(rig.removed.count() == 1); // a card on a silent reader cannot be vouched for
    QTest::qWait(1500); // knocking again and again: still an error, no card events
    CHECK(rig.reader.state() == Device::State::Error);
    CHECK(rig.removed.count() == 1);
    CHECK(rig.presented.count() == 1);

    rig.sim.setSilent(false);
    QElapsedTimer back;
    back.start();
    REQUIRE(rig.waitConnected(4000ms));
    WARN("connected again " << back.elapsed() << " ms after the chip answered again");
    // The card never left the antenna: once heard again it is a fresh presentation.
    REQUIRE(waitFor([&] { return rig.presented.count() == 2; }, 1000ms));
    CHECK(rig.lastUid() == QStringLiteral("04A1B2C3"));
}

TEST_CASE("an unplugged reader reconnects when its port returns", "[pn532][pty]")
{
    Pn532Rig rig;
    REQUIRE(rig.waitConnected());
    rig.sim.tapCard(QStringLiteral("04A1B2C3"));
    REQUIRE(waitFor([&] { return rig.presented.count() == 1; }, 1000ms));

    rig.pty.kill(); // pull the cable
    REQUIRE(waitFor([&] { return rig.reader.state() == Device::State::Reconnecting; }, 2000ms));
    CHECK(rig.reader.detail().contains(rig.pty.deviceEnd()));
    CHECK(rig.removed.count() == 1);
    QTest::qWait(500);
    CHECK(rig.reader.state() == Device::State::Reconnecting);

    rig.sim.removeCard();
    rig.pty.start(); // plug it back in, same paths; the simulator reopens its end by itself
    QElapsedTimer back;
    back.start();
    REQUIRE(rig.waitConnected(2000ms));
    WARN("connected " << back.elapsed() << " ms after the path returned");
    CHECK(rig.reader.link().reconnects() >= 1);

    rig.sim.tapCard(QStringLiteral("04998877"));
    REQUIRE(waitFor([&] { return rig.presented.count() == 2; }, 1000ms));
    CHECK(rig.lastUid() == QStringLiteral("04998877"));
}

TEST_CASE("garbage on the line does not stop the next tap being read", "[pn532][pty]")
{
    Pn532Rig rig;
    REQUIRE(rig.waitConnected());
    QRandomGenerator random(532);
    for (int burst = 0; burst < 20; ++burst) {
        QByteArray noise(int(random.bounded(1, 300)), Qt::Uninitialized);
        for (char &byte : noise)
            byte = char(random.bounded(256));
        rig.sim.sendRaw(noise);
        QTest::qWait(int(random.bounded(5, 40)));
    }
    rig.sim.setGarbage(true); // and noise before every answer from now on
    rig.sim.tapCard(QStringLiteral("04A1B2C3"));
    REQUIRE(waitFor([&] { return rig.presented.count() == 1; }, 3000ms));
    CHECK(rig.lastUid() == QStringLiteral("04A1B2C3"));
    rig.sim.setGarbage(false);
    REQUIRE(rig.waitConnected());
    CHECK(rig.presented.count() == 1);
}
