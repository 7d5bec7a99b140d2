// StaffSession without QML (docs/staff.md): when sign-in is required, staff cards only, the
// PIN, taps while signed in left to the screen in use, sign-out by idle, and kiosks never.
#include "app/staffsession.h"
#include "core/pin.h"
#include "services/staffpins.h"
#include "siteterminal.h"
#include "store/eventlog.h"

#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace lobbydesk;
using namespace std::chrono_literals;

namespace {

struct Desk : SiteTerminal
{
    StaffPins pins { store.events() };

    void pinSet(const QString &staff, const QString &pin)
    {
        hubEvent(QStringLiteral("directory.staff.pin_set"),
            { { QStringLiteral("staff"), staff },
                { QStringLiteral("pin_hash"), hashPin(pin, kStaffPinRules) } },
            { this });
    }

    // "type|actor|how" of the staff.* events recorded here, oldest first.
    QStringList staffEvents() const
    {
        QStringList found;
        store.events().forEach([&](const Event &event) {
            if (event.type.startsWith(QStringLiteral("staff.")))
                found.append(event.type + u'|' + event.actor + u'|'
                    + event.payloadObject().value(QStringLiteral("how")).toString());
            return true;
        });
        return found;
    }
};

StaffSession::Options deskOptions(std::chrono::milliseconds idle = 10min)
{
    return { true, QStringLiteral("Tower A desk"), idle };
}

} // namespace

TEST_CASE("a desk works open, and says so, until a staff PIN is known", "[staff]")
{
    Desk desk;
    StaffSession session(desk.store, desk.pins, nullptr, deskOptions());
    CHECK_FALSE(session.required());
    CHECK(session.statusText().contains(QStringLiteral("recorded as Tower A desk")));
    session.cardPresented(QStringLiteral("0A0B0C0E"));
    CHECK(session.state() == QStringLiteral("signed_out")); // nothing to sign in to
    CHECK(session.actor().isEmpty());

    desk.pinSet(QStringLiteral("S-002"), QStringLiteral("4071"));
    QSignalSpy changed(&session, &StaffSession::changed);
    session.refresh();
    CHECK(session.required());
    CHECK(changed.count() == 1);
}

TEST_CASE("a kiosk never requires sign-in", "[staff]")
{
    Desk kiosk;
    kiosk.pinSet(QStringLiteral("S-002"), QStringLiteral("4071"));
    StaffSession session(
        kiosk.store, kiosk.pins, nullptr, { false, QStringLiteral("Lobby"), 10min });
    session.refresh();
    CHECK_FALSE(session.required());
    session.cardPresented(QStringLiteral("0A0B0C0E"));
    CHECK(session.state() == QStringLiteral("signed_out"));
}

TEST_CASE("staff card, then PIN: signed in with the staff member as the actor", "[staff]")
{
    Desk desk;
    desk.pinSet(QStringLiteral("S-002"), QStringLiteral("4071"));
    StaffSession session(desk.store, desk.pins, nullptr, deskOptions());
    REQUIRE(session.required());

    session.cardPresented(QStringLiteral("04A1B2C3")); // 张三, a tenant
    CHECK(session.state() == QStringLiteral("signed_out"));
    CHECK(session.problem().contains(QStringLiteral("tenant's card")));
    session.cardPresented(QStringLiteral("DEADBEEF"));
    CHECK(session.problem().contains(QStringLiteral("not a staff card")));

    session.cardPresented(QStringLiteral("0A0B0C0E"));
    CHECK(session.state() == QStringLiteral("pin"));
    CHECK(session.staffName() == QStringLiteral("王芳"));
    CHECK(session.problem().isEmpty());
    session.enterPin(QStringLiteral("1111"));
    CHECK_FALSE(session.signedIn());
    CHECK(session.problem().contains(QStringLiteral("Wrong PIN")));
    session.enterPin(QStringLiteral("4071"));
    CHECK(session.signedIn());
    CHECK(session.actor() == QStringLiteral("王芳 (S-002)"));
    CHECK(session.statusText() == QStringLiteral("Signed in: 王芳"));

    // A tap while signed in belongs to the screen in use, not to sign-in.
    session.cardPresented(QStringLiteral("0A0B0C0D"));
    CHECK(session.staffId() == QStringLiteral("S-002"));
    CHECK(session.signedIn());

    session.signOut();
    CHECK_FALSE(session.signedIn());
    CHECK(session.actor().isEmpty());
    CHECK(desk.staffEvents()
        == QStringList { QStringLiteral("staff.signed_in|王芳 (S-002)|"),
            QStringLiteral("staff.signed_out|王芳 (S-002)|button") });
}

TEST_CASE("a signed-in staff member is signed out after the idle time", "[staff]")
{
    Desk desk;
    desk.pinSet(QStringLiteral("S-002"), QStringLiteral("4071"));
    StaffSession session(desk.store, desk.pins, nullptr, deskOptions(300ms));
    session.cardPresented(QStringLiteral("0A0B0C0E"));
    session.enterPin(QStringLiteral("4071"));
    REQUIRE(session.signedIn());
    QSignalSpy changed(&session, &StaffSession::changed);
    REQUIRE(changed.wait(3000));
    CHECK_FALSE(session.signedIn());
    CHECK(desk.staffEvents().last() == QStringLiteral("staff.signed_out|王芳 (S-002)|idle"));
}
