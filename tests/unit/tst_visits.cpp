// The visitor reception service (docs/visitors.md) over real stores: kiosks that check
// visitors in, a desk that decides and invites, guard terminals that check them out offline,
// and events carried between them as the hub would.
#include "catchqstring.h"
#include "core/error.h"
#include "services/visits.h"
#include "siteterminal.h"
#include "store/writetransaction.h"
#include "sync/hublink.h"

#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

const QDateTime kNow = SiteTerminal::start();

struct Terminal : SiteTerminal
{
    explicit Terminal(const QString &site = QStringLiteral("tower"))
        : SiteTerminal(site)
    {
        // The site's screening key, as site.screening.key brings it.
        WriteTransaction transaction(store.events().database());
        writeMeta(store.sql(), syncmeta::kScreeningKey,
            QString::fromLatin1(QByteArray(32, 'k').toBase64()));
        transaction.commit();
    }
    Visits visits { store.events(), Visits::Options { [this] { return clock; }, QTime(23, 0) } };

    [[nodiscard]] qint64 eventCount() const
    {
        qint64 count = 0;
        store.events().forEach([&count](const Event &) {
            ++count;
            return true;
        });
        return count;
    }
};

VisitRequest walkIn(const QString &host = QStringLiteral("P-0002")) // 李娜, Acme (auto)
{
    VisitRequest request;
    request.name = QStringLiteral("Chan Tai Man");
    request.phone = QStringLiteral("9123 4567");
    request.hostPersonId = host;
    request.purpose = QStringLiteral("visit");
    request.companions = 1;
    request.language = QStringLiteral("en");
    return request;
}

QStringList fieldsOf(VisitRequest request)
{
    QStringList fields;
    for (const FieldProblem &problem : validateVisitRequest(request))
        fields.append(problem.field);
    return fields;
}

} // namespace

TEST_CASE("a visitor's answers are checked field by field", "[visits]")
{
    CHECK(fieldsOf(walkIn()).isEmpty());

    VisitRequest request = walkIn();
    request.name = QString(500, QLatin1Char('a'));
    request.phone = QStringLiteral("call me");
    request.purpose = QStringLiteral("other");
    request.companions = 99;
    request.plate = QStringLiteral("??");
    request.idNumber = QStringLiteral("12");
    CHECK(fieldsOf(request)
        == QStringList { "name", "phone", "purpose_note", "companions", "plate", "id_number" });

    request = walkIn();
    request.name = QStringLiteral("   ");
    request.phone.clear();
    request.hostPersonId.clear();
    request.purpose.clear();
    CHECK(fieldsOf(request) == QStringList { "name", "phone", "host", "purpose" });

    request = walkIn();
    request.name = QStringLiteral("R2-D2");
    CHECK(fieldsOf(request) == QStringList { "name" });
    CHECK(!visitFieldProblem(QStringLiteral("name"), request).isEmpty());
    CHECK(visitFieldProblem(QStringLiteral("phone"), request).isEmpty());

    // Normalised: mainland, Hong Kong, Taiwan and international numbers; plate and ID.
    request = walkIn();
    request.phone = QStringLiteral("138-0013-8000");
    request.plate = QStringLiteral("粤b 12345");
    request.idNumber = QStringLiteral("44010619900101123x");
    REQUIRE(validateVisitRequest(request).isEmpty());
    CHECK(request.phone == QStringLiteral("+8613800138000"));
    CHECK(request.plate == QStringLiteral("粤B12345"));
    CHECK(request.idNumber == QStringLiteral("44010619900101123X"));
    for (const char *phone : { "0912 345 678", "+44 20 7946 0958", "6123 4567" }) {
        request.phone = QString::fromLatin1(phone);
        CHECK(validateVisitRequest(request).isEmpty());
    }
}

TEST_CASE("a walk-in to an auto-approving company is admitted with a signed slip", "[visits]")
{
    Terminal kiosk;
    kiosk.enrolKey();
    VisitRequest request = walkIn();
    request.idNumber = QStringLiteral("A123456(7)");
    const CheckInResult result = kiosk.visits.checkIn(request, {});
    CHECK(result.outcome == CheckInResult::Outcome::Admitted);
    const Visit &visit = result.visit;
    CHECK(visit.state == Visit::State::OnSite);
    CHECK(visit.number == QStringLiteral("V-20261122-0001"));
    CHECK(visit.companyName.contains(QStringLiteral("Acme")));
    CHECK(visit.unit == QStringLiteral("1201"));
    CHECK(visit.floor == QStringLiteral("12"));
    CHECK(visit.phone == QStringLiteral("91234567"));
    CHECK(visit.idLast4 == QStringLiteral("4567"));
    CHECK(visit.token.startsWith(QStringLiteral("LD1:")));
    CHECK(visit.validUntil.toLocalTime().time() == QTime(23, 0));
    CHECK(kiosk.visits.onSiteCount() == 2); // the visitor and a companion

    // The full ID number is nowhere in the store.
    bool found = false;
    kiosk.store.events().forEach([&found](const Event &event) {
        found = found || event.payload.contains("A1234567");
        return true;
    });
    CHECK(!found);

    // A retry with the same id records nothing twice.
    const qint64 before = kiosk.eventCount();
    const CheckInResult again = kiosk.visits.checkIn(request, {}, QUuid::fromString(visit.id));
    CHECK(again.outcome == CheckInResult::Outcome::AlreadyCheckedIn);
    CHECK(kiosk.eventCount() == before);
}

TEST_CASE("bad input is refused and records nothing", "[visits]")
{
    Terminal kiosk;
    const qint64 before = kiosk.eventCount();
    VisitRequest request = walkIn();
    request.phone = QStringLiteral("abcdefgh");
    CHECK_THROWS_WITH(
        kiosk.visits.checkIn(request, {}), Catch::Contains("This is not a phone number"));
    request = walkIn(QStringLiteral("P-9999"));
    CHECK_THROWS_WITH(
        kiosk.visits.checkIn(request, {}), Catch::Contains("not in the building directory"));
    CHECK(kiosk.eventCount() == before);
}

TEST_CASE("approval modes: the host confirms, or an invitation is required", "[visits]")
{
    Terminal kiosk;
    Terminal desk;
    desk.enrolKey();

    const CheckInResult host = kiosk.visits.checkIn(walkIn(QStringLiteral("P-0028")), {});
    CHECK(host.outcome == CheckInResult::Outcome::Waiting);
    CHECK(host.visit.token.isEmpty());
    CHECK(host.message.contains(QStringLiteral("Greenleaf")));

    const CheckInResult invitationOnly = kiosk.visits.checkIn(walkIn(QStringLiteral("P-0012")), {});
    CHECK(invitationOnly.outcome == CheckInResult::Outcome::Waiting);
    CHECK(invitationOnly.message.contains(QStringLiteral("by invitation")));

    // The desk sees both, admits one (a signed slip now) and turns the other away.
    desk.pullFrom(kiosk);
    CHECK(desk.visits.approvalCount() == 2);
    CHECK_THROWS_WITH(desk.visits.deny(invitationOnly.visit.id, QStringLiteral("S-001"), {}),
        Catch::Contains("Give the reason"));
    const Visit admitted = desk.visits.approve(host.visit.id, QStringLiteral("S-001"));
    CHECK(admitted.state == Visit::State::OnSite);
    CHECK(admitted.token.startsWith(QStringLiteral("LD1:")));
    const Visit denied = desk.visits.deny(
        invitationOnly.visit.id, QStringLiteral("S-001"), QStringLiteral("host not in today"));
    CHECK(denied.state == Visit::State::Denied);
    CHECK_THROWS_WITH(desk.visits.approve(denied.id, QStringLiteral("S-001")),
        Catch::Contains("not waiting for a decision"));
    CHECK(desk.visits.approvalCount() == 0);

    // A desk check-in is the desk's own confirmation.
    VisitRequest atDesk = walkIn(QStringLiteral("P-0028"));
    atDesk.via = QStringLiteral("desk");
    CHECK(desk.visits.checkIn(atDesk, QStringLiteral("S-001")).outcome
        == CheckInResult::Outcome::Admitted);
}

TEST_CASE("the deny list holds a visitor without saying why, offline", "[visits]")
{
    Terminal desk;
    Terminal kiosk;
    const DenyEntry byName = desk.visits.addDenyEntry(
        QStringLiteral("Wang Wu"), {}, {}, QStringLiteral("shoplifting"), QStringLiteral("S-001"));
    const DenyEntry byId = desk.visits.addDenyEntry({}, {}, QStringLiteral("44010619900101123X"),
        QStringLiteral("banned by management"), QStringLiteral("S-001"));
    hubEvent(QStringLiteral("screening.deny.added"),
        { { QStringLiteral("entry"), QStringLiteral("D-hub1") },
            { QStringLiteral("phone"), QStringLiteral("+8613912345678") },
            { QStringLiteral("reason"), QStringLiteral("harassment") } },
        { &kiosk });
    kiosk.pullFrom(desk);
    CHECK(kiosk.visits.denyList().size() == 3);
    CHECK(byId.hasIdHash);

    CHECK_THROWS_WITH(desk.visits.addDenyEntry({}, QStringLiteral("xyz"), {},
                          QStringLiteral("reason"), QStringLiteral("S-001")),
        Catch::Contains("not a phone number"));
    CHECK_THROWS_WITH(desk.visits.addDenyEntry({}, {}, {}, QStringLiteral("reason"), {}),
        Catch::Contains("Give a name"));

    VisitRequest named = walkIn();
    named.name = QStringLiteral("wang wu");
    VisitRequest phoned = walkIn();
    phoned.phone = QStringLiteral("139 1234 5678");
    VisitRequest carded = walkIn();
    carded.idNumber = QStringLiteral("44010619900101123x");
    for (const VisitRequest &request : { named, phoned, carded }) {
        const CheckInResult held = kiosk.visits.checkIn(request, {});
        CHECK(held.outcome == CheckInResult::Outcome::Held);
        CHECK(held.visit.state == Visit::State::Held);
        CHECK(held.message
            == QStringLiteral("Thank you. Please see the front desk to complete "
                              "your check-in."));
        CHECK(held.visit.token.isEmpty());
    }
    CHECK(kiosk.visits.list(VisitList::Approvals).size() == 3);
    CHECK(kiosk.visits.list(VisitList::Approvals).first().holdEntry == byId.id);

    // Lifted at the desk: let in.
    desk.visits.liftDenyEntry(byName.id, QStringLiteral("S-001"));
    kiosk.pullFrom(desk);
    // Staff still see why an earlier visit was held.
    REQUIRE(kiosk.visits.denyEntry(byName.id).has_value());
    CHECK(kiosk.visits.denyEntry(byName.id)->reason == QStringLiteral("shoplifting"));
    CHECK_FALSE(kiosk.visits.denyEntry(QStringLiteral("D-none")).has_value());
    CHECK(kiosk.visits.checkIn(named, {}).outcome == CheckInResult::Outcome::Admitted);

    // Admitting a held visitor needs a note.
    Terminal otherDesk;
    otherDesk.pullFrom(kiosk);
    const QString heldId = otherDesk.visits.list(VisitList::Approvals).last().id;
    CHECK_THROWS_WITH(
        otherDesk.visits.approve(heldId, QStringLiteral("S-001")), Catch::Contains("deny list"));
}

TEST_CASE("check-out by the slip's QR at a guard terminal, once", "[visits]")
{
    Terminal kiosk;
    Terminal guard;
    shareKey(kiosk.enrolKey(), QStringLiteral("Kiosk 1"), { &kiosk, &guard });
    const Visit visit = kiosk.visits.checkIn(walkIn(), {}).visit;

    // The guard has not received the check-in yet: it still checks out, and says so.
    const CheckOutResult out = guard.visits.checkOut(visit.token, QStringLiteral("S-010"));
    CHECK(out.outcome == CheckOutResult::Outcome::CheckedOut);
    CHECK(out.visitId == visit.id);
    CHECK(out.message.contains(QStringLiteral("has not received the check-in")));

    const qint64 events = guard.eventCount();
    const CheckOutResult twice = guard.visits.checkOut(visit.token, QStringLiteral("S-010"));
    CHECK(twice.outcome == CheckOutResult::Outcome::AlreadyCheckedOut);
    CHECK(twice.message.contains(QStringLiteral("Already checked out")));
    CHECK(guard.eventCount() == events);

    // Once the check-in arrives, the visit reads as checked out, here and at the kiosk.
    guard.pullFrom(kiosk);
    CHECK(guard.visits.find(visit.id)->state == Visit::State::CheckedOut);
    CHECK(guard.visits.onSiteCount() == 0);
    kiosk.pullFrom(guard);
    const Visit atKiosk = *kiosk.visits.find(visit.id);
    CHECK(atKiosk.state == Visit::State::CheckedOut);
    CHECK(atKiosk.checkoutHow == QStringLiteral("scan"));
    CHECK(atKiosk.checkedOutTerminal == guard.store.terminalId());
    CHECK(kiosk.visits.checkOut(visit.token, {}).outcome
        == CheckOutResult::Outcome::AlreadyCheckedOut);
}

TEST_CASE("a slip that is not one, or is forged, or from elsewhere, checks nobody out", "[visits]")
{
    Terminal kiosk;
    Terminal guard;
    Terminal otherSite(QStringLiteral("other-tower"));
    shareKey(kiosk.enrolKey(), QStringLiteral("Kiosk 1"), { &kiosk, &guard });
    shareKey(otherSite.enrolKey(), QStringLiteral("Elsewhere"), { &otherSite, &guard });
    const Visit visit = kiosk.visits.checkIn(walkIn(), {}).visit;
    const Visit foreign = otherSite.visits.checkIn(walkIn(), {}).visit;
    const qint64 before = guard.eventCount();

    QString flipped = visit.token;
    flipped[20] = flipped[20] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const struct
    {
        QString scanned;
        CheckOutResult::Outcome outcome;
        const char *says;
    } cases[] = {
        { QStringLiteral("https://example.com/"), CheckOutResult::Outcome::NotASlip,
            "not a LobbyDesk code" },
        { visit.token.left(40), CheckOutResult::Outcome::NotASlip, "damaged" },
        { flipped, CheckOutResult::Outcome::NotASlip, "" },
        { foreign.token, CheckOutResult::Outcome::NotASlip, "another building" },
        { QStringLiteral("V-20261122-0042"), CheckOutResult::Outcome::Unknown, "knows no visit" },
    };
    for (const auto &c : cases) {
        const CheckOutResult result = guard.visits.checkOut(c.scanned, {});
        CHECK(result.outcome == c.outcome);
        CHECK(result.message.contains(QString::fromUtf8(c.says)));
        CHECK(!result.message.isEmpty());
    }
    CHECK(guard.eventCount() == before);

    // What a terminal with one scanner makes of each code.
    CHECK(guard.visits.scanKind(visit.token) == ScanKind::VisitorSlip);
    CHECK(guard.visits.scanKind(QStringLiteral("V-20261122-0042")) == ScanKind::VisitorSlip);
    CHECK(guard.visits.scanKind(flipped) == ScanKind::Other);
    CHECK(guard.visits.scanKind(QStringLiteral("GP-20261122-0001")) == ScanKind::Other);

    // The typed number works once the guard knows the visit.
    guard.pullFrom(kiosk);
    CHECK(guard.visits.checkOut(QStringLiteral("v-20261122-0001"), {}).outcome
        == CheckOutResult::Outcome::CheckedOut);
}

TEST_CASE("an invitation checks the visitor in with no typing, once", "[visits]")
{
    Terminal desk;
    Terminal kiosk;
    shareKey(desk.enrolKey(), QStringLiteral("Desk"), { &desk, &kiosk });
    kiosk.enrolKey();
    VisitRequest visitor = walkIn(QStringLiteral("P-0012")); // Longmen: invitation only
    visitor.name = QStringLiteral("赵六");
    visitor.plate = QStringLiteral("粤B12345");
    const Invitation invitation
        = desk.visits.invite(visitor, kNow, kNow.addDays(2), QStringLiteral("S-001"));
    CHECK(invitation.token.startsWith(QStringLiteral("LD1:")));
    CHECK(invitation.token.size() < 400);

    // The kiosk has not synced the invitation: the token carries all it needs.
    const CheckInResult result = kiosk.visits.checkInWithInvitation(invitation.token, {});
    CHECK(result.outcome == CheckInResult::Outcome::Admitted);
    CHECK(result.visit.name == QStringLiteral("赵六"));
    CHECK(result.visit.via == QStringLiteral("invitation"));
    CHECK(result.visit.invitationId == invitation.id);
    CHECK(result.visit.plate == QStringLiteral("粤B12345"));
    CHECK(result.visit.hostName == QStringLiteral("周杰"));

    const qint64 before = kiosk.eventCount();
    const CheckInResult again = kiosk.visits.checkInWithInvitation(invitation.token, {});
    CHECK(again.outcome == CheckInResult::Outcome::AlreadyCheckedIn);
    CHECK(again.visit.id == result.visit.id);
    CHECK(kiosk.eventCount() == before);

    // Next day, after checking out, the same invitation admits again (a two-day window).
    kiosk.visits.checkOut(result.visit.token, {});
    kiosk.clock = kNow.addDays(1);
    CHECK(kiosk.visits.checkInWithInvitation(invitation.token, {}).outcome
        == CheckInResult::Outcome::Admitted);
}

TEST_CASE(
    "an invitation's typed code checks the visitor in once this kiosk has synced it", "[visits]")
{
    Terminal desk;
    Terminal kiosk;
    shareKey(desk.enrolKey(), QStringLiteral("Desk"), { &desk, &kiosk });
    kiosk.enrolKey();
    const Invitation invitation = desk.visits.invite(
        walkIn(QStringLiteral("P-0012")), kNow, kNow.addDays(1), QStringLiteral("S-001"));
    const QString code = invitationCode(invitation.id);
    CHECK(code.size() == 9);
    CHECK(code.at(4) == QLatin1Char('-'));
    CHECK(code == code.toUpper());
    CHECK(QString(code).remove(QLatin1Char('-')).toLower() == invitation.id.right(8));

    // Not synced yet: the kiosk says it does not know the code, and records nothing.
    const qint64 before = kiosk.eventCount();
    CHECK_THROWS_WITH(kiosk.visits.checkInWithInvitationCode(invitationCode(invitation.id), {}),
        Catch::Contains("does not know invitation") && Catch::Contains("scan its QR code"));
    CHECK_THROWS_WITH(kiosk.visits.checkInWithInvitationCode(QStringLiteral("12-34"), {}),
        Catch::Contains("8 letters and digits"));
    CHECK_THROWS_WITH(kiosk.visits.checkInWithInvitationCode(QStringLiteral("XYZW-1234"), {}),
        Catch::Contains("8 letters and digits"));
    CHECK(kiosk.eventCount() == before);

    kiosk.pullFrom(desk);
    // Lower case, no dash, spaces: the same code.
    const QString typed = QStringLiteral(" %1 %2 ")
                              .arg(invitation.id.right(8).left(4), invitation.id.right(4))
                              .toLower();
    const CheckInResult result = kiosk.visits.checkInWithInvitationCode(typed, {});
    CHECK(result.outcome == CheckInResult::Outcome::Admitted);
    CHECK(result.visit.invitationId == invitation.id);
    CHECK(result.visit.via == QStringLiteral("invitation"));
    CHECK(kiosk.visits.checkInWithInvitationCode(invitationCode(invitation.id), {}).outcome
        == CheckInResult::Outcome::AlreadyCheckedIn);

    // Cancelled or expired: the same refusals as a scan, nothing recorded.
    const Invitation cancelled
        = desk.visits.invite(walkIn(), kNow, kNow.addDays(1), QStringLiteral("S-001"));
    desk.visits.cancelInvitation(cancelled.id, QStringLiteral("S-001"));
    kiosk.pullFrom(desk);
    const qint64 after = kiosk.eventCount();
    CHECK_THROWS_WITH(kiosk.visits.checkInWithInvitationCode(invitationCode(cancelled.id), {}),
        Catch::Contains("cancelled"));
    kiosk.clock = kNow.addDays(3);
    const Invitation expired = invitation;
    CHECK_THROWS_WITH(kiosk.visits.checkInWithInvitationCode(invitationCode(expired.id), {}),
        Catch::Contains("expired"));
    CHECK(kiosk.eventCount() == after);
}

TEST_CASE("expired, early, forged, cancelled and other-site invitations are refused", "[visits]")
{
    Terminal desk;
    Terminal kiosk;
    Terminal otherSite(QStringLiteral("other-tower"));
    shareKey(desk.enrolKey(), QStringLiteral("Desk"), { &desk, &kiosk });
    shareKey(otherSite.enrolKey(), QStringLiteral("Elsewhere"), { &otherSite, &kiosk });
    const Invitation later
        = desk.visits.invite(walkIn(), kNow.addDays(3), kNow.addDays(4), QStringLiteral("S-001"));
    const Invitation soon
        = desk.visits.invite(walkIn(), kNow, kNow.addSecs(3600), QStringLiteral("S-001"));
    const Invitation cancelled
        = desk.visits.invite(walkIn(), kNow, kNow.addDays(1), QStringLiteral("S-001"));
    desk.visits.cancelInvitation(cancelled.id, QStringLiteral("S-001"));
    kiosk.pullFrom(desk);
    const Invitation foreign
        = otherSite.visits.invite(walkIn(), kNow, kNow.addDays(1), QStringLiteral("S-9"));
    QString forged = soon.token;
    forged[30] = forged[30] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');

    kiosk.clock = kNow.addSecs(2 * 3600);
    const qint64 before = kiosk.eventCount();
    const struct
    {
        QString scanned;
        const char *says;
    } cases[] = {
        { later.token, "valid from" },
        { soon.token, "expired" },
        { cancelled.token, "cancelled" },
        { foreign.token, "another building" },
        { forged, "" },
        { QStringLiteral("hello"), "not a LobbyDesk code" },
    };
    for (const auto &c : cases) {
        INFO(c.says);
        CHECK_THROWS_WITH(
            kiosk.visits.checkInWithInvitation(c.scanned, {}), Catch::Contains(c.says));
    }
    CHECK(kiosk.eventCount() == before);

    CHECK_THROWS_WITH(desk.visits.invite(walkIn(), kNow, kNow.addDays(40), {}),
        Catch::Contains("at most 31 days"));
    CHECK_THROWS_WITH(desk.visits.invite(walkIn(), kNow.addDays(-3), kNow.addDays(-2), {}),
        Catch::Contains("already over"));
    Terminal unenrolled;
    CHECK_THROWS_WITH(
        unenrolled.visits.invite(walkIn(), kNow, kNow.addDays(1), {}), Catch::Contains("enrolled"));
}

TEST_CASE("visits still open at the end of the day are closed and flagged", "[visits]")
{
    Terminal kiosk;
    kiosk.enrolKey();
    const Visit early = kiosk.visits.checkIn(walkIn(), {}).visit;
    const Visit left = kiosk.visits.checkIn(walkIn(), {}).visit;
    kiosk.visits.checkOut(left.token, {});
    CHECK(kiosk.visits.closeEndOfDay() == 0);

    kiosk.clock = early.validUntil.addSecs(60);
    const Visit late = kiosk.visits.checkIn(walkIn(), {}).visit; // after 23:00: next day's
    CHECK(kiosk.visits.closeEndOfDay() == 1);
    CHECK(kiosk.visits.closeEndOfDay() == 0);
    const Visit closed = *kiosk.visits.find(early.id);
    CHECK(closed.state == Visit::State::CheckedOut);
    CHECK(closed.autoClosed());
    CHECK(kiosk.visits.find(late.id)->state == Visit::State::OnSite);
    CHECK(kiosk.visits.find(left.id)->checkoutHow == QStringLiteral("scan"));
    const CheckOutResult scanned = kiosk.visits.checkOut(early.token, {});
    CHECK(scanned.outcome == CheckOutResult::Outcome::AlreadyCheckedOut);
    CHECK(scanned.message.contains(QStringLiteral("end of the day")));
}

TEST_CASE("one rating per visit; the desk sees the daily satisfaction rate", "[visits]")
{
    Terminal kiosk;
    kiosk.enrolKey();
    for (int day = 0; day < 2; ++day) {
        kiosk.clock = kNow.addDays(day);
        for (int i = 0; i < 10; ++i) {
            const Visit visit = kiosk.visits.checkIn(walkIn(), {}).visit;
            kiosk.visits.checkOut(visit.token, {});
            // Day 1: 9 of 10 satisfied; day 2: 8 of 10.
            kiosk.visits.rate(visit.id, i < (day == 0 ? 9 : 8));
            if (i == 0)
                CHECK_THROWS_WITH(
                    kiosk.visits.rate(visit.id, false), Catch::Contains("already rated"));
        }
    }
    const QList<SatisfactionDay> days = kiosk.visits.satisfaction(3);
    REQUIRE(days.size() == 3);
    CHECK(days[0].responses == 0);
    CHECK(days[1].satisfied == 9);
    CHECK(days[1].responses == 10);
    CHECK(!days[1].belowTarget());
    CHECK(days[2].rate() == Approx(0.8));
    CHECK(days[2].belowTarget());
}

TEST_CASE("the desk's lists: today, on site, search", "[visits]")
{
    Terminal kiosk;
    kiosk.enrolKey();
    VisitRequest zhang = walkIn();
    zhang.name = QStringLiteral("张伟");
    zhang.phone = QStringLiteral("13800138000");
    const Visit first = kiosk.visits.checkIn(zhang, {}).visit;
    const Visit second = kiosk.visits.checkIn(walkIn(QStringLiteral("P-0006")), {}).visit;
    kiosk.visits.checkOut(second.id.isEmpty() ? QString() : second.number, {});
    CHECK(kiosk.visits.list(VisitList::Today).size() == 2);
    CHECK(kiosk.visits.list(VisitList::OnSite).size() == 1);
    CHECK(kiosk.visits.list(VisitList::Today, QStringLiteral("张")).first().id == first.id);
    CHECK(kiosk.visits.list(VisitList::Today, QStringLiteral("0013 8000")).first().id == first.id);
    CHECK(kiosk.visits.list(VisitList::Today, QStringLiteral("acme")).size() == 1);
    CHECK(kiosk.visits.list(VisitList::Today, QStringLiteral("nobody")).isEmpty());
    CHECK(kiosk.visits.checkOutVisit(first.id, QStringLiteral("S-001")).outcome
        == CheckOutResult::Outcome::CheckedOut);
    CHECK(kiosk.visits.find(first.id)->checkoutHow == QStringLiteral("desk"));
    kiosk.clock = kNow.addDays(1);
    CHECK(kiosk.visits.list(VisitList::Today).isEmpty());
    CHECK(kiosk.visits.list(VisitList::All).size() == 2);
}

TEST_CASE("a cancelled invitation stays cancelled however many came after it", "[visits]")
{
    Terminal desk;
    desk.enrolKey();
    const Invitation first = desk.visits.invite(walkIn(), kNow, kNow.addDays(2), {});
    desk.visits.cancelInvitation(first.id, {});
    desk.clock = kNow.addSecs(60); // the later ones start later: the first is the oldest
    for (int i = 0; i < 500; ++i)
        desk.visits.invite(walkIn(), desk.clock, kNow.addDays(2), {});
    REQUIRE(desk.visits.findInvitation(first.id).has_value());
    CHECK(desk.visits.findInvitation(first.id)->cancelledAt.isValid());
    CHECK_THROWS_WITH(
        desk.visits.checkInWithInvitation(first.token, {}), Catch::Contains("cancelled"));
}
