// The key handover service (docs/keys.md) over real stores holding the sample directory: the
// cabinet, deposit with the owner's list, sign-out rules and every refusal, return by tag,
// the overdue alert, the visitor check-out warning, and two desks that sign one key out
// offline, whose loans are both kept and flagged once the events meet.
#include "catchqstring.h"
#include "core/error.h"
#include "rawsqlite.h"
#include "services/keys.h"
#include "services/retention.h"
#include "services/visits.h"
#include "siteterminal.h"
#include "store/eventlog.h"
#include "store/writetransaction.h"
#include "sync/hublink.h"

#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

const QString kOwner = QStringLiteral("P-0001"); // 张三, owner of 1201, card 04A1B2C3
const QString kListed = QStringLiteral("P-0002"); // 李娜, 1201
const QString kStranger = QStringLiteral("P-0003"); // 王伟, 1202
const QString kDesk = QStringLiteral("S-001"); // 李四, desk
const QString kSecond = QStringLiteral("S-002"); // 王芳, desk
const QString kSecondPin = QStringLiteral("4321");

struct Desk : SiteTerminal
{
    Desk()
    {
        WriteTransaction transaction(store.events().database());
        writeMeta(store.sql(), syncmeta::kScreeningKey,
            QString::fromLatin1(QByteArray(32, 'k').toBase64()));
        transaction.commit();
    }
    Keys keys { store.events(),
        [](const QString &staff, const QString &pin) {
            return staff == kSecond && pin == kSecondPin ? QString() : QStringLiteral("wrong PIN");
        },
        Keys::Options { [this] { return clock; }, KeyDueHours {} } };
    Visits visits { store.events(), Visits::Options { [this] { return clock; }, QTime(23, 0) } };

    [[nodiscard]] qint64 eventCount() const { return store.events().eventCount(); }

    Key common(const QString &tag, KeyType type = KeyType::Common)
    {
        return keys.registerKey(
            { tag, {}, type, QStringLiteral("Roof door"), QStringLiteral("A3") },
            QStringLiteral("desk"));
    }
    Key spare(const QString &tag = QStringLiteral("K-101"))
    {
        return keys.deposit({ tag, QStringLiteral("BC") + tag, QStringLiteral("Front door, 2 keys"),
                                QStringLiteral("B1"), kOwner, QStringLiteral("1201"), { kListed },
                                QStringLiteral("zh_CN") },
            QStringLiteral("desk"));
    }
};

// Lam Electric, a contractor for 李娜's unit.
VisitRequest contractorVisit()
{
    VisitRequest contractor;
    contractor.name = QStringLiteral("Lam Electric");
    contractor.phone = QStringLiteral("9123 4567");
    contractor.hostPersonId = kListed;
    contractor.purpose = QStringLiteral("contractor");
    contractor.language = QStringLiteral("en");
    return contractor;
}

KeySignOut lend(const Key &key, const QString &kind, const QString &id)
{
    KeySignOut out;
    out.keyId = key.id;
    out.borrowerKind = kind;
    out.borrowerId = id;
    out.language = QStringLiteral("en");
    out.reason = QStringLiteral("Let the plumber in");
    return out;
}

QStringList fieldsOf(const QList<FieldProblem> &problems)
{
    QStringList fields;
    for (const FieldProblem &problem : problems)
        fields.append(problem.field);
    return fields;
}

} // namespace

TEST_CASE("an owner deposits a spare with their list; the tag never carries the unit", "[keys]")
{
    Desk desk;
    const Key key = desk.spare();
    CHECK(key.type == KeyType::UnitSpare);
    CHECK(key.tag == "K-101");
    CHECK(key.barcode == "BCK-101");
    CHECK(key.unit == "1201");
    CHECK(key.ownerName == "张三");
    REQUIRE(key.authorised.size() == 1);
    CHECK(key.authorised.first().name == "李娜");
    CHECK_FALSE(key.out);
    CHECK(desk.keys.findByTag(QStringLiteral(" bck-101 "))->id == key.id);

    const qint64 before = desk.eventCount();
    KeyDeposit unitOnTag { QStringLiteral("1201-A"), {}, QStringLiteral("Door"), {}, kOwner,
        QStringLiteral("1201"), {}, QStringLiteral("en") };
    CHECK(fieldsOf(desk.keys.problems(unitOnTag)) == QStringList { "tag" });
    CHECK_THROWS_WITH(desk.keys.deposit(unitOnTag, QStringLiteral("desk")),
        Catch::Contains("never carries the unit number"));
    KeyDeposit notTheirUnit = unitOnTag;
    notTheirUnit.tag = QStringLiteral("K-102");
    notTheirUnit.unit = QStringLiteral("1202");
    CHECK(fieldsOf(desk.keys.problems(notTheirUnit)) == QStringList { "owner" });
    KeyDeposit sameTag = notTheirUnit;
    sameTag.unit = QStringLiteral("1201");
    sameTag.tag = QStringLiteral("k-101");
    CHECK(fieldsOf(desk.keys.problems(sameTag)) == QStringList { "tag" });
    KeyDeposit unknownListed = sameTag;
    unknownListed.tag = QStringLiteral("K-103");
    unknownListed.authorisedIds = { QStringLiteral("P-9999") };
    CHECK(fieldsOf(desk.keys.problems(unknownListed)) == QStringList { "authorised" });
    CHECK(desk.eventCount() == before);
}

TEST_CASE("the owner and the people on their list may borrow the spare, nobody else", "[keys]")
{
    Desk desk;
    const Key key = desk.spare();

    const qint64 before = desk.eventCount();
    const KeySignOut stranger = lend(key, QStringLiteral("person"), kStranger);
    CHECK(fieldsOf(desk.keys.problems(stranger, QStringLiteral("desk")))
        == QStringList { "borrower" });
    CHECK_THROWS_WITH(desk.keys.signOut(stranger, QStringLiteral("desk")),
        Catch::Contains("not on the owner's list"));
    CHECK_THROWS_WITH(
        desk.keys.signOut(lend(key, QStringLiteral("staff"), kDesk), QStringLiteral("desk")),
        Catch::Contains("not on the owner's list"));
    CHECK(desk.eventCount() == before);
    CHECK_FALSE(desk.keys.find(key.id)->out);

    const KeyLoan loan
        = desk.keys.signOut(lend(key, QStringLiteral("person"), kListed), QStringLiteral("desk"));
    CHECK(loan.borrowerName == "李娜");
    CHECK(loan.dueAt == desk.clock.addSecs(24 * 3600)); // a unit spare's default
    CHECK(loan.ownerNotifiedAt == desk.clock); // key.owner_notified recorded with it
    CHECK(desk.eventCount() == before + 2);
    CHECK(desk.keys.find(key.id)->out);

    // Already out: refused with who has it.
    desk.clock = desk.clock.addSecs(60);
    CHECK_THROWS_WITH(
        desk.keys.signOut(lend(key, QStringLiteral("person"), kOwner), QStringLiteral("desk")),
        Catch::Contains("already out to 李娜"));
    CHECK(desk.eventCount() == before + 2);

    const KeyReturn back = desk.keys.returnKey(
        QStringLiteral("bck-101"), QStringLiteral("good"), {}, QStringLiteral("desk"));
    CHECK_FALSE(back.key.out);
    REQUIRE(back.closed.size() == 1);
    CHECK(back.closed.first().returnedAt == desk.clock);
    CHECK(back.closed.first().condition == "good");
    CHECK_FALSE(back.late);

    // The owner may always borrow it.
    const KeyLoan owner
        = desk.keys.signOut(lend(key, QStringLiteral("person"), kOwner), QStringLiteral("desk"));
    CHECK(owner.borrowerName == "张三");
    CHECK(desk.keys.historyOfKey(key.id).size() == 2);
    CHECK(desk.keys.historyOfBorrower(QStringLiteral("person"), kListed).size() == 1);
}

TEST_CASE("returning a key that is in, or an unknown tag, is refused", "[keys]")
{
    Desk desk;
    const Key key = desk.common(QStringLiteral("C-7"));
    const qint64 before = desk.eventCount();
    CHECK_THROWS_WITH(desk.keys.returnKey(QStringLiteral("C-7"), QStringLiteral("good"), {}, {}),
        Catch::Contains("is in the cabinet"));
    CHECK_THROWS_WITH(desk.keys.returnKey(QStringLiteral("Z-404"), QStringLiteral("good"), {}, {}),
        Catch::Contains("No key in the cabinet has tag Z-404"));
    desk.keys.signOut(lend(key, QStringLiteral("staff"), kDesk), QStringLiteral("desk"));
    CHECK_THROWS_WITH(desk.keys.returnKey(QStringLiteral("C-7"), QStringLiteral("damaged"), {}, {}),
        Catch::Contains("Note what is damaged"));
    CHECK(desk.eventCount() == before + 1);
    const KeyReturn back = desk.keys.returnKey(
        QStringLiteral("C-7"), QStringLiteral("damaged"), QStringLiteral("bent"), {});
    CHECK(back.closed.first().conditionNote == "bent");
}

TEST_CASE(
    "common and plant-room keys go to staff or an on-site contractor, with a work reason", "[keys]")
{
    Desk desk;
    const Key common = desk.common(QStringLiteral("C-1"));
    const Key plant = desk.common(QStringLiteral("P-1"), KeyType::PlantRoom);

    CHECK(fieldsOf(desk.keys.problems(lend(common, QStringLiteral("person"), kOwner), {}))
        == QStringList { "borrower" });
    CHECK(fieldsOf(desk.keys.problems(lend(plant, QStringLiteral("staff"), kDesk), {}))
        == QStringList { "work_reason" });
    KeySignOut noReason = lend(common, QStringLiteral("staff"), kDesk);
    noReason.reason.clear();
    CHECK(fieldsOf(desk.keys.problems(noReason, {})) == QStringList { "reason" });
    CHECK(fieldsOf(desk.keys.problems(
              lend(common, QStringLiteral("staff"), QStringLiteral("S-999")), {}))
        == QStringList { "borrower" });

    KeySignOut work = lend(plant, QStringLiteral("staff"), kDesk);
    work.workReason = QStringLiteral("WO-5521 chiller filter");
    const KeyLoan loan = desk.keys.signOut(work, QStringLiteral("desk"));
    CHECK(loan.dueAt == desk.clock.addSecs(8 * 3600));
    CHECK(loan.workReason == "WO-5521 chiller filter");
    CHECK_FALSE(loan.ownerNotifiedAt.isValid());

    // A contractor on site, and the warning when they check out holding the key.
    VisitRequest contractor = contractorVisit();
    const CheckInResult in = desk.visits.checkIn(contractor, QStringLiteral("desk"));
    REQUIRE(in.outcome == CheckInResult::Outcome::Admitted);
    KeySignOut toContractor = lend(common, QStringLiteral("visit"), in.visit.id);
    CHECK(fieldsOf(desk.keys.problems(toContractor, {})) == QStringList { "work_reason" });
    toContractor.workReason = QStringLiteral("Lobby lights");
    desk.keys.signOut(toContractor, QStringLiteral("desk"));
    CHECK(desk.keys.heldBy(QStringLiteral("visit"), in.visit.id).size() == 1);

    const CheckOutResult out = desk.visits.checkOutVisit(in.visit.id, QStringLiteral("desk"));
    CHECK(out.outcome == CheckOutResult::Outcome::CheckedOut);
    CHECK_THAT(out.keyWarning.toStdString(),
        Catch::Contains("still holds 1 key") && Catch::Contains("C-1"));

    // Checked out: no longer a borrower.
    desk.keys.returnKey(QStringLiteral("C-1"), QStringLiteral("good"), {}, {});
    CHECK_THAT(fieldsOf(desk.keys.problems(lend(common, QStringLiteral("visit"), in.visit.id), {}))
                   .join(',')
                   .toStdString(),
        Catch::Contains("borrower"));

    // A plain visitor is no contractor.
    contractor.purpose = QStringLiteral("visit");
    contractor.name = QStringLiteral("Ho Visitor");
    const CheckInResult guest = desk.visits.checkIn(contractor, QStringLiteral("desk"));
    const QList<FieldProblem> refused
        = desk.keys.problems(lend(common, QStringLiteral("visit"), guest.visit.id), {});
    REQUIRE_FALSE(refused.isEmpty());
    CHECK_THAT(refused.first().message.toStdString(), Catch::Contains("not a contractor"));
    CHECK(desk.visits.checkOutVisit(guest.visit.id, {}).keyWarning.isEmpty());
}

TEST_CASE("due times: never past, never beyond 15 days, a default per type", "[keys]")
{
    Desk desk;
    const Key key = desk.common(QStringLiteral("C-2"));
    KeySignOut out = lend(key, QStringLiteral("staff"), kDesk);
    const qint64 before = desk.eventCount();
    out.dueAt = desk.clock.addSecs(-60);
    CHECK(fieldsOf(desk.keys.problems(out, {})) == QStringList { "due_at" });
    CHECK_THROWS_WITH(desk.keys.signOut(out, {}), Catch::Contains("has already passed"));
    out.dueAt = desk.clock.addDays(15).addSecs(1);
    CHECK_THROWS_WITH(desk.keys.signOut(out, {}), Catch::Contains("at most 15 days"));
    CHECK(desk.eventCount() == before);
    out.dueAt = desk.clock.addDays(15);
    CHECK(desk.keys.signOut(out, {}).dueAt == desk.clock.addDays(15));
    CHECK(desk.keys.defaultDue(KeyType::Common) == desk.clock.addSecs(4 * 3600));
    CHECK(desk.keys.defaultDue(KeyType::Master) == desk.clock.addSecs(2 * 3600));
}

TEST_CASE("a master key needs staff and a second, different staff member's right PIN", "[keys]")
{
    Desk desk;
    const Key master = desk.common(QStringLiteral("M-1"), KeyType::Master);
    const qint64 before = desk.eventCount();
    KeySignOut out = lend(master, QStringLiteral("staff"), kDesk);
    CHECK(fieldsOf(desk.keys.problems(out, kDesk)) == QStringList { "second_staff" });
    out.secondStaffId = kDesk; // the borrower themselves
    CHECK(fieldsOf(desk.keys.problems(out, QStringLiteral("desk")))
        == QStringList { "second_staff" });
    out.secondStaffId = QStringLiteral("P-0001"); // not staff
    CHECK(fieldsOf(desk.keys.problems(out, QStringLiteral("desk")))
        == QStringList { "second_staff" });
    out.secondStaffId = kSecond;
    CHECK(fieldsOf(desk.keys.problems(out, kSecond)) == QStringList { "second_staff" }); // lends
    CHECK(
        fieldsOf(desk.keys.problems(out, QStringLiteral("desk"))) == QStringList { "second_pin" });
    out.secondPin = QStringLiteral("0000");
    CHECK_THROWS_WITH(desk.keys.signOut(out, QStringLiteral("desk")), Catch::Contains("wrong PIN"));
    CHECK_THROWS_WITH(desk.keys.signOut(lend(master, QStringLiteral("person"), kOwner), {}),
        Catch::Contains("staff only"));
    CHECK(desk.eventCount() == before);
    CHECK_FALSE(desk.keys.find(master.id)->out);

    out.secondPin = kSecondPin;
    const KeyLoan loan = desk.keys.signOut(out, QStringLiteral("desk"));
    CHECK(loan.secondStaff == kSecond);
    CHECK(loan.dueAt == desk.clock.addSecs(2 * 3600));
}

TEST_CASE("without staff PINs on the terminal a master key is refused, not waved through", "[keys]")
{
    Desk desk;
    Keys noPins(desk.store.events(), {}, Keys::Options { [&desk] { return desk.clock; }, {} });
    const Key master = desk.common(QStringLiteral("M-2"), KeyType::Master);
    KeySignOut out = lend(master, QStringLiteral("staff"), kDesk);
    out.secondStaffId = kSecond;
    out.secondPin = kSecondPin;
    CHECK_THROWS_WITH(
        noPins.signOut(out, QStringLiteral("desk")), Catch::Contains("PINs are not set up"));
}

TEST_CASE("a loan past due is listed and alerted once, by the desk that lent it", "[keys]")
{
    Desk desk;
    Desk other;
    const Key key = desk.common(QStringLiteral("C-3"));
    const KeyLoan loan
        = desk.keys.signOut(lend(key, QStringLiteral("staff"), kDesk), QStringLiteral("desk"));
    CHECK(desk.keys.recordOverdue() == 0);
    CHECK(desk.keys.overdueLoans().isEmpty());

    desk.clock = desk.clock.addSecs(4 * 3600 + 1);
    CHECK(desk.keys.overdueLoans().size() == 1);
    CHECK(desk.keys.recordOverdue() == 1);
    CHECK(desk.keys.recordOverdue() == 0);
    CHECK(desk.keys.loan(loan.id)->overdueAt == desk.clock);

    // Another desk sees it overdue, and its timer does not alert again.
    other.pullFrom(desk);
    other.clock = desk.clock;
    CHECK(other.keys.overdueLoans().size() == 1);
    CHECK(other.keys.recordOverdue() == 0);

    const KeyReturn back
        = other.keys.returnKey(QStringLiteral("C-3"), QStringLiteral("good"), {}, {});
    CHECK(back.late);
    desk.pullFrom(other);
    CHECK(desk.keys.overdueLoans().isEmpty());
    CHECK_FALSE(desk.keys.find(key.id)->out);
}

TEST_CASE(
    "two desks lending one key offline: both loans kept, flagged, resolved by a person", "[keys]")
{
    Desk first;
    Desk second;
    const Key key = first.common(QStringLiteral("C-9"));
    second.pullFrom(first);

    const KeyLoan a
        = first.keys.signOut(lend(key, QStringLiteral("staff"), kDesk), QStringLiteral("desk 1"));
    second.clock = second.clock.addSecs(300);
    const KeyLoan b = second.keys.signOut(
        lend(key, QStringLiteral("staff"), kSecond), QStringLiteral("desk 2"));

    // Sync: each receives the other's sign-out.
    first.pullFrom(second);
    second.pullFrom(first);
    for (Desk *desk : { &first, &second }) {
        const QList<KeyLoan> flagged = desk->keys.conflicts();
        REQUIRE(flagged.size() == 2);
        CHECK(flagged[0].id == a.id);
        CHECK(flagged[1].id == b.id);
        CHECK(flagged[0].conflict);
        CHECK(desk->keys.openLoans().size() == 2);
        CHECK(desk->keys.find(key.id)->out);
    }

    CHECK_THROWS_WITH(
        first.keys.resolveConflict(key.id, QStringLiteral("nope"), QStringLiteral("desk 1")),
        Catch::Contains("no conflicting sign-out"));
    first.keys.resolveConflict(key.id, b.id, QStringLiteral("desk 1"));
    CHECK(first.keys.conflicts().isEmpty());
    CHECK(first.keys.loan(a.id)->resolution == "void");
    CHECK(first.keys.loan(b.id)->resolution == "stands");
    CHECK(first.keys.openLoans().size() == 1);
    second.pullFrom(first);
    CHECK(second.keys.conflicts().isEmpty());
    CHECK(second.keys.openLoans().first().id == b.id);

    // A loan returned before the other began is no conflict.
    second.keys.returnKey(QStringLiteral("C-9"), QStringLiteral("good"), {}, {});
    second.clock = second.clock.addSecs(600);
    second.keys.signOut(lend(key, QStringLiteral("staff"), kDesk), {});
    first.pullFrom(second);
    CHECK(first.keys.conflicts().isEmpty());
}

TEST_CASE("registering a key: type, tag and label are checked", "[keys]")
{
    Desk desk;
    const qint64 before = desk.eventCount();
    CHECK(fieldsOf(desk.keys.problems(KeyRegistration { {}, {}, KeyType::Common, {}, {} }))
        == QStringList { "tag", "label" });
    CHECK(fieldsOf(desk.keys.problems(KeyRegistration {
              QStringLiteral("X1"), {}, KeyType::UnitSpare, QStringLiteral("x"), {} }))
        == QStringList { "type" });
    CHECK(desk.eventCount() == before);
    desk.common(QStringLiteral("X1"));
    CHECK(fieldsOf(desk.keys.problems(KeyRegistration {
              QStringLiteral("x1"), {}, KeyType::Common, QStringLiteral("x"), {} }))
        == QStringList { "tag" });
    CHECK(desk.keys.list(QStringLiteral("roof")).size() == 1);
}

TEST_CASE("retention clears the name of a visitor who borrowed a key, never a tenant's",
    "[keys][retention]")
{
    Desk desk;
    const Key roof = desk.common(QStringLiteral("C-7"));
    const Key spare = desk.spare();
    const CheckInResult in = desk.visits.checkIn(contractorVisit(), QStringLiteral("desk"));
    REQUIRE(in.outcome == CheckInResult::Outcome::Admitted);
    KeySignOut toContractor = lend(roof, QStringLiteral("visit"), in.visit.id);
    toContractor.workReason = QStringLiteral("Lobby lights");
    desk.keys.signOut(toContractor, QStringLiteral("desk"));
    desk.keys.signOut(lend(spare, QStringLiteral("person"), kListed), QStringLiteral("desk"));
    desk.clock = desk.clock.addDays(3);
    CHECK(desk.keys.recordOverdue(QStringLiteral("desk")) == 2); // both name their borrower
    EventLog &log = desk.store.events();
    log.acknowledgeRange(1, log.eventCount()); // the hub has them: retention may redact

    const auto names
        = [&](const QString &sql) { return rawsqlite::column(desk.store.path(), sql); };
    const QString loanNames = QStringLiteral("SELECT borrower_name FROM key_loans");
    const QString eventNames
        = QStringLiteral("SELECT json_extract(payload, '$.borrower_name') FROM events"
                         " WHERE json_extract(payload, '$.borrower_name') IS NOT NULL");
    // The sign-out and the overdue alert; the owner's notice and the tenant's own loan.
    CHECK(names(eventNames).count(QStringLiteral("Lam Electric")) == 2);
    const qsizetype tenantEvents = names(eventNames).count(QStringLiteral("李娜"));
    CHECK(tenantEvents == 3);

    Retention retention(log, RetentionPolicy {});
    CHECK(retention.plan(desk.clock.addDays(100)).keyLoans == 0);
    CHECK(retention.run(desk.clock.addDays(200)).keyLoans == 1);
    CHECK_FALSE(names(loanNames).contains(QStringLiteral("Lam Electric")));
    CHECK_FALSE(names(eventNames).contains(QStringLiteral("Lam Electric")));
    CHECK(names(loanNames).contains(QStringLiteral("李娜")));
    CHECK(names(eventNames).count(QStringLiteral("李娜")) == tenantEvents);
    for (const ChainReport &report : log.verifyAll())
        CHECK(report.ok());
}

TEST_CASE("an owner's spares are found by the owner, not by whoever may borrow them", "[keys]")
{
    Desk desk;
    const Key spare = desk.spare();
    desk.common(QStringLiteral("C-9"));
    const QList<Key> owned = desk.keys.ownedBy(kOwner);
    REQUIRE(owned.size() == 1);
    CHECK(owned.first().id == spare.id);
    CHECK(desk.keys.ownedBy(kListed).isEmpty());
}
