// The site's screening key from the hub to its terminals, deny-list entries by ID number, the
// desk's own entries at the hub, and retention at the hub with the feed still serving what it
// redacted: real terminals and a real lobbydesk-hub (SQLite or PostgreSQL, as tst_sync.cpp).
#include "core/idnumber.h"
#include "hub/hubadmin.h"
#include "hub/hubretention.h"
#include "hubfixture.h"
#include "retentionseed.h"
#include "services/projections.h"
#include "services/retention.h"
#include "sqlscalar.h"
#include "sync/hublink.h"
#include "testterminal.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

const QString kSite = QStringLiteral("harbour");

QString code(HubFixture &hub)
{
    return HubAdmin(hub.db()).createEnrolmentCode(kSite, std::chrono::hours(1));
}

QString hubText(HubFixture &hub, const QString &sql)
{
    QSqlQuery query(hub.db().sql());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toString();
}

QString terminalText(TestTerminal &terminal, const QString &sql)
{
    QSqlQuery query(terminal.store().sql());
    REQUIRE(query.exec(sql));
    return query.next() ? query.value(0).toString() : QString();
}

bool chainsOk(TestTerminal &terminal)
{
    bool ok = true;
    for (const ChainReport &report : terminal.store().events().verifyAll()) {
        INFO(report.problem.toStdString());
        CHECK(report.ok());
        ok = ok && report.ok();
    }
    return ok;
}

} // namespace

TEST_CASE("a new site's screening key reaches its terminals, and deny-add by ID number stores "
          "the hash a terminal computes with it")
{
    HubFixture hub;
    HubAdmin admin(hub.db());
    admin.createSite(kSite, QStringLiteral("Harbour Tower"));
    CHECK(hub.count(QStringLiteral(
              "SELECT count(*) FROM events WHERE type = 'site.screening.key' AND site_id = "
              "'harbour'"))
        == 1);
    TestTerminal kiosk(Role::Kiosk);
    kiosk.enrol(hub.url(), code(hub));
    CHECK_FALSE(readScreeningKey(kiosk.store().sql()).has_value());
    REQUIRE(kiosk.round().ok);
    const std::optional<QByteArray> key = readScreeningKey(kiosk.store().sql());
    REQUIRE(key.has_value());
    CHECK(key->size() == 32);
    CHECK(QString::fromLatin1(key->toBase64())
        == hubText(
            hub, QStringLiteral("SELECT screening_key FROM sites WHERE site_id = 'harbour'")));

    const QString entry = admin.addDenyEntry(kSite,
        { {}, {}, {}, QStringLiteral("banned 2026-10"), QStringLiteral("44010619900101123x") });
    REQUIRE(kiosk.round().ok);
    // What the kiosk computes at check-in from what the visitor types.
    const QString atKiosk
        = idNumberHash(normalizedIdNumber(QStringLiteral("4401 0619 9001 0112 3X")), *key);
    CHECK(atKiosk.size() == 64);
    CHECK(terminalText(kiosk,
              QStringLiteral("SELECT id_hash FROM deny_list WHERE entry_id = '%1'").arg(entry))
        == atKiosk);
    CHECK(admin.denyList(kSite).first().second.value(QStringLiteral("id_hash")).toString()
        == atKiosk);
    // The number itself is nowhere at the hub.
    CHECK(
        hub.count(QStringLiteral("SELECT count(*) FROM events WHERE payload LIKE '%%1010%'")) == 0);

    CHECK_THROWS_WITH(
        admin.addDenyEntry(kSite, { {}, {}, {}, QStringLiteral("x"), QStringLiteral("12-34") }),
        Catch::Contains("the ID number given is not one"));
    CHECK_THROWS_WITH(admin.addDenyEntry(kSite,
                          { {}, {}, QString(64, QLatin1Char('a')), QStringLiteral("x"),
                              QStringLiteral("44010619900101123X") }),
        Catch::Contains("not both"));
    // --id-hash still works as before.
    admin.addDenyEntry(kSite, { {}, {}, QString(64, QLatin1Char('c')), QStringLiteral("x") });
    REQUIRE(kiosk.round().ok);
    CHECK(kiosk.count(QStringLiteral("SELECT count(*) FROM deny_list WHERE active = 1")) == 2);
}

TEST_CASE("a site made before screening keys gets one at its next enrolment")
{
    HubFixture hub;
    // The row as HubAdmin::createSite wrote it before this change: no key, no key event.
    QSqlQuery insert(hub.db().sql());
    REQUIRE(insert.exec(QStringLiteral(
        "INSERT INTO sites (site_id, name, created_at, feed_pos, hub_seq, hub_hash) VALUES "
        "('harbour', 'Harbour Tower', '2026-01-01T00:00:00.000Z', 0, 0, '%1')")
                            .arg(QString(64, QLatin1Char('0')))));
    TestTerminal desk;
    desk.enrol(hub.url(), code(hub));
    REQUIRE(desk.round().ok);
    REQUIRE(readScreeningKey(desk.store().sql()).has_value());
    // Asked again (a deny-add by ID number), the same key: no second event.
    HubAdmin(hub.db()).addDenyEntry(
        kSite, { {}, {}, {}, QStringLiteral("x"), QStringLiteral("A123456(7)") });
    CHECK(hub.count(QStringLiteral("SELECT count(*) FROM events WHERE type = 'site.screening.key'"))
        == 1);
    REQUIRE(desk.round().ok);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM deny_list")) == 1);
    CHECK(chainsOk(desk));
}

TEST_CASE("the desk's own deny-list entries reach the hub's list and the other terminals")
{
    HubFixture hub;
    HubAdmin admin(hub.db());
    admin.createSite(kSite, QStringLiteral("Harbour Tower"));
    TestTerminal desk;
    TestTerminal kiosk(Role::Kiosk);
    desk.enrol(hub.url(), code(hub));
    kiosk.enrol(hub.url(), code(hub));
    const QJsonObject listed { { QStringLiteral("entry"), QStringLiteral("D-desk0001") },
        { QStringLiteral("name"), QStringLiteral("赵六") },
        { QStringLiteral("phone"), QStringLiteral("+8613700137000") },
        { QStringLiteral("id_hash"), QString() },
        { QStringLiteral("reason"), QStringLiteral("shouted at the guard") } };
    desk.store().events().record(
        { QStringLiteral("screening.deny.listed"), listed, QStringLiteral("desk-1"), {} },
        terminalProjection(QStringLiteral("screening.deny.listed")));
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM deny_list WHERE active = 1")) == 1);
    REQUIRE(desk.round().ok);
    const auto list = admin.denyList(kSite);
    REQUIRE(list.size() == 1);
    CHECK(list.first().first == QStringLiteral("D-desk0001"));
    CHECK(list.first().second.value(QStringLiteral("name")).toString() == QStringLiteral("赵六"));
    REQUIRE(kiosk.round().ok);
    CHECK(kiosk.count(QStringLiteral("SELECT count(*) FROM deny_list WHERE active = 1 AND name = "
                                     "'赵六'"))
        == 1);

    desk.store().events().record({ QStringLiteral("screening.deny.lifted"),
                                     { { QStringLiteral("entry"), QStringLiteral("D-desk0001") } },
                                     QStringLiteral("desk-1"), {} },
        terminalProjection(QStringLiteral("screening.deny.lifted")));
    REQUIRE(desk.round().ok);
    CHECK(admin.denyList(kSite).isEmpty());
    REQUIRE(kiosk.round().ok);
    CHECK(kiosk.count(QStringLiteral("SELECT count(*) FROM deny_list WHERE active = 1")) == 0);
}

TEST_CASE("hub retention redacts old check-ins, the feed still serves them and terminals take "
          "them with their chains intact")
{
    HubFixture hub;
    HubAdmin(hub.db()).createSite(kSite, QStringLiteral("Harbour Tower"));
    TestTerminal kiosk(Role::Kiosk);
    kiosk.enrol(hub.url(), code(hub));
    for (int i = 1; i <= 3; ++i)
        kiosk.store().events().record({ QStringLiteral("visit.checked_in"),
            retentionseed::checkInPayload(QStringLiteral("V-%1").arg(i)), QStringLiteral("kiosk"),
            {} });
    kiosk.addNotes(1);
    REQUIRE(kiosk.round().ok);
    CHECK(kiosk.store().events().outboxCount() == 0);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    HubRetention retention(hub.db(), 180, 30);
    CHECK(retention.plan(now).events == 0);
    CHECK(retention.plan(now.addDays(200)).events == 3);
    CHECK(hub.count(QStringLiteral("SELECT count(*) FROM events WHERE redacted_at IS NOT NULL"))
        == 0);
    CHECK(retention.run(now.addDays(200)).events == 3);
    CHECK(retention.run(now.addDays(200)).events == 0);
    CHECK(hub.count(QStringLiteral("SELECT count(*) FROM events WHERE payload LIKE '%王小明%'"))
        == 0);
    CHECK(hub.count(QStringLiteral("SELECT count(*) FROM events WHERE redacted_at IS NOT NULL"))
        == 3);

    // A terminal enrolled later pulls the redacted check-ins, marked, and its chains verify.
    TestTerminal desk;
    desk.enrol(hub.url(), code(hub));
    const SyncRound pulled = desk.round();
    REQUIRE(pulled.ok);
    const QString where = QStringLiteral(" FROM events WHERE terminal_id = '%1'").arg(kiosk.id());
    CHECK(desk.count(QStringLiteral("SELECT count(*)") + where) == 4);
    CHECK(desk.count(QStringLiteral("SELECT count(*)") + where
              + QStringLiteral(" AND redacted_at IS NOT NULL"))
        == 3);
    CHECK(desk.count(QStringLiteral("SELECT count(*)") + where
              + QStringLiteral(" AND payload LIKE '%王小明%'"))
        == 0);
    CHECK(chainsOk(desk));

    // The kiosk's own retention redacts its copies the same way; both logs still verify, and
    // a round after it is clean.
    Retention local(kiosk.store().events(), RetentionPolicy {});
    CHECK(local.run(now.addDays(200)).events == 3);
    CHECK(chainsOk(kiosk));
    CHECK(hubText(hub,
              QStringLiteral("SELECT payload FROM events WHERE terminal_id = '%1' AND seq = 1")
                  .arg(kiosk.id()))
        == terminalText(kiosk,
            QStringLiteral("SELECT payload FROM events WHERE seq = 1 AND "
                           "terminal_id = '%1'")
                .arg(kiosk.id())));
    REQUIRE(kiosk.round().ok);
    REQUIRE(desk.round().ok);
}

TEST_CASE("a redacted event sent again to a hub that lost it is stored by its place in the chain")
{
    HubFixture hub;
    HubAdmin(hub.db()).createSite(kSite, QStringLiteral("Harbour Tower"));
    TestTerminal kiosk(Role::Kiosk);
    kiosk.enrol(hub.url(), code(hub));
    kiosk.store().events().record({ QStringLiteral("visit.checked_in"),
        retentionseed::checkInPayload(QStringLiteral("V-1")), QStringLiteral("kiosk"), {} });
    kiosk.addNotes(1);
    REQUIRE(kiosk.round().ok);
    Retention(kiosk.store().events(), RetentionPolicy {})
        .run(QDateTime::currentDateTimeUtc().addDays(200));
    // The hub loses the terminal's events (a restore from an older backup).
    QSqlQuery forget(hub.db().sql());
    REQUIRE(
        forget.exec(QStringLiteral("DELETE FROM events WHERE terminal_id = '%1'").arg(kiosk.id())));
    REQUIRE(forget.exec(QStringLiteral("UPDATE terminals SET last_seq = 0, last_hash = '%1' WHERE "
                                       "terminal_id = '%2'")
                            .arg(QString(64, QLatin1Char('0')), kiosk.id())));
    kiosk.addNotes(1); // the next push finds the gap and the terminal sends everything again
    REQUIRE(kiosk.roundUntilOk(4).ok);
    CHECK(kiosk.count(QStringLiteral("SELECT count(*) FROM parked_events")) == 0);
    CHECK(hub.count(QStringLiteral("SELECT count(*) FROM events WHERE terminal_id = '%1' AND "
                                   "refused IS NULL")
                        .arg(kiosk.id()))
        == 3);
    CHECK(hub.count(QStringLiteral("SELECT count(*) FROM events WHERE redacted_at IS NOT NULL"))
        == 1);
}

TEST_CASE("hub retention clears a temporary card holder's name from events and the blocked list, "
          "never a tenant's")
{
    HubFixture hub;
    HubAdmin(hub.db()).createSite(kSite, QStringLiteral("Harbour Tower"));
    TestTerminal desk;
    desk.enrol(hub.url(), code(hub));
    const auto reportLost = [&](const QString &uid, const QString &name, const QString &type) {
        desk.store().events().record({ QStringLiteral("card.reported_lost"),
            { { QStringLiteral("uid"), uid },
                { QStringLiteral("person"), QStringLiteral("P-0002") },
                { QStringLiteral("person_name"), name },
                { QStringLiteral("unit"), QStringLiteral("1201") },
                { QStringLiteral("card_type"), type }, { QStringLiteral("request"), QString() },
                { QStringLiteral("reason"), QStringLiteral("lost") } },
            QStringLiteral("desk"), {} });
    };
    reportLost(
        QStringLiteral("04AA0001"), QStringLiteral("Contractor Chen"), QStringLiteral("temporary"));
    reportLost(QStringLiteral("04AA0002"), QStringLiteral("李娜"), QStringLiteral("resident"));
    REQUIRE(desk.round().ok);
    CHECK(
        hub.count(QStringLiteral("SELECT count(*) FROM card_blocks WHERE person_name <> ''")) == 2);

    // A webhook body delivered and one still waiting for its receiver.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[id, delivered] : { std::pair { "w-1", true }, std::pair { "w-2", false } }) {
        QSqlQuery row(hub.db().sql());
        row.prepare(QStringLiteral(
            "INSERT INTO webhook_outbox (event_id, site_id, terminal_id, type, body, queued_at,"
            " feed_pos, next_attempt_at, delivered_at) VALUES (?, ?, 't', 'key.owner_notified',"
            " '{\"borrower_name\":\"Contractor Chen\"}', ?, 1, ?, ?)"));
        for (const QVariant &value : { QVariant(QString::fromLatin1(id)), QVariant(kSite),
                 QVariant(isoUtc(now)), QVariant(isoUtc(now)),
                 delivered ? QVariant(isoUtc(now)) : QVariant(QMetaType::fromType<QString>()) })
            row.addBindValue(value);
        REQUIRE(row.exec());
    }

    HubRetention retention(hub.db(), 180, 30);
    CHECK(retention.plan(now).events == 0);
    CHECK(retention.run(now.addDays(200)).events == 1);
    // The delivered body goes; the waiting one must still reach its receiver.
    CHECK(hub.count(QStringLiteral("SELECT count(*) FROM webhook_outbox")) == 1);
    CHECK(hubText(hub, QStringLiteral("SELECT event_id FROM webhook_outbox"))
        == QStringLiteral("w-2"));
    CHECK(hub.count(QStringLiteral("SELECT count(*) FROM events WHERE payload LIKE '%Contractor%'"))
        == 0);
    CHECK(
        hub.count(QStringLiteral("SELECT count(*) FROM events WHERE payload LIKE '%李娜%'")) == 1);
    CHECK(hubText(hub, QStringLiteral("SELECT person_name FROM card_blocks WHERE uid = '04AA0001'"))
        == QString());
    CHECK(hubText(hub, QStringLiteral("SELECT person_name FROM card_blocks WHERE uid = '04AA0002'"))
        == QStringLiteral("李娜"));
    // The UID itself stays in the access-control export.
    CHECK(hub.count(QStringLiteral("SELECT count(*) FROM card_blocks")) == 2);
}
