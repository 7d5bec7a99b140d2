#include "app/navigator.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace lobbydesk;

TEST_CASE("navigation goes forward, back and home", "[navigator]")
{
    Navigator navigator(Role::Desk);
    QSignalSpy changed(&navigator, &Navigator::screenChanged);
    CHECK(navigator.screen() == QStringLiteral("home"));
    CHECK(navigator.atHome());

    navigator.open(QStringLiteral("terminal"));
    CHECK(navigator.screen() == QStringLiteral("terminal"));
    CHECK(navigator.source().toString().endsWith(QStringLiteral("Desk/TerminalScreen.qml")));
    navigator.open(QStringLiteral("keys"));
    CHECK(navigator.screen() == QStringLiteral("keys"));
    navigator.back();
    CHECK(navigator.screen() == QStringLiteral("terminal"));
    navigator.home();
    CHECK(navigator.atHome());
    CHECK(changed.count() == 4);
    navigator.back(); // nothing behind home
    CHECK(navigator.atHome());
    CHECK(changed.count() == 4);
}

TEST_CASE("a screen of another role is not opened", "[navigator]")
{
    Navigator navigator(Role::Guard);
    navigator.open(QStringLiteral("keys")); // a desk service
    CHECK(navigator.atHome());
}

TEST_CASE("every role has a home screen and unique screen ids", "[navigator]")
{
    for (Role role : { Role::Kiosk, Role::Desk, Role::Guard }) {
        const auto screens = screensFor(role);
        REQUIRE_FALSE(screens.isEmpty());
        CHECK(screens.first().id == QStringLiteral("home"));
        QSet<QString> ids;
        for (const auto &screen : screens)
            ids.insert(screen.id);
        CHECK(ids.size() == screens.size());
    }
}
