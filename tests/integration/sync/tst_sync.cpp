// Terminals and a real lobbydesk-hub process on loopback: push, pull, idempotency, bad
// requests, enrolment misuse, a killed hub, a faulty network, a long offline spell.
#include "core/signing.h"
#include "core/wireevent.h"
#include "directory/directorysearch.h"
#include "faultproxy.h"
#include "hub/hubadmin.h"
#include "hubfixture.h"
#include "store/sqlerror.h"
#include "sync/hubclient.h"
#include "sync/hublink.h"
#include "testterminal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <catch2/catch.hpp>
#include <set>

using namespace lobbydesk;

namespace {

QString code(HubFixture &hub, const QString &site = QStringLiteral("harbour"))
{
    return HubAdmin(hub.db()).createEnrolmentCode(site, std::chrono::hours(1));
}

void createSite(HubFixture &hub, const QString &site = QStringLiteral("harbour"))
{
    HubAdmin(hub.db()).createSite(site, QStringLiteral("Harbour Tower 海港大厦"));
}

QString token(TestTerminal &terminal)
{
    return readHubLink(terminal.store().sql())->token;
}

// Every event the hub holds for a terminal is there once, in order, with no hole.
void checkHubHasExactly(HubFixture &hub, const QString &terminalId, qint64 events)
{
    const QString where = QStringLiteral(" FROM events WHERE terminal_id = '%1'").arg(terminalId);
    CHECK(hub.count(QStringLiteral("SELECT count(*)") + where) == events);
    CHECK(hub.count(QStringLiteral("SELECT count(DISTINCT id)") + where) == events);
    CHECK(hub.count(QStringLiteral("SELECT coalesce(max(seq), 0)") + where) == events);
    CHECK(hub.count(QStringLiteral("SELECT count(*)") + where
              + QStringLiteral(" AND refused IS NOT NULL"))
        == 0);
}

HubReply rawRequest(const QString &url, const QByteArray &method, const QByteArray &body,
    const QByteArray &contentType, const QByteArray &authorization)
{
    QNetworkAccessManager network;
    QNetworkRequest request { QUrl(url) };
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HubReply answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return answer;
}

} // namespace

TEST_CASE("two terminals and a hub converge")
{
    HubFixture hub;
    createSite(hub);
    TestTerminal desk(Role::Desk), guard(Role::Guard);
    desk.addNotes(40, QStringLiteral("before enrolment")); // recorded offline, sent later
    desk.enrol(hub.url(), code(hub));
    guard.enrol(hub.url(), code(hub));
    desk.addNotes(10, QStringLiteral("desk"));
    guard.addNotes(30, QStringLiteral("guard"));

    REQUIRE(desk.round().ok);
    const SyncRound guardRound = guard.round();
    REQUIRE(guardRound.ok);
    CHECK(guardRound.pushed == 30);
    CHECK(guardRound.pulled >= 50); // the desk's notes, plus the hub's key events
    REQUIRE(desk.round().ok); // now the guard's
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM desk_notes")) == 80);
    CHECK(guard.count(QStringLiteral("SELECT count(*) FROM desk_notes")) == 80);
    CHECK(desk.store().events().outboxCount() == 0);
    // Each knows the other's public key (for pass tokens), from the hub's feed.
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM site_keys")) == 2);
    CHECK(guard.count(QStringLiteral("SELECT count(*) FROM site_keys")) == 2);
    checkHubHasExactly(hub, desk.id(), 50);
    checkHubHasExactly(hub, guard.id(), 30);
    CHECK(hub.count(QStringLiteral("SELECT count(*) FROM desk_notes")) == 80);
    for (const ChainReport &report : guard.store().events().verifyAll())
        CHECK(report.ok());
    // Nothing more to do: a further round moves nothing.
    const SyncRound idle = guard.round();
    CHECK((idle.ok && idle.pushed == 0 && idle.pulled == 0));
}

TEST_CASE("a replayed batch changes nothing and a batch with a gap stores nothing")
{
    HubFixture hub;
    createSite(hub);
    TestTerminal desk;
    desk.enrol(hub.url(), code(hub));
    desk.addNotes(5);
    QJsonArray batch;
    for (const Event &event : desk.store().events().outbox(5))
        batch.append(eventToWire(event));
    HubClient client(hub.url(), token(desk), {});
    const HubReply first
        = client.post(QStringLiteral("/v1/events"), { { QStringLiteral("events"), batch } });
    REQUIRE(first.status == 200);
    // The answer was "lost": the terminal sends the same batch again.
    const HubReply again
        = client.post(QStringLiteral("/v1/events"), { { QStringLiteral("events"), batch } });
    REQUIRE(again.status == 200);
    CHECK(first.body.value(QStringLiteral("stored")).toInt() == 5);
    CHECK(again.body.value(QStringLiteral("duplicate")).toInt() == 5);
    CHECK(again.body.value(QStringLiteral("stored")).toInt() == 0);
    CHECK(again.body.value(QStringLiteral("refused")).toArray().isEmpty());
    CHECK(again.body.value(QStringLiteral("last_seq")).toInt() == 5);
    checkHubHasExactly(hub, desk.id(), 5);

    desk.addNotes(5);
    QJsonArray gap;
    for (const Event &event : desk.store().events().outbox(10)) {
        if (event.seq >= 8)
            gap.append(eventToWire(event));
    }
    const HubReply refused
        = client.post(QStringLiteral("/v1/events"), { { QStringLiteral("events"), gap } });
    CHECK(refused.status == 409);
    CHECK(refused.errorCode() == QStringLiteral("sequence_gap"));
    CHECK(refused.body.value(QStringLiteral("expected_seq")).toInteger() == 6);
    checkHubHasExactly(hub, desk.id(), 5);
    REQUIRE(desk.round().ok); // the engine sends 1-10; 1-5 are duplicates
    checkHubHasExactly(hub, desk.id(), 10);
}

TEST_CASE("bad requests get a 4xx with a reason and store nothing")
{
    HubFixture hub;
    createSite(hub);
    TestTerminal desk;
    desk.enrol(hub.url(), code(hub));
    const QByteArray bearer = "Bearer " + token(desk).toLatin1();
    const QString events = hub.url() + QStringLiteral("/v1/events");
    const qint64 before = hub.count(QStringLiteral("SELECT count(*) FROM events"));
    struct Case
    {
        const char *what;
        QString url;
        QByteArray method, body, type, auth;
        int status;
        const char *code;
    };
    const QByteArray big(9 * 1024 * 1024, 'x');
    const std::vector<Case> cases {
        { "malformed JSON", events, "POST", "{\"events\": [", "application/json", bearer, 400,
            "malformed_json" },
        { "no token", events, "POST", "{\"events\": []}", "application/json", {}, 401,
            "missing_token" },
        { "a wrong token", events, "POST", "{\"events\": []}", "application/json",
            "Bearer ldt_nope", 401, "unknown_token" },
        { "not JSON", events, "POST", "events=1", "application/x-www-form-urlencoded", bearer, 415,
            "unsupported_media_type" },
        { "an oversized body", events, "POST", big, "application/json", bearer, 413,
            "body_too_large" },
        { "events not a list", events, "POST", "{\"events\": 3}", "application/json", bearer, 400,
            "invalid_request" },
        { "an event without id", events, "POST", "{\"events\": [{\"seq\": 1}]}", "application/json",
            bearer, 400, "invalid_event" },
        { "GET on push", events, "GET", {}, {}, bearer, 405, "method_not_allowed" },
        { "an unknown endpoint", hub.url() + QStringLiteral("/v1/nothing"), "GET", {}, {}, bearer,
            404, "not_found" },
        { "a negative cursor", hub.url() + QStringLiteral("/v1/feed?after=-4"), "GET", {}, {},
            bearer, 400, "invalid_request" },
        { "enrolment without a code", hub.url() + QStringLiteral("/v1/enrol"), "POST", "{}",
            "application/json", {}, 400, "invalid_request" },
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const HubReply reply = rawRequest(c.url, c.method, c.body, c.type, c.auth);
        CHECK(reply.status == c.status);
        CHECK(reply.errorCode() == QString::fromLatin1(c.code));
        CHECK_FALSE(reply.body.value(QStringLiteral("message")).toString().isEmpty());
    }
    CHECK(hub.count(QStringLiteral("SELECT count(*) FROM events")) == before);
    // And the hub still serves.
    desk.addNotes(1);
    CHECK(desk.round().ok);
}

TEST_CASE("an event the hub refuses for good is parked with its reason and the queue moves on")
{
    HubFixture hub;
    createSite(hub);
    TestTerminal desk;
    desk.enrol(hub.url(), code(hub));
    desk.addNotes(2);
    // A newer terminal's event type this hub does not know.
    desk.store().events().record({ QStringLiteral("visit.teleported"),
        QJsonObject { { QStringLiteral("to"), QStringLiteral("Mars") } }, {}, {} });
    desk.addNotes(2);
    const SyncRound round = desk.round();
    REQUIRE(round.ok);
    CHECK(round.pushed == 4);
    CHECK(round.parked == 1);
    CHECK(desk.store().events().outboxCount() == 0);
    QSqlQuery parked = runSql(desk.store().sql(),
        QStringLiteral("SELECT type, reason FROM parked_events"), QStringLiteral("test"));
    REQUIRE(parked.next());
    CHECK(parked.value(0).toString() == QStringLiteral("visit.teleported"));
    CHECK(parked.value(1).toString().contains(QStringLiteral("unknown event type")));
    // Kept by the hub as refused (its sequence stays whole), never applied or sent down.
    CHECK(hub.count(QStringLiteral("SELECT count(*) FROM events WHERE refused IS NOT NULL")) == 1);
    CHECK(hub.count(
              QStringLiteral("SELECT max(seq) FROM events WHERE terminal_id = '%1'").arg(desk.id()))
        == 5);
    TestTerminal guard(Role::Guard);
    guard.enrol(hub.url(), code(hub));
    REQUIRE(guard.round().ok);
    CHECK(guard.count(QStringLiteral("SELECT count(*) FROM events WHERE type = 'visit.teleported'"))
        == 0);
    CHECK(guard.count(QStringLiteral("SELECT count(*) FROM desk_notes")) == 4);
    // The desk's chain at the guard has a hole where the hub refused: each run still verifies.
    for (const ChainReport &report : guard.store().events().verifyAll()) {
        INFO(report.problem.toStdString());
        CHECK(report.ok());
    }
    // Sent again (as after a lost answer), a refused event is refused again, not "duplicate".
    std::optional<Event> teleported;
    desk.store().events().forEach([&teleported](const Event &event) {
        if (event.type == QStringLiteral("visit.teleported"))
            teleported = event;
        return !teleported;
    });
    REQUIRE(teleported);
    HubClient client(hub.url(), token(desk), {});
    const HubReply resent = client.post(QStringLiteral("/v1/events"),
        { { QStringLiteral("events"), QJsonArray { eventToWire(*teleported) } } });
    REQUIRE(resent.status == 200);
    const QJsonArray refused = resent.body.value(QStringLiteral("refused")).toArray();
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().toObject().value(QStringLiteral("seq")).toInt() == teleported->seq);
    CHECK(resent.body.value(QStringLiteral("duplicate")).toInt() == 0);
}

TEST_CASE(
    "enrolment misuse: a reused code, an unknown or expired code, a revoked terminal, another site")
{
    HubFixture hub;
    createSite(hub);
    createSite(hub, QStringLiteral("riverside"));
    const QString once = code(hub);
    TestTerminal desk, second, third;
    desk.enrol(hub.url(), once);
    CHECK_THROWS_WITH(second.enrol(hub.url(), once), Catch::Contains("already used"));
    CHECK_THROWS_WITH(second.enrol(hub.url(), QStringLiteral("AAAA-BBBB-CCCC")),
        Catch::Contains("does not exist"));
    CHECK_THROWS_WITH(second.enrol(hub.url(), QStringLiteral("not a code")),
        Catch::Contains("not an enrolment code"));
    const QString stale = code(hub);
    hub.db().run(QStringLiteral("UPDATE enrolment_codes SET expires_at = "
                                "'2020-01-01T00:00:00.000Z' WHERE used_at IS NULL"),
        QStringLiteral("test"));
    CHECK_THROWS_WITH(second.enrol(hub.url(), stale), Catch::Contains("expired"));
    CHECK_FALSE(readHubLink(second.store().sql()).has_value()); // nothing stored on failure
    CHECK_THROWS_WITH(desk.enrol(hub.url(), code(hub)), Catch::Contains("already enrolled"));

    // A terminal of another site can neither write this site's events nor read its feed.
    third.enrol(hub.url(), code(hub, QStringLiteral("riverside")));
    desk.addNotes(3, QStringLiteral("harbour only"));
    REQUIRE(desk.round().ok);
    QJsonArray stolen;
    desk.addNotes(1);
    for (const Event &event : desk.store().events().outbox(1))
        stolen.append(eventToWire(event));
    HubClient intruder(hub.url(), token(third), {});
    const HubReply refused
        = intruder.post(QStringLiteral("/v1/events"), { { QStringLiteral("events"), stolen } });
    CHECK(refused.status == 403);
    CHECK(refused.errorCode() == QStringLiteral("terminal_mismatch"));
    REQUIRE(third.round().ok);
    CHECK(third.count(QStringLiteral("SELECT count(*) FROM desk_notes")) == 0);
    CHECK(third.count(QStringLiteral("SELECT count(*) FROM site_keys")) == 1); // its own only

    // Nobody can enrol again in the desk's name without its secret key, even holding the used
    // code, its terminal id and its public key (all three are no secret after enrolment).
    const SigningKeyPair impostor = generateSigningKeyPair();
    const QByteArray deskKey = readSigningKey(desk.store().sql())->publicKey;
    const QJsonObject claim { { QStringLiteral("code"), once },
        { QStringLiteral("terminal"), desk.id() },
        { QStringLiteral("name"), QStringLiteral("impostor") },
        { QStringLiteral("role"), QStringLiteral("desk") },
        { QStringLiteral("public_key"), QString::fromLatin1(deskKey.toBase64()) },
        { QStringLiteral("signature"),
            QString::fromLatin1(
                signDetached(enrolmentMessage(once, desk.id(), deskKey), impostor.secretKey)
                    .toBase64()) } };
    const HubReply stolenEnrolment
        = HubClient(hub.url(), {}, {}).post(QStringLiteral("/v1/enrol"), claim);
    CHECK(stolenEnrolment.status == 400);
    CHECK(stolenEnrolment.errorCode() == QStringLiteral("invalid_signature"));
    desk.addNotes(1, QStringLiteral("still mine"));
    CHECK(desk.round().ok); // its token still works
    // Revoked: the hub refuses it for good and its key is withdrawn at the other terminals.
    TestTerminal guard(Role::Guard);
    guard.enrol(hub.url(), code(hub));
    HubAdmin(hub.db()).revokeTerminal(desk.id());
    desk.addNotes(1, QStringLiteral("after the revocation"));
    const SyncRound revoked = desk.round();
    CHECK_FALSE(revoked.ok);
    CHECK(revoked.permanent);
    CHECK_THAT(revoked.error.toStdString(), Catch::Contains("revoked"));
    CHECK(desk.store().events().outboxCount() == 1); // kept, not lost
    REQUIRE(guard.round().ok);
    CHECK(guard.count(QStringLiteral("SELECT count(*) FROM site_keys WHERE revoked_at IS NOT NULL"))
        == 1);
}

TEST_CASE("a hub killed again and again mid-drain loses and duplicates nothing")
{
    HubFixture hub;
    createSite(hub);
    SyncEngine::Options small;
    small.batchSize = 50; // many requests, so that kills land inside them
    TestTerminal desk(Role::Desk, small);
    desk.enrol(hub.url(), code(hub));
    desk.addNotes(3000);
    std::mt19937 random(7);
    int kills = 0;
    // Up to 30 kills (each restart costs a PostgreSQL hub a connection and a schema check),
    // then the rest drains in peace.
    constexpr int kMaxKills = 30;
    QObject timerScope; // a kill still pending at the end dies with the test, not after it
    for (int attempt = 0; attempt < 300 && desk.store().events().outboxCount() > 0; ++attempt) {
        if (kills < kMaxKills) {
            QTimer::singleShot(
                std::uniform_int_distribution<int>(1, 25)(random), &timerScope, [&hub, &kills] {
                    hub.kill();
                    ++kills;
                });
        }
        const SyncRound round = desk.round();
        if (!round.ok) {
            QCoreApplication::processEvents(); // a pending kill fires now, not in the next round
            hub.start();
        }
    }
    INFO("hub killed " << kills << " times");
    CHECK(kills >= 5);
    REQUIRE(desk.roundUntilOk(3).ok);
    checkHubHasExactly(hub, desk.id(), 3000);
    CHECK(desk.store().events().outboxCount() == 0);
}

TEST_CASE(
    "through resets, lost answers, 503s, delays and a flapping network, every event arrives once")
{
    HubFixture hub;
    createSite(hub);
    FaultProxy proxy(QHostAddress::LocalHost, hub.port());
    REQUIRE(proxy.listen());
    proxy.setSeed(42);
    FaultRates rates;
    rates.reset = 0.1;
    rates.drop = 0.1;
    rates.unavailable = 0.1;
    rates.delay = 0.1;
    rates.delayTime = std::chrono::milliseconds(30);
    proxy.setFaults(rates);
    proxy.setFaultsEnabled(false); // enrolment on a calm network
    TestTerminal desk(Role::Desk), guard(Role::Guard);
    desk.enrol(proxy.url().toString(), code(hub));
    guard.enrol(proxy.url().toString(), code(hub));
    proxy.setFaultsEnabled(true);

    QElapsedTimer clock;
    clock.start();
    int rounds = 0;
    for (int chunk = 0; chunk < 20; ++chunk) {
        desk.addNotes(40, QStringLiteral("desk %1").arg(chunk));
        guard.addNotes(25, QStringLiteral("guard %1").arg(chunk));
        desk.round();
        guard.round();
        rounds += 2;
        if (chunk == 10) { // the network flaps for a while
            rates.flap = std::chrono::milliseconds(40);
            proxy.setFaults(rates);
        }
    }
    const FaultCounts faults = proxy.counts();
    INFO("faults: " << QJsonDocument(faults.toJson()).toJson(QJsonDocument::Compact).toStdString());
    CHECK(faults.reset > 0);
    CHECK(faults.drop > 0);
    CHECK(faults.unavailable > 0);
    proxy.setFaultsEnabled(false);
    REQUIRE(desk.roundUntilOk(3).ok);
    REQUIRE(guard.roundUntilOk(3).ok);
    REQUIRE(desk.roundUntilOk(3).ok);
    checkHubHasExactly(hub, desk.id(), 800);
    checkHubHasExactly(hub, guard.id(), 500);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM desk_notes")) == 1300);
    CHECK(guard.count(QStringLiteral("SELECT count(*) FROM desk_notes")) == 1300);
    CHECK(clock.elapsed() < 60000);
}

TEST_CASE("a terminal offline for days drains 10000 queued events in order")
{
    HubFixture hub;
    createSite(hub);
    TestTerminal desk, guard(Role::Guard);
    desk.enrol(hub.url(), code(hub));
    guard.enrol(hub.url(), code(hub));
    hub.kill();
    desk.addNotes(10000, QStringLiteral("offline"));
    const SyncRound offline = desk.round();
    CHECK_FALSE(offline.ok);
    CHECK_FALSE(offline.permanent);
    CHECK_THAT(offline.error.toStdString(), Catch::Contains("cannot reach the hub"));
    CHECK(desk.engine().snapshot().lastError == offline.error); // what the status bar shows
    hub.start();
    const SyncRound back = desk.round();
    REQUIRE(back.ok);
    CHECK(back.pushed == 10000);
    checkHubHasExactly(hub, desk.id(), 10000);
    REQUIRE(guard.round().ok);
    CHECK(guard.count(QStringLiteral("SELECT count(*) FROM desk_notes")) == 10000);
    for (const ChainReport &report : guard.store().events().verifyAll())
        CHECK(report.ok());
}

TEST_CASE("backoff grows from about 1 s to 5 min with jitter")
{
    TestTerminal desk;
    SyncEngine &engine = desk.engine();
    for (int i = 0; i < 50; ++i) {
        const auto first = engine.backoffDelay(1).count();
        CHECK((first >= 500 && first <= 1000));
        const auto third = engine.backoffDelay(3).count();
        CHECK((third >= 2000 && third <= 4000));
        const auto late = engine.backoffDelay(30).count();
        CHECK((late >= 150000 && late <= 300000));
    }
    std::set<qint64> spread;
    for (int i = 0; i < 20; ++i)
        spread.insert(engine.backoffDelay(8).count());
    CHECK(spread.size() > 10); // jittered, not one fixed delay
}

TEST_CASE("a hub restored from an old backup is sent the events it lost")
{
    if (HubFixture::postgres())
        return; // the backup here is a copy of the SQLite file
    HubFixture hub;
    createSite(hub);
    TestTerminal desk;
    desk.enrol(hub.url(), code(hub));
    desk.addNotes(20);
    REQUIRE(desk.round().ok);
    const QString file = hub.databaseUrl().mid(7);
    hub.kill();
    REQUIRE(QFile::copy(file, file + QStringLiteral(".bak")));
    REQUIRE(QFile::copy(file + QStringLiteral("-wal"), file + QStringLiteral(".bak-wal")));
    hub.start();
    desk.addNotes(30);
    REQUIRE(desk.round().ok);
    checkHubHasExactly(hub, desk.id(), 50);
    hub.kill();
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    QFile::remove(file);
    REQUIRE(QFile::rename(file + QStringLiteral(".bak"), file));
    REQUIRE(QFile::rename(file + QStringLiteral(".bak-wal"), file + QStringLiteral("-wal")));
    hub.start();
    desk.addNotes(1);
    const SyncRound repaired = desk.round(); // gap: the hub asks from 21; all are sent again
    INFO(repaired.error.toStdString());
    REQUIRE(repaired.ok);
    checkHubHasExactly(hub, desk.id(), 51);
}

TEST_CASE("an enrolment whose answer was lost can be retried with the same code")
{
    HubFixture hub;
    createSite(hub);
    FaultProxy proxy(QHostAddress::LocalHost, hub.port());
    REQUIRE(proxy.listen());
    FaultRates lost;
    lost.drop = 1.0;
    proxy.setFaults(lost);
    TestTerminal desk;
    const QString once = code(hub);
    CHECK_THROWS(desk.enrol(proxy.url().toString(), once));
    CHECK(hub.count(QStringLiteral("SELECT count(*) FROM terminals")) == 1); // the hub did enrol it
    proxy.setFaultsEnabled(false);
    desk.enrol(proxy.url().toString(), once);
    desk.addNotes(1);
    REQUIRE(desk.round().ok);
    // Another terminal cannot take the code over.
    TestTerminal other;
    CHECK_THROWS_WITH(other.enrol(hub.url(), once), Catch::Contains("already used"));
}

TEST_CASE("malformed event fields are refused with a reason, not taken for a hub failure")
{
    HubFixture hub;
    createSite(hub);
    TestTerminal desk;
    desk.enrol(hub.url(), code(hub));
    desk.addNotes(1);
    QJsonObject wire = eventToWire(desk.store().events().outbox(1).first());
    wire.insert(
        QStringLiteral("payload"), QJsonObject { { QStringLiteral("text"), QStringLiteral("x") } });
    wire.remove(QStringLiteral("hash"));
    HubClient client(hub.url(), token(desk), {});
    const HubReply reply = client.post(
        QStringLiteral("/v1/events"), { { QStringLiteral("events"), QJsonArray { wire } } });
    INFO(reply.problem.toStdString());
    REQUIRE(reply.status == 200);
    const QJsonArray refused = reply.body.value(QStringLiteral("refused")).toArray();
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().toObject().value(QStringLiteral("seq")).toInt() == 1);
    CHECK_FALSE(refused.first().toObject().value(QStringLiteral("reason")).toString().isEmpty());
    CHECK(reply.body.value(QStringLiteral("stored")).toInt() == 0);
    CHECK(hub.count(QStringLiteral("SELECT count(*) FROM events WHERE refused IS NOT NULL")) == 1);
    CHECK(hub.count(QStringLiteral("SELECT count(*) FROM desk_notes")) == 0);
}

TEST_CASE("the directory imported at the hub reaches the terminals and is searchable there")
{
    HubFixture hub;
    createSite(hub);
    TestTerminal kiosk(Role::Kiosk);
    kiosk.enrol(hub.url(), code(hub));
    QFile sample(QStringLiteral(LOBBYDESK_SAMPLE_DIRECTORY));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    const DirectoryImportSummary summary
        = HubAdmin(hub.db()).importDirectory(QStringLiteral("harbour"), sample.readAll());
    CHECK(summary.added == summary.rows);
    REQUIRE(kiosk.round().ok);
    DirectorySearch search(kiosk.store().sql());
    for (const QString &query :
        { QStringLiteral("zs"), QStringLiteral("zhangsan"), QStringLiteral("张三") }) {
        INFO(query.toStdString());
        const QList<DirectoryHit> hits = search.find(query, 10);
        REQUIRE_FALSE(hits.isEmpty());
        CHECK(hits.first().name == QStringLiteral("张三"));
    }
    // A file with a bad row changes nothing anywhere.
    const QByteArray bad = "kind,id,name,unit,floor,company,roles,phone,cards,approval,active\n"
                           "person,P-7001,李雷,1201,,C-ACME,owner,,,,\n"
                           "person,P-7002,韩梅梅,1201,,C-NOWHERE,owner,,,,\n";
    CHECK_THROWS_WITH(HubAdmin(hub.db()).importDirectory(QStringLiteral("harbour"), bad),
        Catch::Contains("line 3"));
    REQUIRE(kiosk.round().ok);
    CHECK(search.find(QStringLiteral("李雷"), 10).isEmpty());
    // Importing the same file again sends nothing down.
    sample.seek(0);
    const DirectoryImportSummary again
        = HubAdmin(hub.db()).importDirectory(QStringLiteral("harbour"), sample.readAll());
    CHECK(again.unchanged == again.rows);
    CHECK(kiosk.round().pulled == 0);
}

TEST_CASE("an arrears flag set at the hub reaches the terminals, an unknown unit is refused")
{
    HubFixture hub;
    createSite(hub);
    TestTerminal desk;
    desk.enrol(hub.url(), code(hub));
    QFile sample(QStringLiteral(LOBBYDESK_SAMPLE_DIRECTORY));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    HubAdmin admin(hub.db());
    admin.importDirectory(QStringLiteral("harbour"), sample.readAll());
    admin.setArrears(
        QStringLiteral("harbour"), QStringLiteral("1201"), true, QStringLiteral("Q3 fees"));
    CHECK_THROWS_WITH(admin.setArrears(QStringLiteral("harbour"), QStringLiteral("9999"), true, {}),
        Catch::Contains("not in the directory"));
    REQUIRE(desk.round().ok);
    CHECK(
        desk.count(QStringLiteral("SELECT in_arrears FROM unit_arrears WHERE unit = '1201'")) == 1);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM unit_arrears")) == 1);
    admin.setArrears(QStringLiteral("harbour"), QStringLiteral("1201"), false, {});
    REQUIRE(desk.round().ok);
    CHECK(
        desk.count(QStringLiteral("SELECT in_arrears FROM unit_arrears WHERE unit = '1201'")) == 0);
}

TEST_CASE("the deny list kept at the hub reaches the terminals, bad entries are refused")
{
    HubFixture hub;
    createSite(hub);
    TestTerminal kiosk(Role::Kiosk);
    kiosk.enrol(hub.url(), code(hub));
    HubAdmin admin(hub.db());
    const QString entry = admin.addDenyEntry(QStringLiteral("harbour"),
        { QStringLiteral("王五"), QStringLiteral("138-0013-8000"), {},
            QStringLiteral("banned 2026-10") });
    CHECK_THROWS_WITH(admin.addDenyEntry(QStringLiteral("harbour"),
                          { {}, QStringLiteral("abc"), {}, QStringLiteral("x") }),
        Catch::Contains("not a phone number"));
    CHECK_THROWS_WITH(
        admin.addDenyEntry(QStringLiteral("harbour"), { {}, {}, {}, QStringLiteral("x") }),
        Catch::Contains("needs a name, a phone number or an ID hash"));
    CHECK_THROWS_WITH(admin.addDenyEntry(QStringLiteral("harbour"),
                          { QStringLiteral("x"), {}, QStringLiteral("zz"), QStringLiteral("x") }),
        Catch::Contains("ID hash"));
    REQUIRE(kiosk.round().ok);
    CHECK(kiosk.count(QStringLiteral("SELECT count(*) FROM deny_list WHERE active = 1 AND phone = "
                                     "'+8613800138000' AND name = '王五'"))
        == 1);
    admin.removeDenyEntry(QStringLiteral("harbour"), entry);
    CHECK_THROWS_WITH(
        admin.removeDenyEntry(QStringLiteral("harbour"), entry), Catch::Contains("no active"));
    REQUIRE(kiosk.round().ok);
    CHECK(kiosk.count(QStringLiteral("SELECT count(*) FROM deny_list WHERE active = 1")) == 0);
    CHECK(admin.denyList(QStringLiteral("harbour")).isEmpty());
}
