#include "app/idlemonitor.h"
#include "app/languageswitcher.h"
#include "app/navigator.h"
#include "app/terminalapp.h"
#include "tempdatadir.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace lobbydesk;
using namespace std::chrono_literals;

TEST_CASE("the idle monitor fires once after the quiet time", "[idle]")
{
    IdleMonitor monitor(100ms);
    QSignalSpy idle(&monitor, &IdleMonitor::idle);
    monitor.start();
    REQUIRE(idle.wait(2000));
    CHECK(idle.count() == 1);
    QTest::qWait(250);
    CHECK(idle.count() == 1);
}

TEST_CASE("a key press restarts the idle time", "[idle]")
{
    IdleMonitor monitor(300ms);
    QSignalSpy idle(&monitor, &IdleMonitor::idle);
    QObject target;
    monitor.start();
    QElapsedTimer clock;
    clock.start();
    // Keep "typing" for 600 ms, twice the timeout: no idle while someone is there.
    while (clock.elapsed() < 600) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QCoreApplication::sendEvent(&target, &press);
        QTest::qWait(50);
    }
    CHECK(idle.count() == 0);
    REQUIRE(idle.wait(2000));
}

TEST_CASE("an idle kiosk returns home in its default language", "[idle]")
{
    TempDataDir dir;
    TerminalConfig config;
    config.role = Role::Kiosk;
    config.dataDir = dir.path();
    config.language = Language::SimplifiedChinese;
    TerminalApp kiosk(config);
    kiosk.navigator().open(QStringLiteral("visitor-checkin"));
    kiosk.languages().select(Language::English);
    REQUIRE_FALSE(kiosk.navigator().atHome());

    QSignalSpy home(&kiosk.navigator(), &Navigator::screenChanged);
    kiosk.startIdleReset(100ms);
    REQUIRE(home.wait(2000));
    CHECK(kiosk.navigator().atHome());
    CHECK(kiosk.languages().language() == Language::SimplifiedChinese);
}
