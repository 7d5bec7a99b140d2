// The IC-card service (docs/ic-cards.md) over real stores: a desk that approves and issues, a
// second terminal that learns of a lost card as the hub would carry it, and every bad input.
#include "catchqstring.h"
#include "core/error.h"
#include "rawsqlite.h"
#include "services/cards.h"
#include "services/retention.h"
#include "services/terminalcode.h"
#include "siteterminal.h"
#include "store/eventlog.h"
#include "store/store.h"

#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

const QDateTime kNow = SiteTerminal::start();

struct Terminal : SiteTerminal
{
    using SiteTerminal::SiteTerminal;
    Cards cards { store.events(), Cards::Options { [this] { return clock; }, CardFees {}, {} } };
};

// 王伟 (P-0003) at 1202 has no card in the sample directory; 张三 (P-0001) has 04A1B2C3.
CardRequestForm newCardFor(
    const QString &person = QStringLiteral("P-0003"), const QString &unit = QStringLiteral("1202"))
{
    CardRequestForm form;
    form.kind = CardRequestKind::New;
    form.personId = person;
    form.unit = unit;
    form.via = QStringLiteral("desk");
    return form;
}

QStringList fieldsOf(const QList<FieldProblem> &problems)
{
    QStringList fields;
    for (const FieldProblem &problem : problems)
        fields.append(problem.field);
    return fields;
}

Cards::Approval checkedWith(const QString &fee, const QString &deposit = {})
{
    return { true, fee, deposit, {} };
}

} // namespace

TEST_CASE("amounts in yuan are parsed strictly into fen", "[cards]")
{
    CHECK(parseYuan(QStringLiteral("20")) == 2000);
    CHECK(parseYuan(QStringLiteral(" 20.5 ")) == 2050);
    CHECK(parseYuan(QStringLiteral("¥20.00")) == 2000);
    CHECK(parseYuan(QStringLiteral("0")) == 0);
    CHECK_FALSE(parseYuan(QStringLiteral("twenty")));
    CHECK_FALSE(parseYuan(QStringLiteral("20元")));
    CHECK_FALSE(parseYuan(QStringLiteral("-5")));
    CHECK_FALSE(parseYuan(QStringLiteral("1.234")));
    CHECK_FALSE(parseYuan(QStringLiteral("")));
    CHECK_FALSE(parseYuan(QStringLiteral("9999999")));
    CHECK(yuanText(2050) == u"20.50");
    CHECK(yuanText(-5000) == u"-50.00");
}

TEST_CASE("a card request is validated field by field", "[cards]")
{
    Terminal desk;
    const auto problemsWith = [&desk](const std::function<void(CardRequestForm &)> &change) {
        CardRequestForm form = newCardFor();
        change(form);
        return fieldsOf(desk.cards.problems(form));
    };
    CHECK(problemsWith([](CardRequestForm &) {}).isEmpty());
    CHECK(problemsWith([](CardRequestForm &f) { f.personId.clear(); }) == QStringList { "person" });
    CHECK(problemsWith([](CardRequestForm &f) { f.personId = QStringLiteral("P-9999"); })
        == QStringList { "person" });
    CHECK(problemsWith([](CardRequestForm &f) { f.unit = QStringLiteral("1201"); })
        == QStringList { "unit" });
    CHECK(problemsWith([](CardRequestForm &f) { f.proxy = true; })
        == QStringList { "applicant", "letter" });
    CHECK(problemsWith([](CardRequestForm &f) {
        f.proxy = true;
        f.applicantName = QStringLiteral("Li Lei");
        f.letterNote = QStringLiteral("signed letter, copy kept");
    }).isEmpty());
    CHECK(problemsWith([](CardRequestForm &f) { f.kind = CardRequestKind::Temporary; })
        == QStringList { "holder", "expires" });
    CHECK(problemsWith([](CardRequestForm &f) {
        f.kind = CardRequestKind::Temporary;
        f.holderName = QStringLiteral("Contractor Chen");
        f.expiresOn = kNow.date().addDays(45);
    }) == QStringList { "expires" });
    CHECK(problemsWith([](CardRequestForm &f) {
        f.kind = CardRequestKind::Temporary;
        f.holderName = QStringLiteral("Contractor Chen");
        f.expiresOn = kNow.date().addDays(-1);
    }) == QStringList { "expires" });
    // 王伟 has no card: nothing to report lost or cancel.
    CHECK(problemsWith([](CardRequestForm &f) { f.kind = CardRequestKind::ReportLost; })
        == QStringList { "kind" });

    const qint64 before = desk.store.events().eventCount();
    CardRequestForm bad = newCardFor();
    bad.unit = QStringLiteral("9999");
    CHECK_THROWS_AS(desk.cards.request(bad, QStringLiteral("clerk")), Error);
    CHECK(desk.store.events().eventCount() == before);
    CHECK(desk.cards.list(CardRequestList::All).isEmpty());
}

TEST_CASE("request, approval with fee and deposit, and issue with a tapped card", "[cards]")
{
    Terminal desk;
    const CardRequest request = desk.cards.request(newCardFor(), QStringLiteral("clerk"));
    CHECK(request.state == CardRequest::State::Requested);
    CHECK(request.personName == u"王伟");
    CHECK(desk.cards.list(CardRequestList::Pending).size() == 1);

    // Identity not checked: refused, nothing recorded.
    const qint64 before = desk.store.events().eventCount();
    CHECK_THROWS_WITH(desk.cards.approve(request.id, { false, "20", {}, {} }, "clerk"),
        Catch::Contains("proof of identity"));
    // A fee typed as text: refused with the reason, nothing recorded.
    CHECK_THROWS_WITH(desk.cards.approve(request.id, checkedWith("twenty"), "clerk"),
        Catch::Contains("not an amount in yuan"));
    CHECK(desk.store.events().eventCount() == before);
    // Issue before approval: refused.
    CHECK_THROWS_WITH(
        desk.cards.issue(request.id, "04CAFE01", "clerk"), Catch::Contains("Approve the request"));

    const auto [fee, deposit] = desk.cards.charges(request.id);
    CHECK(fee == 2000);
    CHECK(deposit == 0);
    const Cards::Outcome approved
        = desk.cards.approve(request.id, checkedWith("20.00", "10"), QStringLiteral("clerk"));
    CHECK(approved.request.state == CardRequest::State::Approved);
    CHECK(approved.request.identityChecked);
    REQUIRE(approved.payments.size() == 2);
    // The desk's code comes first: two desks never print the same number.
    const QString receiptStart
        = QStringLiteral("RC-%1-20261122-").arg(desk.store.terminalId().left(4).toUpper());
    CHECK(approved.payments[0].receipt == receiptStart + QStringLiteral("0001"));
    CHECK(approved.payments[0].kind == u"fee");
    CHECK(approved.payments[0].amountFen == 2000);
    CHECK(approved.payments[1].receipt == receiptStart + QStringLiteral("0002"));
    CHECK(approved.payments[1].kind == u"deposit");
    CHECK(desk.cards.dailyTotal(kNow.toLocalTime().date()) == 3000);
    CHECK(desk.cards.list(CardRequestList::ToIssue).size() == 1);
    // A second decision is refused.
    CHECK_THROWS_AS(desk.cards.reject(request.id, "changed my mind", "clerk"), Error);

    // Not a card UID, 张三's card, a staff card: each refused with the reason.
    CHECK_THROWS_WITH(
        desk.cards.issue(request.id, "hello", "clerk"), Catch::Contains("not a card number"));
    CHECK_THROWS_WITH(desk.cards.issue(request.id, "04A1B2C3", "clerk"),
        Catch::Contains("already bound to 张三 (unit 1201)"));
    try {
        desk.cards.issue(request.id, "04A1B2C3", "clerk");
    } catch (const Error &error) {
        CHECK_FALSE(error.message().contains(QStringLiteral("138"))); // no phone leaks
    }
    const CardRequest issued = desk.cards.issue(request.id, "04:ca:fe:01", "clerk");
    CHECK(issued.state == CardRequest::State::Issued);
    CHECK(issued.uid == u"04CAFE01");
    const CardCheck check = desk.cards.check(QStringLiteral("04cafe01"));
    CHECK(check.status == CardCheck::Status::Tenant);
    CHECK(check.personId == u"P-0003");
    CHECK(check.personName == u"王伟");
    // Issued once: a second issue of the same request is refused.
    CHECK_THROWS_AS(desk.cards.issue(request.id, "04DDEEFF", "clerk"), Error);

    // Another person's request cannot take the card just bound.
    const CardRequest other = desk.cards.request(newCardFor("P-0005", "1203"), "clerk");
    desk.cards.approve(other.id, checkedWith("20"), "clerk");
    CHECK_THROWS_WITH(
        desk.cards.issue(other.id, "04CAFE01", "clerk"), Catch::Contains("already bound to 王伟"));
}

TEST_CASE("report lost at the desk blocks at once here and, once synced, elsewhere", "[cards]")
{
    Terminal desk;
    Terminal kiosk;
    CHECK(kiosk.cards.check("04A1B2C3").status == CardCheck::Status::Tenant);

    const Cards::Outcome lost = desk.cards.reportLost("P-0001", {}, "clerk");
    CHECK(lost.blocked == QList<QString> { "04A1B2C3" });
    REQUIRE_FALSE(lost.flags.isEmpty());
    CHECK(lost.flags.first().uid == u"04A1B2C3");
    CHECK(desk.cards.check("04A1B2C3").status == CardCheck::Status::Blocked);
    // The directory still lists the card: the block wins.
    CHECK(kiosk.cards.check("04A1B2C3").status == CardCheck::Status::Tenant);
    kiosk.pullFrom(desk);
    CHECK(kiosk.cards.check("04A1B2C3").status == CardCheck::Status::Blocked);

    // Tapped at the kiosk: recorded and flagged to the desk after sync.
    const qint64 before = kiosk.store.events().eventCount();
    CHECK(kiosk.cards.tapped("04a1b2c3").status == CardCheck::Status::Blocked);
    CHECK(kiosk.store.events().eventCount() == before + 1);
    // A good card tapped records nothing.
    kiosk.cards.tapped("04A1B2C4");
    CHECK(kiosk.store.events().eventCount() == before + 1);
    desk.pullFrom(kiosk);
    REQUIRE(desk.cards.blockedTaps().size() == 1);
    CHECK(desk.cards.blockedTaps().first().holder == u"张三");
    CHECK(desk.cards.blockedTaps().first().terminalId == kiosk.store.terminalId());

    // Issuing the blocked card to anyone is refused, with whose and why.
    const CardRequest request = desk.cards.request(newCardFor(), "clerk");
    desk.cards.approve(request.id, checkedWith("20"), "clerk");
    CHECK_THROWS_WITH(
        desk.cards.issue(request.id, "04A1B2C3", "clerk"), Catch::Contains("reported lost"));
    // Reporting again: nothing active left.
    CHECK_THROWS_WITH(
        desk.cards.reportLost("P-0001", {}, "clerk"), Catch::Contains("no active card"));

    // The export lists the blocked UID.
    const QByteArray csv = desk.cards.blockedCsv();
    CHECK(csv.startsWith("uid,blocked_at,person,unit,card_type,reason\n"));
    CHECK(csv.contains("04A1B2C3,2026-11-22T09:00:00.000Z,张三,1201,resident,"));
}

// 张三's card reported lost at `desk`, then tapped at `kiosk`, and the tap pulled by each of
// `desks`; returns the tap's id.
QString blockedTapAtKiosk(Terminal &desk, Terminal &kiosk, std::initializer_list<Terminal *> desks)
{
    desk.cards.reportLost("P-0001", {}, "clerk");
    kiosk.pullFrom(desk);
    kiosk.clock = kNow.addSecs(60);
    REQUIRE(kiosk.cards.tapped("04A1B2C3").status == CardCheck::Status::Blocked);
    for (Terminal *other : desks)
        other->pullFrom(kiosk);
    REQUIRE(desk.cards.blockedTaps().size() == 1);
    return desk.cards.blockedTaps().first().eventId;
}

TEST_CASE("a blocked card's tap is acknowledged once, with who, when and the note", "[cards]")
{
    Terminal desk;
    Terminal kiosk;
    const QString tapId = blockedTapAtKiosk(desk, kiosk, { &desk });
    CHECK(desk.cards.unacknowledgedTapCount() == 1);
    CHECK_FALSE(desk.cards.blockedTap(tapId)->acknowledged());

    desk.clock = kNow.addSecs(300);
    const qint64 before = desk.store.events().eventCount();
    const BlockedTap done
        = desk.cards.acknowledgeTap(tapId, "  called   the holder ", "王芳 (S-002)");
    CHECK(desk.store.events().eventCount() == before + 1);
    CHECK(done.acknowledged());
    CHECK(done.acknowledgedBy == u"王芳 (S-002)");
    CHECK(done.acknowledgedAt == kNow.addSecs(300));
    CHECK(done.note == u"called the holder");
    CHECK(done.uid == u"04A1B2C3");
    CHECK(desk.cards.unacknowledgedTapCount() == 0);
    // It stays in the history, acknowledged.
    REQUIRE(desk.cards.blockedTaps().size() == 1);
    CHECK(desk.cards.blockedTaps().first().acknowledged());

    // A second time: refused with who did it and when; nothing recorded.
    desk.clock = kNow.addSecs(600);
    CHECK_THROWS_WITH(desk.cards.acknowledgeTap(tapId, "card retained", "李四 (S-001)"),
        Catch::Contains("already acknowledged by 王芳 (S-002)")
            && Catch::Contains(
                kNow.addSecs(300).toLocalTime().toString("yyyy-MM-dd HH:mm").toStdString()));
    CHECK(desk.store.events().eventCount() == before + 1);
    CHECK(desk.cards.blockedTap(tapId)->note == u"called the holder");
}

TEST_CASE("an unknown tap, or a note too long, is refused and records nothing", "[cards]")
{
    Terminal desk;
    Terminal kiosk;
    const QString tapId = blockedTapAtKiosk(desk, kiosk, { &desk });
    const qint64 before = desk.store.events().eventCount();
    CHECK_THROWS_WITH(desk.cards.acknowledgeTap("no-such-tap", {}, "clerk"),
        Catch::Contains("no such blocked-card tap"));
    CHECK_THROWS_WITH(
        desk.cards.acknowledgeTap({}, {}, "clerk"), Catch::Contains("no such blocked-card tap"));
    CHECK_THROWS_WITH(desk.cards.acknowledgeTap(tapId, QString(201, QLatin1Char('x')), "clerk"),
        Catch::Contains("at most 200 characters"));
    CHECK(desk.store.events().eventCount() == before);
    CHECK(desk.cards.unacknowledgedTapCount() == 1);
    // No note is fine.
    CHECK(desk.cards.acknowledgeTap(tapId, {}, "clerk").note.isEmpty());
}

TEST_CASE("an acknowledgement synced from another desk shows there, and of two the earlier stands",
    "[cards]")
{
    Terminal deskA;
    Terminal deskB;
    Terminal kiosk;
    const QString tapId = blockedTapAtKiosk(deskA, kiosk, { &deskA, &deskB });
    deskB.pullFrom(deskA); // the block
    REQUIRE(deskB.cards.unacknowledgedTapCount() == 1);

    // Desk B acknowledges; the kiosk learns it from the synced event.
    deskB.clock = kNow.addSecs(600);
    deskB.cards.acknowledgeTap(tapId, "card retained", "clerk B");
    kiosk.pullFrom(deskB);
    REQUIRE(kiosk.cards.blockedTap(tapId));
    CHECK(kiosk.cards.blockedTap(tapId)->acknowledgedBy == u"clerk B");
    CHECK(kiosk.cards.blockedTap(tapId)->note == u"card retained");
    CHECK(kiosk.cards.unacknowledgedTapCount() == 0);

    // Desk A, offline, had acknowledged it earlier: both are kept, the earlier stands on every
    // terminal whatever order they arrive in.
    deskA.clock = kNow.addSecs(300);
    deskA.cards.acknowledgeTap(tapId, "called the holder", "clerk A");
    deskA.pullFrom(deskB);
    deskB.pullFrom(deskA);
    kiosk.pullFrom(deskA);
    for (Terminal *terminal : { &deskA, &deskB, &kiosk }) {
        const auto tap = terminal->cards.blockedTap(tapId);
        REQUIRE(tap);
        CHECK(tap->acknowledgedBy == u"clerk A");
        CHECK(tap->acknowledgedAt == kNow.addSecs(300));
        CHECK(tap->note == u"called the holder");
    }
    // Pulled again (a retried feed page): nothing changes.
    deskB.pullFrom(deskA);
    CHECK(deskB.cards.blockedTap(tapId)->acknowledgedBy == u"clerk A");
}

TEST_CASE("an issue pulled after a block never unblocks the UID", "[cards]")
{
    Terminal deskA;
    Terminal deskB;
    deskA.cards.reportLost("P-0001", {}, "clerk A");
    // Desk B, offline, issues the same physical card to someone else.
    const CardRequest request = deskB.cards.request(newCardFor(), "clerk B");
    deskB.cards.approve(request.id, checkedWith("20"), "clerk B");
    deskB.clock = kNow.addSecs(60);
    // (Desk B still sees the directory's 张三 card: it refuses. A card never listed anywhere:)
    deskB.cards.issue(request.id, "04FEDCBA", "clerk B");
    deskA.clock = kNow.addSecs(120);
    // Before the sync desk A knows no card of 王伟's to report.
    CardRequestForm early = newCardFor();
    early.kind = CardRequestKind::ReportLost;
    CHECK_THROWS_WITH(deskA.cards.request(early, "clerk A"), Catch::Contains("no active card"));
    deskA.pullFrom(deskB);
    // Now A knows 王伟's card; it blocks it through the report-lost request.
    const CardRequest reported = deskA.cards.request(
        [] {
            CardRequestForm form = newCardFor();
            form.kind = CardRequestKind::ReportLost;
            form.via = QStringLiteral("kiosk");
            return form;
        }(),
        "kiosk");
    const Cards::Outcome outcome = deskA.cards.approve(reported.id, checkedWith({}), "clerk A");
    CHECK(outcome.blocked == QList<QString> { "04FEDCBA" });
    CHECK(outcome.request.state == CardRequest::State::Done);
    deskB.pullFrom(deskA);
    CHECK(deskB.cards.check("04FEDCBA").status == CardCheck::Status::Blocked);
    // The issue event pulled again (a retried feed page) changes nothing.
    deskA.pullFrom(deskB);
    CHECK(deskA.cards.check("04FEDCBA").status == CardCheck::Status::Blocked);
}

TEST_CASE("a report-lost or cancel request charges nothing", "[cards]")
{
    Terminal desk;
    CardRequestForm form = newCardFor("P-0001", "1201");
    form.kind = CardRequestKind::ReportLost;
    const CardRequest request = desk.cards.request(form, "kiosk");
    CHECK(desk.cards.charges(request.id) == std::pair<qint64, qint64> { 0, 0 });
    CHECK_THROWS_WITH(
        desk.cards.approve(request.id, checkedWith("20"), "clerk"), Catch::Contains("free"));
    CHECK(desk.cards.check("04A1B2C3").status == CardCheck::Status::Tenant);
}

TEST_CASE("cancel on move-out cancels the card and refunds its deposit", "[cards]")
{
    Terminal desk;
    const CardRequest request = desk.cards.request(newCardFor(), "clerk");
    desk.cards.approve(request.id, checkedWith("20", "50"), "clerk");
    desk.cards.issue(request.id, "04BEEF02", "clerk");

    CardRequestForm cancel = newCardFor();
    cancel.kind = CardRequestKind::Cancel;
    const CardRequest cancelRequest = desk.cards.request(cancel, "clerk");
    desk.clock = kNow.addSecs(3600);
    const Cards::Outcome outcome = desk.cards.approve(cancelRequest.id, checkedWith({}), "clerk");
    CHECK(outcome.cancelled == QList<QString> { "04BEEF02" });
    REQUIRE(outcome.payments.size() == 1);
    CHECK(outcome.payments[0].kind == u"refund");
    CHECK(outcome.payments[0].amountFen == 5000);
    CHECK(outcome.payments[0].receipt
        == QStringLiteral("RC-%1-20261122-0003").arg(desk.store.terminalId().left(4).toUpper()));
    CHECK(desk.cards.check("04BEEF02").status == CardCheck::Status::Cancelled);
    // Fee 20 + deposit 50 − refund 50.
    CHECK(desk.cards.dailyTotal(kNow.toLocalTime().date()) == 2000);
    CHECK(desk.cards.payments(kNow.toLocalTime().date()).size() == 3);
    // A cancelled card handed back can be issued again.
    const CardRequest again = desk.cards.request(newCardFor("P-0005", "1203"), "clerk");
    desk.cards.approve(again.id, checkedWith("20"), "clerk");
    CHECK(desk.cards.issue(again.id, "04BEEF02", "clerk").state == CardRequest::State::Issued);
    CHECK(desk.cards.check("04BEEF02").personName == u"陳大文");
}

TEST_CASE("a temporary card expires and a damaged card's replacement cancels it", "[cards]")
{
    Terminal desk;
    CardRequestForm temp = newCardFor();
    temp.kind = CardRequestKind::Temporary;
    temp.holderName = QStringLiteral("Contractor Chen");
    temp.expiresOn = kNow.date().addDays(2);
    const CardRequest request = desk.cards.request(temp, "clerk");
    CHECK(desk.cards.charges(request.id) == std::pair<qint64, qint64> { 0, 5000 });
    desk.cards.approve(request.id, checkedWith("0", "50"), "clerk");
    desk.cards.issue(request.id, "04999999", "clerk");
    CHECK(desk.cards.check("04999999").status == CardCheck::Status::Temporary);
    CHECK(desk.cards.check("04999999").personName == u"Contractor Chen");
    desk.clock = kNow.addDays(4);
    CHECK(desk.cards.check("04999999").status == CardCheck::Status::Expired);

    Terminal other;
    CardRequestForm damaged = newCardFor("P-0001", "1201");
    damaged.kind = CardRequestKind::ReplacementDamaged;
    const CardRequest replacement = other.cards.request(damaged, "clerk");
    other.cards.approve(replacement.id, checkedWith("20"), "clerk");
    other.cards.issue(replacement.id, "04A0A0A0", "clerk");
    CHECK(other.cards.check("04A1B2C3").status == CardCheck::Status::Cancelled);
    CHECK(other.cards.check("04A0A0A0").status == CardCheck::Status::Tenant);
}

TEST_CASE("a tenant is found by unit and phone for a report without the card", "[cards]")
{
    Terminal kiosk;
    CHECK(kiosk.cards.personByUnitAndPhone("1201", "138 0000 0000") == QStringLiteral("P-0001"));
    CHECK(kiosk.cards.personByUnitAndPhone("1201", "+8613800000000") == QStringLiteral("P-0001"));
    CHECK_FALSE(kiosk.cards.personByUnitAndPhone("1202", "138 0000 0000"));
    CHECK_FALSE(kiosk.cards.personByUnitAndPhone("1201", "not a phone"));
}

TEST_CASE("two desks of a site never print the same receipt number", "[cards]")
{
    Terminal desk;
    const QString own = desk.store.terminalId();
    const QString code = terminalCode(desk.store.sql(), own);
    CHECK(code == own.left(4).toUpper());
    // Another terminal of the site whose id starts as this one's: the code grows until the two
    // differ, so their receipts differ even when both number their first receipt of the day.
    QString twin = own;
    twin[6] = twin[6] == u'0' ? u'1' : u'0';
    hubEvent(QStringLiteral("site.terminal.enrolled"),
        { { QStringLiteral("terminal"), twin },
            { QStringLiteral("name"), QStringLiteral("desk 2") },
            { QStringLiteral("role"), QStringLiteral("desk") },
            { QStringLiteral("key_id"), QStringLiteral("k2") },
            { QStringLiteral("public_key"), QString::fromLatin1(QByteArray(32, 'k').toBase64()) } },
        { &desk });
    const QString longer = terminalCode(desk.store.sql(), own);
    CHECK(longer.size() == 8); // 6 hex digits would still be the twin's; the dash is dropped
    CHECK(longer == QString(own).remove(u'-').left(8).toUpper());
    const CardRequest request = desk.cards.request(newCardFor(), "clerk");
    const Cards::Outcome approved = desk.cards.approve(request.id, checkedWith("20"), "clerk");
    REQUIRE(approved.payments.size() == 1);
    CHECK(approved.payments[0].receipt == QStringLiteral("RC-%1-20261122-0001").arg(longer));
}

TEST_CASE("a request keeps the tenant's language for their receipts", "[cards]")
{
    Terminal desk;
    Terminal kiosk;
    CardRequestForm form = newCardFor();
    form.language = QStringLiteral("zh_TW");
    const CardRequest asked = kiosk.cards.request(form, "王伟");
    CHECK(asked.language == u"zh_TW");
    desk.pullFrom(kiosk);
    CHECK(desk.cards.find(asked.id)->language == u"zh_TW");
    // A language the terminal does not know prints in English rather than not at all.
    form.language = QStringLiteral("fr");
    CHECK(desk.cards.request(form, "clerk").language == u"en");
}

TEST_CASE("retention clears a temporary card holder's name, never a tenant's", "[cards][retention]")
{
    Terminal desk;
    CardRequestForm temp = newCardFor();
    temp.kind = CardRequestKind::Temporary;
    temp.holderName = QStringLiteral("Contractor Chen");
    temp.expiresOn = kNow.date().addDays(2);
    const CardRequest request = desk.cards.request(temp, "clerk");
    desk.cards.approve(request.id, checkedWith("0", "50"), "clerk");
    desk.cards.issue(request.id, "04999999", "clerk");
    const CardRequest tenant = desk.cards.request(newCardFor(), "clerk");
    desk.cards.approve(tenant.id, checkedWith("20"), "clerk");
    desk.cards.issue(tenant.id, "04CAFE01", "clerk");
    EventLog &log = desk.store.events();
    log.acknowledgeRange(1, log.eventCount()); // the hub has them: retention may redact
    const auto namesIn
        = [&](const QString &sql) { return rawsqlite::column(desk.store.path(), sql); };
    const QString temporaryNames = QStringLiteral(
        "SELECT person_name FROM card_requests UNION ALL SELECT person_name FROM card_bindings"
        " UNION ALL SELECT person_name FROM card_payments");
    const QString eventNames
        = QStringLiteral("SELECT coalesce(json_extract(payload, '$.person_name'), '-') FROM events"
                         " WHERE type LIKE 'card.%'");
    // The request, the binding and the deposit; in the events, the request, the issue and
    // the deposit's payment.
    CHECK(namesIn(temporaryNames).count(QStringLiteral("Contractor Chen")) == 3);
    CHECK(namesIn(eventNames).count(QStringLiteral("Contractor Chen")) == 3);
    const qsizetype tenantRows = namesIn(temporaryNames).count(QStringLiteral("王伟"));
    const qsizetype tenantEvents = namesIn(eventNames).count(QStringLiteral("王伟"));
    CHECK(tenantRows == 3);

    Retention retention(log, RetentionPolicy {});
    CHECK(retention.plan(kNow.addDays(100)).temporaryCards == 0);
    const RetentionCounts counts = retention.run(kNow.addDays(200));
    CHECK(counts.temporaryCards == 1);
    CHECK_FALSE(namesIn(temporaryNames).contains(QStringLiteral("Contractor Chen")));
    CHECK_FALSE(namesIn(eventNames).contains(QStringLiteral("Contractor Chen")));
    // The tenant's card is the directory's business, not a visit's: it keeps its name.
    CHECK(namesIn(temporaryNames).count(QStringLiteral("王伟")) == tenantRows);
    CHECK(namesIn(eventNames).count(QStringLiteral("王伟")) == tenantEvents);
    // The UID is still known (refused as expired), only the name is gone.
    desk.clock = kNow.addDays(200);
    CHECK(desk.cards.check("04999999").status == CardCheck::Status::Expired);
    for (const ChainReport &report : log.verifyAll())
        CHECK(report.ok());
    CHECK(retention.run(kNow.addDays(200)).total() == 0);
}
