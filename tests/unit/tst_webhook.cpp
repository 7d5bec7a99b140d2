// The hub's webhook parts without a network (docs/webhook.md): its options, the backoff, the
// HMAC it signs with (RFC 4231 vectors), the outbox on SQLite (queued once per event, arrival
// order, one claim wins, counts for operations), and hub schema 5 over a schema-4 database.
#include "catchqstring.h"
#include "core/error.h"
#include "core/signing.h"
#include "hub/hubapi.h"
#include "hub/hubdatabase.h"
#include "hub/hubschema.h"
#include "hub/webhookconfig.h"
#include "hub/webhookoutbox.h"
#include "tempdatadir.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace lobbydesk;
using namespace std::chrono_literals;

namespace {

qint64 scalar(HubDatabase &db, const QString &sql)
{
    QSqlQuery query(db.sql());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

Event ownerNotified(qint64 seq)
{
    Event event;
    event.id = newEventId();
    event.terminalId = QStringLiteral("T-1");
    event.seq = seq;
    event.type = QStringLiteral("key.owner_notified");
    event.occurredAt = QDateTime(QDate(2026, 11, 22), QTime(8, 30), Qt::UTC);
    event.actor = QStringLiteral("S-001");
    return event;
}

QJsonObject payloadFor(const QString &owner)
{
    return { { QStringLiteral("loan"), QStringLiteral("L-1") },
        { QStringLiteral("key"), QStringLiteral("K-1") }, { QStringLiteral("owner"), owner },
        { QStringLiteral("tag"), QStringLiteral("K-101") },
        { QStringLiteral("language"), QStringLiteral("zh_TW") } };
}

struct Hub
{
    TempDataDir dir;
    HubDatabase db { QStringLiteral("sqlite:") + dir.file(QStringLiteral("hub.db")) };
    WebhookOutbox outbox { db, { QStringLiteral("key.owner_notified") } };
    AuthenticatedTerminal desk { QStringLiteral("T-1"), QStringLiteral("harbour"),
        QStringLiteral("front desk") };

    Hub()
    {
        db.run(QStringLiteral("INSERT INTO sites (site_id, name, created_at, hub_hash) VALUES"
                              " ('harbour', 'Harbour Tower', '2026-01-01T00:00:00.000Z', '')"),
            QStringLiteral("test site"));
        db.run(QStringLiteral(
                   "INSERT INTO directory (site_id, kind, entry_id, payload, updated_at) VALUES"
                   " ('harbour', 'person', 'P-0001', '{\"person\":\"P-0001\",\"name\":\"張三\","
                   "\"phone\":\"+8613800000000\"}', '2026-01-01T00:00:00.000Z')"),
            QStringLiteral("test directory"));
    }

    // Queued as a push does: in a transaction, at `receivedAt`, at `feedPos` of the site.
    Event queue(qint64 seq, const QString &receivedAt, qint64 feedPos,
        const QString &owner = QStringLiteral("P-0001"))
    {
        const Event event = ownerNotified(seq);
        HubTransaction transaction(db);
        outbox.enqueue(desk, event, payloadFor(owner), receivedAt, feedPos);
        transaction.commit();
        return event;
    }
};

} // namespace

TEST_CASE("the webhook URL must be http or https with a host", "[webhook]")
{
    CHECK(parseWebhookUrl(QStringLiteral("https://notify.example.com/lobbydesk")).host()
        == "notify.example.com");
    CHECK(parseWebhookUrl(QStringLiteral(" http://127.0.0.1:9000/hook ")).port() == 9000);
    for (const char *bad : { "ftp://example.com/x", "notify.example.com", "http://", "https:/x",
             "http://exa mple.com/", "", "mailto:ops@example.com" }) {
        INFO(bad);
        CHECK_THROWS_AS(parseWebhookUrl(QString::fromLatin1(bad)), Error);
    }
    CHECK_THROWS_WITH(parseWebhookUrl(QStringLiteral("ftp://x")),
        Catch::Contains("wants an http:// or https:// URL"));
}

TEST_CASE("the delivered event types are checked against the event catalogue", "[webhook]")
{
    CHECK(parseWebhookEvents(defaultWebhookEvents()) == QStringList { "key.owner_notified" });
    CHECK(parseWebhookEvents(QStringLiteral(" key.owner_notified, card.reported_lost,,"))
        == QStringList { "key.owner_notified", "card.reported_lost" });
    CHECK_THROWS_WITH(parseWebhookEvents(QStringLiteral("key.owner_notified,key.ownr_notified")),
        Catch::Contains("unknown event type 'key.ownr_notified'"));
    CHECK_THROWS_WITH(parseWebhookEvents(QStringLiteral("site.terminal.revoked")),
        Catch::Contains("written by the hub itself"));
    CHECK_THROWS_WITH(parseWebhookEvents(QStringLiteral(" , ")), Catch::Contains("one or more"));
}

TEST_CASE(
    "the secret file is read without its line break; unreadable or empty is refused", "[webhook]")
{
    TempDataDir dir;
    QFile file(dir.file(QStringLiteral("secret")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("  s3cret \n");
    file.close();
    CHECK(readWebhookSecret(file.fileName()) == "s3cret");
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("\n\n");
    file.close();
    CHECK_THROWS_WITH(readWebhookSecret(file.fileName()), Catch::Contains("is empty"));
    CHECK_THROWS_WITH(readWebhookSecret(dir.file(QStringLiteral("missing"))),
        Catch::Contains("cannot read the webhook secret file"));
}

TEST_CASE("the backoff doubles from the first wait up to its cap", "[webhook]")
{
    WebhookConfig config;
    CHECK(config.backoff(1) == 5s);
    CHECK(config.backoff(2) == 10s);
    CHECK(config.backoff(3) == 20s);
    CHECK(config.backoff(8) == 600s); // 5 s · 2^7 = 640 s, capped at 10 minutes
    CHECK(config.backoff(1000000) == 600s);
    config.firstRetry = 100ms;
    CHECK(config.backoff(4) == 800ms);
}

TEST_CASE("HMAC-SHA256 matches RFC 4231 for short and long keys", "[webhook]")
{
    CHECK(hmacSha256("Jefe", "what do ya want for nothing?").toHex()
        == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    CHECK(hmacSha256(
              QByteArray(131, '\xaa'), "Test Using Larger Than Block-Size Key - Hash Key First")
              .toHex()
        == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

TEST_CASE("an event is queued once, with the owner's contact from the hub's directory", "[webhook]")
{
    Hub hub;
    const Event event = hub.queue(1, QStringLiteral("2026-11-22T08:31:00.000Z"), 7);
    {
        // The same event again (a push sent twice): nothing more.
        HubTransaction transaction(hub.db);
        hub.outbox.enqueue(hub.desk, event, payloadFor(QStringLiteral("P-0001")),
            QStringLiteral("2026-11-22T08:32:00.000Z"), 9);
        transaction.commit();
    }
    CHECK(scalar(hub.db, QStringLiteral("SELECT count(*) FROM webhook_outbox")) == 1);
    const QList<WebhookDelivery> due
        = hub.outbox.due(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC), 10);
    REQUIRE(due.size() == 1);
    CHECK(due.first().eventId == uuidText(event.id));
    CHECK(due.first().attempts == 0);
    const QJsonObject body = QJsonDocument::fromJson(due.first().body).object();
    CHECK(body.value(QStringLiteral("id")).toString() == uuidText(event.id));
    CHECK(body.value(QStringLiteral("site_name")).toString() == "Harbour Tower");
    CHECK(body.value(QStringLiteral("terminal_name")).toString() == "front desk");
    CHECK(body.value(QStringLiteral("time")).toString() == "2026-11-22T08:30:00.000Z");
    CHECK(body.value(QStringLiteral("payload")).toObject() == payloadFor("P-0001"));
    const QJsonObject recipient = body.value(QStringLiteral("recipient")).toObject();
    CHECK(recipient.value(QStringLiteral("name")).toString() == "張三");
    CHECK(recipient.value(QStringLiteral("phone")).toString() == "+8613800000000");
    CHECK(recipient.value(QStringLiteral("language")).toString() == "zh_TW");

    // An owner the hub's directory does not know: still queued, with no phone to text.
    hub.queue(2, QStringLiteral("2026-11-22T08:33:00.000Z"), 10, QStringLiteral("P-9999"));
    const QList<WebhookDelivery> both
        = hub.outbox.due(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC), 10);
    REQUIRE(both.size() == 2);
    CHECK(QJsonDocument::fromJson(both.last().body)
              .object()
              .value(QStringLiteral("recipient"))
              .toObject()
              .value(QStringLiteral("phone"))
              .toString()
              .isEmpty());
}

TEST_CASE(
    "the outbox hands out due rows in arrival order, and one claim of a row wins", "[webhook]")
{
    Hub hub;
    const Event late = hub.queue(3, QStringLiteral("2026-11-22T08:40:00.000Z"), 30);
    const Event first = hub.queue(1, QStringLiteral("2026-11-22T08:35:00.000Z"), 11);
    const Event second = hub.queue(2, QStringLiteral("2026-11-22T08:35:00.000Z"), 12);
    const QDateTime now(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    QList<WebhookDelivery> due = hub.outbox.due(now, 10);
    REQUIRE(due.size() == 3);
    CHECK(due[0].eventId == uuidText(first.id));
    CHECK(due[1].eventId == uuidText(second.id));
    CHECK(due[2].eventId == uuidText(late.id));
    CHECK(hub.outbox.due(now, 2).size() == 2);
    CHECK(hub.outbox.due(QDateTime(QDate(2026, 11, 22), QTime(8, 36), Qt::UTC), 10).size() == 2);

    // Two hub processes read the row as due; the first claim moves it on, the second fails.
    CHECK(hub.outbox.claim(due[0], now.addSecs(15)));
    CHECK_FALSE(hub.outbox.claim(due[0], now.addSecs(15)));
    CHECK(hub.outbox.due(now, 10).size() == 2); // claimed: not due until the claim runs out
    CHECK(hub.outbox.nextDue() == QDateTime(QDate(2026, 11, 22), QTime(8, 35), Qt::UTC));

    hub.outbox.failed(due[0].eventId, 1, 500, QStringLiteral("HTTP 500"), now, now.addSecs(5));
    hub.outbox.delivered(due[1].eventId, 1, 204, now);
    CHECK_FALSE(hub.outbox.claim(due[1], now.addSecs(15))); // delivered: nobody sends it again
    due = hub.outbox.due(now.addSecs(5), 10);
    REQUIRE(due.size() == 2);
    CHECK(due[0].eventId == uuidText(first.id)); // retried, still ahead of the later one
    CHECK(due[0].attempts == 1);

    const WebhookStatus status = hub.outbox.status({}, 10);
    CHECK(status.pending == 2);
    CHECK(status.failing == 1);
    CHECK(status.delivered == 1);
    REQUIRE(status.waiting.size() == 2);
    CHECK(status.waiting[0].lastError == "HTTP 500");
    CHECK(status.waiting[0].lastStatus == 500);
    REQUIRE(status.recent.size() == 1);
    CHECK(status.recent[0].eventId == uuidText(second.id));
    CHECK(status.recent[0].deliveredAt == isoUtc(now));
    CHECK(hub.outbox.status(QStringLiteral("elsewhere"), 10).pending == 0);
}

TEST_CASE("a schema-4 hub database gains the webhook outbox and keeps its data", "[webhook]")
{
    TempDataDir dir;
    const QString url = QStringLiteral("sqlite:") + dir.file(QStringLiteral("hub.db"));
    {
        HubDatabase db(url);
        // Back to what a hub of schema 4 left: no outbox, version 4.
        db.run(QStringLiteral("DROP TABLE webhook_outbox"), QStringLiteral("test"));
        db.run(QStringLiteral("UPDATE hub_schema SET version = 4"), QStringLiteral("test"));
        db.run(QStringLiteral("INSERT INTO sites (site_id, name, created_at, hub_hash) VALUES"
                              " ('harbour', 'Harbour Tower', '2026-01-01T00:00:00.000Z', '')"),
            QStringLiteral("test"));
    }
    HubDatabase db(url);
    // Migrated through 5 (the outbox) to the newest.
    CHECK(scalar(db, QStringLiteral("SELECT version FROM hub_schema"))
        == qsizetype(hubSchema().size()));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sites")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM webhook_outbox")) == 0);
}
