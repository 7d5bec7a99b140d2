// The goods-release pass service (docs/goods-passes.md) over real stores: a desk that issues,
// guard terminals that verify offline, and events carried between them as the hub would.
#include "catchqstring.h"
#include "core/error.h"
#include "core/eventhash.h"
#include "core/signing.h"
#include "directory/directorycsv.h"
#include "services/goodspasses.h"
#include "services/projections.h"
#include "siteterminal.h"
#include "store/store.h"
#include "store/writetransaction.h"
#include "sync/hublink.h"
#include "tempdatadir.h"

#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

const QDateTime kNow = SiteTerminal::start();

// A terminal of the site with its goods pass service.
struct Terminal : SiteTerminal
{
    using SiteTerminal::SiteTerminal;
    GoodsPasses passes { store.events(),
        GoodsPasses::Options { [this] { return clock; }, std::chrono::hours(12) } };
};

GoodsPassRequest moveOutRequest()
{
    GoodsPassRequest request;
    request.unit = QStringLiteral("1201");
    request.applicantId = QStringLiteral("P-0001"); // 张三, owner and signatory of 1201
    request.carrierName = QStringLiteral("Li Wei");
    request.carrierPhone = QStringLiteral("138 1234 5678");
    request.carrierIdLast4 = QStringLiteral("123x");
    request.items = { { QStringLiteral("Office chair"), 4, QStringLiteral("pcs") },
        { QStringLiteral("Archive boxes"), 12, QStringLiteral("boxes") },
        { QStringLiteral("Printer paper"), 7.5, QStringLiteral("kg") } };
    request.validFrom = kNow;
    request.validUntil = kNow.addSecs(8 * 3600);
    request.plate = QStringLiteral("粤B·12345");
    request.reason = QStringLiteral("move-out");
    request.via = QStringLiteral("desk");
    return request;
}

QStringList fieldsOf(const QList<FieldProblem> &problems)
{
    QStringList fields;
    for (const FieldProblem &problem : problems)
        fields.append(problem.field);
    return fields;
}

} // namespace

TEST_CASE("a goods pass request is validated field by field", "[goodspass]")
{
    Terminal desk;
    const auto problemsWith = [&desk](const std::function<void(GoodsPassRequest &)> &change) {
        GoodsPassRequest request = moveOutRequest();
        change(request);
        return fieldsOf(desk.passes.problems(request));
    };
    CHECK(problemsWith([](GoodsPassRequest &) {}).isEmpty());
    CHECK(problemsWith([](GoodsPassRequest &r) { r.items[0].quantity = 0; })
        == QStringList { "item.0.quantity" });
    CHECK(problemsWith([](GoodsPassRequest &r) { r.items[1].quantity = -3; })
        == QStringList { "item.1.quantity" });
    CHECK(problemsWith([](GoodsPassRequest &r) { r.items[0].quantity = 1.5; })
        == QStringList { "item.0.quantity" });
    CHECK(problemsWith([](GoodsPassRequest &r) { r.items[2].name = QStringLiteral("   "); })
        == QStringList { "item.2.name" });
    CHECK(problemsWith([](GoodsPassRequest &r) {
        r.items[0].unitOfMeasure = QStringLiteral("tonnes");
    }) == QStringList { "item.0.uom" });
    CHECK(problemsWith([](GoodsPassRequest &r) { r.items.clear(); }) == QStringList { "items" });
    CHECK(problemsWith([](GoodsPassRequest &r) {
        r.items = QList<GoodsItem>(200, { QStringLiteral("Chair"), 1, QStringLiteral("pcs") });
    }) == QStringList { "items" });
    CHECK(problemsWith([](GoodsPassRequest &r) { r.validUntil = r.validFrom.addSecs(-60); })
        == QStringList { "valid_until" });
    CHECK(problemsWith([](GoodsPassRequest &r) { r.validUntil = r.validFrom.addDays(20); })
        == QStringList { "valid_until" });
    CHECK(problemsWith([](GoodsPassRequest &r) {
        r.validFrom = kNow.addDays(-2);
        r.validUntil = kNow.addDays(-1);
    }) == QStringList { "valid_until" });
    CHECK(problemsWith([](GoodsPassRequest &r) { r.carrierPhone = QStringLiteral("call me"); })
        == QStringList { "carrier_phone" });
    CHECK(problemsWith([](GoodsPassRequest &r) { r.carrierIdLast4 = QStringLiteral("12"); })
        == QStringList { "carrier_id_last4" });
    CHECK(problemsWith([](GoodsPassRequest &r) { r.carrierName = QString(41, u'A'); })
        == QStringList { "carrier_name" });
    CHECK(problemsWith([](GoodsPassRequest &r) { r.plate = QStringLiteral("!!"); })
        == QStringList { "plate" });
    CHECK(problemsWith([](GoodsPassRequest &r) { r.returnable = true; })
        == QStringList { "expected_return" });
    CHECK(problemsWith([](GoodsPassRequest &r) { r.reason = QStringLiteral("other"); })
        == QStringList { "reason_note" });
    CHECK(problemsWith([](GoodsPassRequest &r) { r.unit = QStringLiteral("9999"); })
        == QStringList { "unit" });

    // Nothing is recorded for a refused request.
    GoodsPassRequest bad = moveOutRequest();
    bad.items[0].quantity = 0;
    const qint64 before = desk.store.events().eventCount();
    CHECK_THROWS_AS(desk.passes.request(bad, QStringLiteral("desk clerk")), Error);
    CHECK(desk.store.events().eventCount() == before);
    CHECK(desk.passes.list(GoodsPassList::All).isEmpty());
}

TEST_CASE("the desk approves a request into a numbered, signed pass", "[goodspass]")
{
    Terminal desk;
    const SigningKeyPair keys = desk.enrolKey();
    shareKey(keys, QStringLiteral("Front desk"), { &desk });

    const GoodsPass requested = desk.passes.request(moveOutRequest(), QStringLiteral("clerk"));
    CHECK(requested.state == GoodsPass::State::Pending);
    CHECK(requested.request.applicantName == u"张三");
    CHECK(requested.request.carrierPhone == u"+8613812345678");
    CHECK(requested.request.plate == u"粤B12345");
    CHECK(desk.passes.list(GoodsPassList::Pending).size() == 1);

    const QList<ApprovalCheck> checks = desk.passes.approvalChecks(requested.id);
    REQUIRE(checks.size() == 3);
    CHECK(checks[0].key == u"entitled");
    CHECK(checks[0].outcome == ApprovalCheck::Outcome::Pass);
    CHECK(checks[1].key == u"arrears");
    CHECK(checks[2].key == u"window");

    const GoodsPass pass = desk.passes.approve(requested.id, QStringLiteral("clerk"));
    CHECK(pass.state == GoodsPass::State::Approved);
    CHECK(pass.number == u"GP-20261122-0001");
    CHECK(pass.token.startsWith(QStringLiteral("LD1:")));
    CHECK_THROWS_AS(desk.passes.approve(requested.id, QStringLiteral("clerk")), Error);

    const GoodsPass second = desk.passes.approve(
        desk.passes.request(moveOutRequest(), QStringLiteral("clerk")).id, QStringLiteral("clerk"));
    CHECK(second.number == u"GP-20261122-0002");
    CHECK(desk.passes.list(GoodsPassList::Issued).size() == 2);
    CHECK(desk.passes.list(GoodsPassList::Issued, QStringLiteral("0002")).size() == 1);
    CHECK(desk.passes.list(GoodsPassList::Issued, QStringLiteral("粤b 12345")).size() == 2);
    CHECK(desk.passes.list(GoodsPassList::Issued, QStringLiteral("1202")).isEmpty());
}

TEST_CASE("approval checks refuse an applicant who is not entitled", "[goodspass]")
{
    Terminal desk;
    desk.enrolKey();
    GoodsPassRequest byEmployee = moveOutRequest();
    byEmployee.applicantId = QStringLiteral("P-0002"); // 李娜, employee of 1201
    const GoodsPass employee = desk.passes.request(byEmployee, QStringLiteral("clerk"));
    CHECK(desk.passes.approvalChecks(employee.id).first().outcome == ApprovalCheck::Outcome::Fail);
    CHECK_THROWS_AS(desk.passes.approve(employee.id, QStringLiteral("clerk")), Error);
    CHECK(desk.passes.find(employee.id)->state == GoodsPass::State::Pending);

    // A signatory who is not the owner moves out: only with the owner's consent noted.
    GoodsPassRequest bySignatory = moveOutRequest();
    bySignatory.unit = QStringLiteral("1203");
    bySignatory.applicantId = QStringLiteral("P-0004");
    const GoodsPass signatory = desk.passes.request(bySignatory, QStringLiteral("clerk"));
    CHECK(desk.passes.approvalChecks(signatory.id)[1].key == u"consent");
    CHECK_THROWS_AS(desk.passes.approve(signatory.id, QStringLiteral("clerk")), Error);
    const GoodsPass approved = desk.passes.approve(
        signatory.id, QStringLiteral("clerk"), QStringLiteral("owner's letter seen"));
    CHECK(approved.decisionNote == u"owner's letter seen");

    const GoodsPass rejected
        = desk.passes.reject(employee.id, QStringLiteral("clerk"), QStringLiteral("not entitled"));
    CHECK(rejected.state == GoodsPass::State::Rejected);
    CHECK_THROWS_AS(
        desk.passes.reject(signatory.id, QStringLiteral("clerk"), QStringLiteral("x")), Error);
}

TEST_CASE("a guard terminal verifies a pass offline and consumes it once", "[goodspass]")
{
    Terminal desk;
    Terminal guard;
    const SigningKeyPair keys = desk.enrolKey();
    shareKey(keys, QStringLiteral("Front desk"), { &desk, &guard });
    const GoodsPass pass = desk.passes.approve(
        desk.passes.request(moveOutRequest(), QStringLiteral("clerk")).id, QStringLiteral("clerk"));

    // The guard has the keys but not the request: valid, items unknown (the slip lists them).
    PassVerdict verdict = guard.passes.verify(pass.token);
    CHECK(verdict.colour == PassVerdict::Colour::Green);
    CHECK(verdict.signer == u"Front desk");
    CHECK(verdict.number == pass.number);
    CHECK(verdict.itemCount == 3);
    CHECK_FALSE(verdict.itemsKnown);
    CHECK(guard.passes.verify(pass.number).reason == PassVerdict::Reason::UnknownNumber);

    guard.pullFrom(desk);
    verdict = guard.passes.verify(pass.token);
    CHECK(verdict.itemsKnown);
    CHECK(verdict.items == pass.request.items);
    CHECK(guard.passes.verify(QStringLiteral(" gp-20261122-0001 ")).colour
        == PassVerdict::Colour::Green);

    // Partial release needs a note; more than listed is refused.
    QList<GoodsItem> released = pass.request.items;
    released[1].quantity = 10;
    CHECK_THROWS_AS(
        guard.passes.consume(pass.token, released, {}, QStringLiteral("guard Wu")), Error);
    released[1].quantity = 13;
    CHECK_THROWS_AS(
        guard.passes.consume(pass.token, released, QStringLiteral("x"), QStringLiteral("guard Wu")),
        Error);
    released[1].quantity = 10;
    const GoodsPassUse use = guard.passes.consume(
        pass.token, released, QStringLiteral("2 boxes stay"), QStringLiteral("guard Wu"));
    CHECK(use.partial);

    verdict = guard.passes.verify(pass.token);
    CHECK(verdict.reason == PassVerdict::Reason::AlreadyUsed);
    CHECK(verdict.message.contains(QStringLiteral("guard Wu")));
    CHECK_THROWS_AS(
        guard.passes.consume(pass.token, pass.request.items, {}, QStringLiteral("guard Wu")),
        Error);
    CHECK(guard.passes.list(GoodsPassList::Used).size() == 1);

    // A revoked pass at the desk cannot be revoked once used, once the use is known.
    desk.pullFrom(guard);
    CHECK_THROWS_AS(
        desk.passes.revoke(pass.id, QStringLiteral("clerk"), QStringLiteral("changed mind")),
        Error);
}

TEST_CASE("each bad pass gets its own red reason", "[goodspass]")
{
    Terminal desk;
    Terminal guard;
    Terminal otherSite(QStringLiteral("other-tower"));
    const SigningKeyPair keys = desk.enrolKey();
    shareKey(keys, QStringLiteral("Front desk"), { &desk, &guard });
    const auto issue = [&desk](const std::function<void(GoodsPassRequest &)> &change) {
        GoodsPassRequest request = moveOutRequest();
        change(request);
        return desk.passes.approve(
            desk.passes.request(request, QStringLiteral("clerk")).id, QStringLiteral("clerk"));
    };
    const GoodsPass pass = issue([](GoodsPassRequest &) {});
    using R = PassVerdict::Reason;
    const auto reasonFor
        = [&guard](const QString &text) { return guard.passes.verify(text).reason; };

    QString flipped = pass.token;
    flipped[20] = flipped[20] == u'A' ? u'B' : u'A';
    const R flippedReason = reasonFor(flipped);
    CHECK((flippedReason == R::BadSignature || flippedReason == R::Damaged));
    CHECK(reasonFor(pass.token.left(pass.token.size() / 2)) == R::Damaged);
    CHECK(reasonFor(QStringLiteral("https://example.com/")) == R::NotAToken);
    CHECK(reasonFor(QString()) == R::NotAToken);

    // Another site's desk, unknown here.
    Terminal foreignDesk(QStringLiteral("other-tower"));
    const SigningKeyPair foreignKeys = foreignDesk.enrolKey();
    shareKey(foreignKeys, QStringLiteral("Other desk"), { &foreignDesk });
    const GoodsPass foreign = foreignDesk.passes.approve(
        foreignDesk.passes.request(moveOutRequest(), QStringLiteral("clerk")).id,
        QStringLiteral("clerk"));
    CHECK(reasonFor(foreign.token) == R::UnknownKey);
    // A site that knows the desk's key (shared by mistake) still refuses another site's pass.
    CHECK(otherSite.passes.verify(pass.token).reason == R::UnknownKey);
    shareKey(keys, QStringLiteral("Front desk"), { &otherSite });
    CHECK(otherSite.passes.verify(pass.token).reason == R::OtherSite);

    guard.clock = kNow.addDays(1);
    CHECK(reasonFor(pass.token) == R::Expired);
    guard.clock = kNow;
    const GoodsPass tomorrow = issue([](GoodsPassRequest &r) {
        r.validFrom = kNow.addDays(1);
        r.validUntil = kNow.addDays(2);
    });
    CHECK(reasonFor(tomorrow.token) == R::NotYetValid);

    const GoodsPass revoked = issue([](GoodsPassRequest &) {});
    desk.passes.revoke(revoked.id, QStringLiteral("clerk"), QStringLiteral("tenant cancelled"));
    guard.pullFrom(desk);
    const PassVerdict revokedVerdict = guard.passes.verify(revoked.token);
    CHECK(revokedVerdict.reason == R::Revoked);
    CHECK(revokedVerdict.message.contains(QStringLiteral("tenant cancelled")));

    hubEvent(QStringLiteral("site.terminal.revoked"),
        { { QStringLiteral("terminal"), QStringLiteral("Front desk") },
            { QStringLiteral("key_id"), signingKeyId(keys.publicKey) } },
        { &guard });
    CHECK(reasonFor(pass.token) == R::RevokedKey);

    // Stale sync: amber, still acceptable.
    Terminal lateGuard;
    shareKey(keys, QStringLiteral("Front desk"), { &lateGuard });
    lateGuard.markSynced(kNow.addSecs(-20 * 3600));
    const PassVerdict stale = lateGuard.passes.verify(pass.token);
    CHECK(stale.colour == PassVerdict::Colour::Amber);
    CHECK(stale.hoursSinceSync == 20);
    CHECK(stale.acceptable());
}

TEST_CASE("two offline guards accept one pass; the desk sees both uses as an alert", "[goodspass]")
{
    Terminal desk;
    Terminal gateA;
    Terminal gateB;
    const SigningKeyPair keys = desk.enrolKey();
    shareKey(keys, QStringLiteral("Front desk"), { &desk, &gateA, &gateB });
    const GoodsPass pass = desk.passes.approve(
        desk.passes.request(moveOutRequest(), QStringLiteral("clerk")).id, QStringLiteral("clerk"));
    gateA.pullFrom(desk);
    gateB.pullFrom(desk);

    gateA.passes.consume(pass.token, pass.request.items, {}, QStringLiteral("guard A"));
    gateB.clock = kNow.addSecs(600);
    gateB.passes.consume(pass.token, pass.request.items, {}, QStringLiteral("guard B"));
    CHECK(desk.passes.alertCount() == 0);

    desk.pullFrom(gateA);
    CHECK(desk.passes.alertCount() == 0);
    desk.pullFrom(gateB);
    CHECK(desk.passes.alertCount() == 1);
    const QList<GoodsPass> alerts = desk.passes.list(GoodsPassList::Alerts);
    REQUIRE(alerts.size() == 1);
    REQUIRE(alerts.first().uses.size() == 2);
    CHECK(alerts.first().uses[0].guard == u"guard A");
    CHECK(alerts.first().uses[1].guard == u"guard B");
    // Pulled again (a retried feed page): still two uses.
    desk.pullFrom(gateB);
    CHECK(desk.passes.find(pass.id)->uses.size() == 2);
}
