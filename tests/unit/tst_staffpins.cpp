// Staff PINs (docs/staff.md): set at the hub (rules, Argon2id hash, directory.staff.pin_set),
// verified offline on a terminal from the synced hash, with a lock-out after wrong PINs that
// ends on time and survives a restart.
#include "catchqstring.h"
#include "core/error.h"
#include "core/pin.h"
#include "hub/hubadmin.h"
#include "services/staffpins.h"
#include "siteterminal.h"
#include "store/eventlog.h"
#include "unithub.h"

#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

const QString kDesk = QStringLiteral("S-002"); // 王芳, desk, card 0A0B0C0E

struct Terminal : SiteTerminal
{
    StaffPins pins { store.events(),
        StaffPins::Options { [this] { return clock; }, 5, std::chrono::minutes(5) } };

    // The hub's directory.staff.pin_set for `staff` with the hash of `pin`, pulled here.
    void pinSet(const QString &staff, const QString &pin)
    {
        hubEvent(QStringLiteral("directory.staff.pin_set"),
            { { QStringLiteral("staff"), staff },
                { QStringLiteral("pin_hash"), hashPin(pin, kStaffPinRules) } },
            { this });
    }
};

} // namespace

TEST_CASE("the hub refuses PINs that are not 4 to 8 digits, and keeps only a hash", "[staff]")
{
    UnitHub hub;
    for (const QString &bad :
        { QStringLiteral("12a4"), QStringLiteral("123"), QStringLiteral("123456789"),
            QStringLiteral(""), QStringLiteral("12 34"), QStringLiteral("١٢٣٤") }) {
        INFO(bad.toStdString());
        CHECK_THROWS_AS(
            hub.admin.setPin(HubAdmin::PinHolder::Staff, QStringLiteral("tower"), kDesk, bad),
            Error);
    }
    CHECK(hub.events(QStringLiteral("directory.staff.pin_set")).isEmpty());
    CHECK_THROWS_WITH(hub.admin.setPin(HubAdmin::PinHolder::Staff, QStringLiteral("tower"), kDesk,
                          QStringLiteral("12ab")),
        Catch::Contains("digits only"));
    CHECK_THROWS_WITH(hub.admin.setPin(HubAdmin::PinHolder::Staff, QStringLiteral("tower"), kDesk,
                          QStringLiteral("123")),
        Catch::Contains("4 to 8 digits"));
    CHECK_THROWS_WITH(hub.admin.setPin(HubAdmin::PinHolder::Staff, QStringLiteral("tower"),
                          QStringLiteral("S-999"), QStringLiteral("1234")),
        Catch::Contains("not in the directory"));
    CHECK_THROWS_WITH(hub.admin.setPin(HubAdmin::PinHolder::Staff, QStringLiteral("nowhere"), kDesk,
                          QStringLiteral("1234")),
        Catch::Contains("nowhere"));

    hub.admin.setPin(
        HubAdmin::PinHolder::Staff, QStringLiteral("tower"), kDesk, QStringLiteral("4071"));
    hub.admin.setPin(
        HubAdmin::PinHolder::Staff, QStringLiteral("tower"), kDesk, QStringLiteral("12345678"));
    const auto set = hub.events(QStringLiteral("directory.staff.pin_set"));
    REQUIRE(set.size() == 2);
    const QString hash = set.first().value(QStringLiteral("pin_hash")).toString();
    CHECK(hash.startsWith(QStringLiteral("$argon2id$v=19$m=32768,t=2,")));
    CHECK_FALSE(hash.contains(QStringLiteral("4071")));
    CHECK(pinMatches(hash, QStringLiteral("4071")));
    CHECK_FALSE(pinMatches(hash, QStringLiteral("4072")));

    hub.admin.clearPin(HubAdmin::PinHolder::Staff, QStringLiteral("tower"), kDesk);
    CHECK(hub.events(QStringLiteral("directory.staff.pin_cleared")).size() == 1);
}

TEST_CASE("a PIN set at the hub is accepted offline on the terminal", "[staff]")
{
    UnitHub hub;
    hub.admin.setPin(
        HubAdmin::PinHolder::Staff, QStringLiteral("tower"), kDesk, QStringLiteral("4071"));
    const QJsonObject payload = hub.events(QStringLiteral("directory.staff.pin_set")).first();

    Terminal desk;
    CHECK_FALSE(desk.pins.signInSetUp());
    CHECK(says(desk.pins.pinProblem(kDesk, QStringLiteral("4071")), "No PIN"));
    hubEvent(QStringLiteral("directory.staff.pin_set"), payload, { &desk });
    CHECK(desk.pins.signInSetUp());
    CHECK(desk.pins.pinProblem(kDesk, QStringLiteral("4071")).isEmpty());
    CHECK(says(desk.pins.pinProblem(kDesk, QStringLiteral("")), "Enter your PIN"));

    // Cleared at the hub: no PIN any more, and no sign-in required with none left.
    hubEvent(QStringLiteral("directory.staff.pin_cleared"), { { QStringLiteral("staff"), kDesk } },
        { &desk });
    CHECK(says(desk.pins.pinProblem(kDesk, QStringLiteral("4071")), "No PIN"));
    CHECK_FALSE(desk.pins.signInSetUp());
}

TEST_CASE("a wrong PIN says how many attempts are left: a right one clears the count", "[staff]")
{
    Terminal desk;
    desk.pinSet(kDesk, QStringLiteral("4071"));
    const QString wrong = desk.pins.pinProblem(kDesk, QStringLiteral("1111"));
    CHECK(says(wrong, "Wrong PIN"));
    CHECK(says(wrong, "locked: 4."));
    CHECK(says(desk.pins.pinProblem(kDesk, QStringLiteral("1112")), "locked: 3."));
    CHECK(desk.pins.wrongPinsInARow(kDesk) == 2);
    CHECK(desk.pins.pinProblem(kDesk, QStringLiteral("4071")).isEmpty());
    CHECK(desk.pins.wrongPinsInARow(kDesk) == 0);
    CHECK(says(desk.pins.pinProblem(kDesk, QStringLiteral("1111")), "locked: 4."));
    CHECK(desk.eventsOfType(QStringLiteral("staff.signin.locked")) == 0);
}

TEST_CASE("no PIN set, an unknown or inactive staff member: a reason, nothing counted", "[staff]")
{
    Terminal desk;
    desk.pinSet(kDesk, QStringLiteral("4071"));
    CHECK(says(desk.pins.pinProblem(QStringLiteral("S-003"), QStringLiteral("4071")),
        "No PIN is set for 刘强"));
    CHECK(says(desk.pins.pinProblem(QStringLiteral("S-999"), QStringLiteral("4071")),
        "not an active staff member"));
    CHECK(desk.pins.wrongPinsInARow(QStringLiteral("S-003")) == 0);
    // A PIN of a person who is no longer staff opens nothing.
    hubEvent(QStringLiteral("directory.staff.upserted"),
        { { QStringLiteral("staff"), kDesk }, { QStringLiteral("name"), QStringLiteral("王芳") },
            { QStringLiteral("role"), QStringLiteral("desk") },
            { QStringLiteral("active"), false } },
        { &desk });
    CHECK(says(desk.pins.pinProblem(kDesk, QStringLiteral("4071")), "not an active staff member"));
    CHECK_FALSE(desk.pins.signInSetUp());
}

TEST_CASE("five wrong PINs lock for five minutes, recorded: the lock-out then ends", "[staff]")
{
    Terminal desk;
    desk.pinSet(kDesk, QStringLiteral("4071"));
    for (int i = 0; i < 4; ++i)
        CHECK(says(desk.pins.pinProblem(kDesk, QStringLiteral("0000")), "Wrong PIN"));
    CHECK(desk.pins.pinProblem(kDesk, QStringLiteral("0000"))
              .contains(QStringLiteral("locked until")));
    const QDateTime until = desk.clock.addSecs(5 * 60);
    REQUIRE(desk.pins.lockedUntil(kDesk) == until);
    CHECK(desk.eventsOfType(QStringLiteral("staff.signin.locked")) == 1);

    // Locked: even the right PIN is refused, and the time is said.
    desk.clock = desk.clock.addSecs(4 * 60 + 59);
    const QString locked = desk.pins.pinProblem(kDesk, QStringLiteral("4071"));
    CHECK(locked.contains(until.toLocalTime().toString(QStringLiteral("HH:mm"))));
    CHECK(desk.eventsOfType(QStringLiteral("staff.signin.locked")) == 1);

    // Over: the right PIN works, and the count starts again from zero.
    desk.clock = until;
    CHECK_FALSE(desk.pins.lockedUntil(kDesk).has_value());
    CHECK(says(desk.pins.pinProblem(kDesk, QStringLiteral("0000")), "locked: 4."));
    CHECK(desk.pins.pinProblem(kDesk, QStringLiteral("4071")).isEmpty());
}

TEST_CASE("a lock-out survives a restart: a new PIN from the hub ends it", "[staff]")
{
    Terminal desk;
    desk.pinSet(kDesk, QStringLiteral("4071"));
    for (int i = 0; i < 5; ++i)
        (void)desk.pins.pinProblem(kDesk, QStringLiteral("9999"));
    {
        // The terminal restarts: a new store on the same file, a new service.
        Store again(desk.dir.path());
        StaffPins pins(again.events(),
            StaffPins::Options { [&desk] { return desk.clock; }, 5, std::chrono::minutes(5) });
        CHECK(pins.lockedUntil(kDesk).has_value());
        CHECK(says(pins.pinProblem(kDesk, QStringLiteral("4071")), "locked until"));
    }
    desk.pinSet(kDesk, QStringLiteral("5080"));
    CHECK_FALSE(desk.pins.lockedUntil(kDesk).has_value());
    CHECK(says(desk.pins.pinProblem(kDesk, QStringLiteral("4071")), "Wrong PIN"));
    CHECK(desk.pins.pinProblem(kDesk, QStringLiteral("5080")).isEmpty());
}

TEST_CASE(
    "a lock-out is per terminal: another terminal's lock-out event locks nothing here", "[staff]")
{
    Terminal desk;
    Terminal guard;
    desk.pinSet(kDesk, QStringLiteral("4071"));
    guard.pinSet(kDesk, QStringLiteral("4071"));
    for (int i = 0; i < 5; ++i)
        (void)desk.pins.pinProblem(kDesk, QStringLiteral("9999"));
    guard.pullFrom(desk);
    CHECK(guard.eventsOfType(QStringLiteral("staff.signin.locked")) == 1);
    CHECK(guard.pins.pinProblem(kDesk, QStringLiteral("4071")).isEmpty());
}

TEST_CASE("a hub event with no Argon2id hash is not applied: no PIN stored", "[staff]")
{
    Terminal desk;
    // A pulled event that cannot be applied is kept and logged (sync goes on), not projected.
    hubEvent(QStringLiteral("directory.staff.pin_set"),
        { { QStringLiteral("staff"), kDesk },
            { QStringLiteral("pin_hash"), QStringLiteral("1234") } },
        { &desk });
    CHECK_FALSE(desk.pins.hasPin(kDesk));
    CHECK_FALSE(desk.pins.signInSetUp());
}
