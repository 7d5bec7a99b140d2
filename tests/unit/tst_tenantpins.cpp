// Tenants' card PINs (docs/ic-cards.md): set at the kiosk after a card tap or at the hub
// (rules, the staff PINs' Argon2id hash), verified offline with a lock-out that ends on time and
// survives a restart, and a card reported lost at the kiosk with the PIN: blocked at once
// through the desk's report-lost path, refused at another terminal after a sync.
#include "catchqstring.h"
#include "core/error.h"
#include "core/pin.h"
#include "services/cards.h"
#include "services/lostcardbypin.h"
#include "services/tenantpins.h"
#include "siteterminal.h"
#include "store/eventlog.h"
#include "unithub.h"

#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

const QString kZhang = QStringLiteral("P-0001"); // 张三, unit 1201, card 04A1B2C3
const QString kZhangCard = QStringLiteral("04A1B2C3");
const QString kLiu = QStringLiteral("P-0006"); // 刘洋, unit 1101, card 04B7C8D9

struct Terminal : SiteTerminal
{
    TenantPins pins { store.events(),
        TenantPins::Options { [this] { return clock; }, 5, std::chrono::minutes(5) } };
    Cards cards { store.events(), Cards::Options { [this] { return clock; }, CardFees {}, {} } };

    // What the kiosk records when the tenant types the same PIN twice.
    void setPin(const QString &person, const QString &pin)
    {
        pins.setPin(person, pin, pin, QStringLiteral("tenant at the kiosk"));
    }

    // Every card.* event here.
    int cardEvents() const
    {
        int count = 0;
        store.events().forEach([&](const Event &event) {
            count += event.type.startsWith(QStringLiteral("card.")) ? 1 : 0;
            return true;
        });
        return count;
    }
};

} // namespace

TEST_CASE("a tenant's PIN is 4 to 6 digits and not one a stranger guesses first", "[tenantpin]")
{
    for (const char *good : { "2580", "1357", "905214", "1243", "0102" })
        CHECK(TenantPins::choiceProblem(QString::fromLatin1(good)) == QString());
    CHECK(says(TenantPins::choiceProblem(QStringLiteral("")), "empty"));
    CHECK(says(TenantPins::choiceProblem(QStringLiteral("12a4")), "digits only"));
    CHECK(says(TenantPins::choiceProblem(QStringLiteral("١٢٣٤")), "digits only"));
    CHECK(says(TenantPins::choiceProblem(QStringLiteral("258")), "4 to 6 digits"));
    CHECK(says(TenantPins::choiceProblem(QStringLiteral("2580147")), "4 to 6 digits"));
    for (const char *same : { "1111", "000000", "77777" })
        CHECK(says(TenantPins::choiceProblem(QString::fromLatin1(same)), "One digit repeated"));
    for (const char *run : { "1234", "123456", "4321", "9876", "7890", "0987", "345678" })
        CHECK(says(TenantPins::choiceProblem(QString::fromLatin1(run)), "counting up or down"));
    // Staff PINs keep their own rules: 1234 is allowed there, 8 digits too.
    CHECK(pinRuleProblem(QStringLiteral("1234"), kStaffPinRules).isEmpty());
    CHECK(pinRuleProblem(QStringLiteral("12345678"), kStaffPinRules).isEmpty());
}

TEST_CASE("a weak PIN, two different entries or an unknown person: refused, nothing recorded",
    "[tenantpin]")
{
    Terminal kiosk;
    const qint64 before = kiosk.store.events().eventCount();
    for (const char *weak : { "1111", "1234", "12", "1234567", "12ab" }) {
        const QString pin = QString::fromLatin1(weak);
        CHECK_THROWS_AS(kiosk.pins.setPin(kZhang, pin, pin, QStringLiteral("张三")), Error);
    }
    CHECK_THROWS_WITH(kiosk.pins.setPin(kZhang, QStringLiteral("2580"), QStringLiteral("2581"),
                          QStringLiteral("张三")),
        Catch::Contains("not the same"));
    CHECK_THROWS_WITH(kiosk.pins.setPin(QStringLiteral("P-9999"), QStringLiteral("2580"),
                          QStringLiteral("2580"), QStringLiteral("?")),
        Catch::Contains("not in the building directory"));
    CHECK(kiosk.store.events().eventCount() == before);
    CHECK_FALSE(kiosk.pins.hasPin(kZhang));
}

TEST_CASE(
    "a PIN set at the kiosk: only its hash is recorded, verified offline, synced", "[tenantpin]")
{
    Terminal kiosk;
    Terminal desk;
    kiosk.setPin(kZhang, QStringLiteral("2580"));
    CHECK(kiosk.pins.hasPin(kZhang));
    REQUIRE(kiosk.eventsOfType(QStringLiteral("tenant.pin.set")) == 1);
    kiosk.store.events().forEach([](const Event &event) {
        if (event.type != QStringLiteral("tenant.pin.set"))
            return true;
        const QJsonObject payload = event.payloadObject();
        CHECK(payload.keys() == QStringList { "person", "pin_hash" });
        const QString hash = payload.value(QStringLiteral("pin_hash")).toString();
        // The staff PINs' hash: the same code, the same parameters.
        CHECK(hash.startsWith(QStringLiteral("$argon2id$v=19$m=32768,t=2,")));
        CHECK(pinMatches(hash, QStringLiteral("2580")));
        CHECK(event.actor == u"tenant at the kiosk");
        return true;
    });

    CHECK(kiosk.pins.check(kZhang, QStringLiteral("2580")).is == TenantPins::Check::Is::Right);
    const TenantPins::Check wrong = kiosk.pins.check(kZhang, QStringLiteral("2581"));
    CHECK(wrong.is == TenantPins::Check::Is::Wrong);
    CHECK(says(wrong.problem, "Attempts left before your PIN is locked: 4."));
    CHECK(kiosk.pins.check(kLiu, QStringLiteral("2580")).is == TenantPins::Check::Is::NoPin);

    CHECK_FALSE(desk.pins.hasPin(kZhang));
    desk.pullFrom(kiosk);
    CHECK(desk.pins.check(kZhang, QStringLiteral("2580")).is == TenantPins::Check::Is::Right);

    // Changed at the kiosk: the old PIN no longer works.
    kiosk.clock = kiosk.clock.addSecs(60);
    kiosk.setPin(kZhang, QStringLiteral("1357"));
    CHECK(kiosk.pins.check(kZhang, QStringLiteral("2580")).is == TenantPins::Check::Is::Wrong);
    CHECK(kiosk.pins.check(kZhang, QStringLiteral("1357")).is == TenantPins::Check::Is::Right);
}

TEST_CASE(
    "five wrong PINs lock the tenant's PIN for five minutes, recorded: then it ends", "[tenantpin]")
{
    Terminal kiosk;
    kiosk.setPin(kZhang, QStringLiteral("2580"));
    for (int i = 0; i < 4; ++i)
        CHECK(kiosk.pins.check(kZhang, QStringLiteral("0000")).is == TenantPins::Check::Is::Wrong);
    const TenantPins::Check fifth = kiosk.pins.check(kZhang, QStringLiteral("0000"));
    CHECK(fifth.is == TenantPins::Check::Is::Locked);
    CHECK(says(fifth.problem, "front desk"));
    const QDateTime until = kiosk.clock.addSecs(5 * 60);
    CHECK(fifth.lockedUntil == until);
    REQUIRE(kiosk.pins.lockedUntil(kZhang) == until);
    CHECK(kiosk.eventsOfType(QStringLiteral("tenant.pin.locked")) == 1);

    // Locked: even the right PIN is refused, with the time; nothing more is recorded.
    kiosk.clock = kiosk.clock.addSecs(4 * 60 + 59);
    const TenantPins::Check locked = kiosk.pins.check(kZhang, QStringLiteral("2580"));
    CHECK(locked.is == TenantPins::Check::Is::Locked);
    CHECK(says(locked.problem, qPrintable(until.toLocalTime().toString(QStringLiteral("HH:mm")))));
    CHECK(kiosk.eventsOfType(QStringLiteral("tenant.pin.locked")) == 1);

    // Over: the count starts again from zero, the right PIN works.
    kiosk.clock = until;
    CHECK_FALSE(kiosk.pins.lockedUntil(kZhang).has_value());
    CHECK(says(kiosk.pins.check(kZhang, QStringLiteral("0000")).problem, "locked: 4."));
    CHECK(kiosk.pins.check(kZhang, QStringLiteral("2580")).is == TenantPins::Check::Is::Right);
    CHECK(kiosk.pins.wrongPinsInARow(kZhang) == 0);
    // Someone else's lock-out is not this tenant's.
    CHECK_FALSE(kiosk.pins.lockedUntil(kLiu).has_value());
}

TEST_CASE("a tenant's lock-out survives reopening the store: a new PIN ends it", "[tenantpin]")
{
    Terminal kiosk;
    kiosk.setPin(kZhang, QStringLiteral("2580"));
    for (int i = 0; i < 5; ++i)
        (void)kiosk.pins.check(kZhang, QStringLiteral("9999"));
    {
        Store again(kiosk.dir.path());
        TenantPins pins(again.events(),
            TenantPins::Options { [&kiosk] { return kiosk.clock; }, 5, std::chrono::minutes(5) });
        CHECK(pins.lockedUntil(kZhang).has_value());
        CHECK(pins.check(kZhang, QStringLiteral("2580")).is == TenantPins::Check::Is::Locked);
    }
    // The tenant taps their card and sets a new PIN: the lock-out is over.
    kiosk.clock = kiosk.clock.addSecs(60);
    kiosk.setPin(kZhang, QStringLiteral("1357"));
    CHECK_FALSE(kiosk.pins.lockedUntil(kZhang).has_value());
    CHECK(kiosk.pins.check(kZhang, QStringLiteral("1357")).is == TenantPins::Check::Is::Right);
}

TEST_CASE(
    "the hub sets and clears a tenant's PIN with the tenant rules, and the latest setting wins",
    "[tenantpin]")
{
    UnitHub hub;
    const auto set = [&hub](const char *pin) {
        hub.admin.setPin(
            HubAdmin::PinHolder::Tenant, QStringLiteral("tower"), kZhang, QString::fromLatin1(pin));
    };
    CHECK_THROWS_WITH(set("1234"), Catch::Contains("counting up or down"));
    CHECK_THROWS_WITH(set("2580147"), Catch::Contains("4 to 6 digits"));
    CHECK_THROWS_WITH(hub.admin.setPin(HubAdmin::PinHolder::Tenant, QStringLiteral("tower"),
                          QStringLiteral("S-002"), QStringLiteral("2580")),
        Catch::Contains("not in the directory"));
    CHECK(hub.events(QStringLiteral("directory.person.pin_set")).isEmpty());
    set("2580");
    const auto events = hub.events(QStringLiteral("directory.person.pin_set"));
    REQUIRE(events.size() == 1);
    CHECK(events.first().value(QStringLiteral("person")).toString() == kZhang);

    Terminal kiosk;
    kiosk.setPin(kZhang, QStringLiteral("1357")); // at 09:00
    // The hub's setting at 09:05 wins over the kiosk's at 09:00, and a clear at 09:10 over both,
    // in whatever order they arrive.
    Terminal other;
    const QDateTime nine = SiteTerminal::start();
    hubEvent(QStringLiteral("directory.person.pin_set"), events.first(), { &kiosk, &other },
        nine.addSecs(5 * 60));
    other.pullFrom(kiosk); // older: ignored
    CHECK(kiosk.pins.check(kZhang, QStringLiteral("2580")).is == TenantPins::Check::Is::Right);
    CHECK(other.pins.check(kZhang, QStringLiteral("2580")).is == TenantPins::Check::Is::Right);
    CHECK(other.pins.check(kZhang, QStringLiteral("1357")).is == TenantPins::Check::Is::Wrong);

    hubEvent(QStringLiteral("directory.person.pin_cleared"),
        { { QStringLiteral("person"), kZhang } }, { &kiosk }, nine.addSecs(10 * 60));
    CHECK_FALSE(kiosk.pins.hasPin(kZhang));
    // An older setting delivered after the clear does not bring the PIN back.
    hubEvent(QStringLiteral("directory.person.pin_set"), events.first(), { &kiosk },
        nine.addSecs(5 * 60));
    CHECK_FALSE(kiosk.pins.hasPin(kZhang));

    hub.admin.clearPin(HubAdmin::PinHolder::Tenant, QStringLiteral("tower"), kZhang);
    CHECK(hub.events(QStringLiteral("directory.person.pin_cleared")).size() == 1);
}

TEST_CASE("a PIN event with no Argon2id hash is not applied", "[tenantpin]")
{
    Terminal kiosk;
    hubEvent(QStringLiteral("directory.person.pin_set"),
        { { QStringLiteral("person"), kZhang },
            { QStringLiteral("pin_hash"), QStringLiteral("2580") } },
        { &kiosk });
    CHECK_FALSE(kiosk.pins.hasPin(kZhang));
}

TEST_CASE("lost card reported with the right PIN: blocked at once, one event, refused elsewhere",
    "[tenantpin][cards]")
{
    Terminal kiosk;
    Terminal desk;
    kiosk.setPin(kZhang, QStringLiteral("2580"));
    REQUIRE(kiosk.cards.check(kZhangCard).status == CardCheck::Status::Tenant);
    const LostCardByPin lost = reportLostByPin(
        kiosk.pins, kiosk.cards, kZhang, QStringLiteral("2580"), QStringLiteral("张三"));
    CHECK(lost.pin.is == TenantPins::Check::Is::Right);
    CHECK(lost.outcome.blocked == QStringList { kZhangCard });
    CHECK(lost.blockedAt == kiosk.clock);
    CHECK(kiosk.cards.check(kZhangCard).status == CardCheck::Status::Blocked);
    CHECK(kiosk.eventsOfType(QStringLiteral("card.reported_lost")) == 1);
    CHECK(kiosk.cardEvents() == 1);
    const QList<CardBinding> blocked = kiosk.cards.blockedCards();
    REQUIRE(blocked.size() == 1);
    CHECK(says(blocked.first().reason, "kiosk"));

    CHECK(desk.cards.check(kZhangCard).status == CardCheck::Status::Tenant);
    desk.pullFrom(kiosk);
    CHECK(desk.cards.tapped(kZhangCard).status == CardCheck::Status::Blocked);

    // Reported again (nothing active any more): refused with the reason, nothing recorded.
    CHECK_THROWS_WITH(reportLostByPin(kiosk.pins, kiosk.cards, kZhang, QStringLiteral("2580"),
                          QStringLiteral("张三")),
        Catch::Contains("no active card"));
    CHECK(kiosk.eventsOfType(QStringLiteral("card.reported_lost")) == 1);
}

TEST_CASE("a wrong or locked PIN records nothing about the card", "[tenantpin][cards]")
{
    Terminal kiosk;
    kiosk.setPin(kZhang, QStringLiteral("2580"));
    for (int i = 0; i < 5; ++i) {
        const LostCardByPin lost = reportLostByPin(
            kiosk.pins, kiosk.cards, kZhang, QStringLiteral("1357"), QStringLiteral("张三"));
        CHECK(
            lost.pin.is == (i < 4 ? TenantPins::Check::Is::Wrong : TenantPins::Check::Is::Locked));
        CHECK(lost.outcome.blocked.isEmpty());
    }
    const LostCardByPin right = reportLostByPin(
        kiosk.pins, kiosk.cards, kZhang, QStringLiteral("2580"), QStringLiteral("张三"));
    CHECK(right.pin.is == TenantPins::Check::Is::Locked);
    CHECK(kiosk.cardEvents() == 0);
    CHECK(kiosk.cards.check(kZhangCard).status == CardCheck::Status::Tenant);
}

TEST_CASE(
    "a tenant without a PIN: nothing blocked, the desk request as before", "[tenantpin][cards]")
{
    Terminal kiosk;
    const LostCardByPin lost = reportLostByPin(
        kiosk.pins, kiosk.cards, kZhang, QStringLiteral("2580"), QStringLiteral("张三"));
    CHECK(lost.pin.is == TenantPins::Check::Is::NoPin);
    CHECK(kiosk.cardEvents() == 0);
    CHECK(kiosk.pins.wrongPinsInARow(kZhang) == 0);

    CardRequestForm form;
    form.kind = CardRequestKind::ReportLost;
    form.personId = kZhang;
    form.unit = QStringLiteral("1201");
    form.via = QStringLiteral("kiosk");
    const CardRequest request = kiosk.cards.request(form, QStringLiteral("张三"));
    CHECK(request.state == CardRequest::State::Requested);
    CHECK(kiosk.cards.check(kZhangCard).status == CardCheck::Status::Tenant);
    CHECK(kiosk.eventsOfType(QStringLiteral("card.reported_lost")) == 0);
}
