// The hub's webhook (docs/webhook.md) with real processes: a desk lends an owner's spare key,
// syncs to a real lobbydesk-hub, and a real HTTP receiver on loopback gets the owner's
// notification once, signed; a receiver that is down, answers 500 or does not answer; a push
// sent twice; a hub restarted with a delivery pending; two hubs on one database (SQLite or
// PostgreSQL hub, as tst_sync.cpp).
#include "core/event.h"
#include "core/wireevent.h"
#include "hub/hubadmin.h"
#include "hubfixture.h"
#include "services/keys.h"
#include "sync/hubclient.h"
#include "sync/hublink.h"
#include "testterminal.h"
#include "webhookreceiver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <map>

using namespace lobbydesk;
using namespace std::chrono_literals;

namespace {

const QString kSite = QStringLiteral("harbour");
// Written with a line break, as `echo` does; the hub signs with what is before it.
const QByteArray kSecret = "gateway shared secret 网关";
const QString kOwner = QStringLiteral("P-0001"); // 张三, owner of 1201, +86 138 0000 0000
const QString kListed = QStringLiteral("P-0002"); // 李娜, on the owner's list
const QString kDesk = QStringLiteral("S-001");

QString receiverUrl(quint16 port)
{
    return QStringLiteral("http://127.0.0.1:%1/hooks/lobbydesk").arg(port);
}

// The hub's options: the webhook with a short backoff and timeout, so the test takes seconds.
QStringList webhookArguments(const QTemporaryDir &dir, const QString &url, int timeoutMs)
{
    const QString secretFile = dir.filePath(QStringLiteral("webhook.secret"));
    QFile file(secretFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(kSecret + '\n') < 0)
        throw std::runtime_error("cannot write the secret file");
    return { QStringLiteral("--webhook-url"), url, QStringLiteral("--webhook-secret-file"),
        secretFile, QStringLiteral("--webhook-retry-ms"), QStringLiteral("100"),
        QStringLiteral("--webhook-timeout-ms"), QString::number(timeoutMs) };
}

// A site with a desk terminal that holds the sample directory, and its key cabinet.
struct Site
{
    explicit Site(const QString &webhookUrl, int timeoutMs = 2000)
        : hub(webhookUrl.isEmpty() ? QStringList()
                                   : webhookArguments(secretDir, webhookUrl, timeoutMs))
    {
        HubAdmin admin(hub.db());
        admin.createSite(kSite, QStringLiteral("Harbour Tower 海港大厦"));
        QFile sample(QStringLiteral(LOBBYDESK_SAMPLE_DIRECTORY));
        REQUIRE(sample.open(QIODevice::ReadOnly));
        admin.importDirectory(kSite, sample.readAll());
        desk.enrol(hub.url(), admin.createEnrolmentCode(kSite, std::chrono::hours(1)));
        REQUIRE(desk.round().ok); // the directory comes down
        keys = std::make_unique<Keys>(
            desk.store().events(), [](const QString &, const QString &) { return QString(); });
    }

    // The owner deposits a spare; the desk lends it to someone on the owner's list: one
    // key.owner_notified among the events recorded.
    KeyLoan lendSpare(const QString &tag)
    {
        const Key key = keys->deposit(
            { tag, {}, QStringLiteral("Front door, 2 keys"), QStringLiteral("B1"), kOwner,
                QStringLiteral("1201"), { kListed }, QStringLiteral("zh_CN") },
            kDesk);
        KeySignOut out;
        out.keyId = key.id;
        out.borrowerKind = QStringLiteral("person");
        out.borrowerId = kListed;
        out.language = QStringLiteral("en");
        out.reason = QStringLiteral("Let the plumber in");
        return keys->signOut(out, kDesk);
    }

    // The id of each key.owner_notified the desk recorded, oldest first.
    QStringList notifications()
    {
        QSqlQuery query(desk.store().sql());
        REQUIRE(query.exec(QStringLiteral(
            "SELECT id FROM events WHERE type = 'key.owner_notified' ORDER BY seq")));
        QStringList ids;
        while (query.next())
            ids.append(query.value(0).toString());
        return ids;
    }

    QTemporaryDir secretDir;
    HubFixture hub;
    TestTerminal desk;
    std::unique_ptr<Keys> keys;
};

// `lobbydesk-ctl hub webhooks [--json]`, as operations run it; what it printed.
QByteArray ctlWebhooks(HubFixture &hub, const QStringList &more = {})
{
    QProcess ctl;
    ctl.start(QStringLiteral(LOBBYDESK_CTL_EXECUTABLE),
        QStringList { QStringLiteral("hub"), QStringLiteral("--db"), hub.databaseUrl(),
            QStringLiteral("webhooks") }
            + more);
    REQUIRE(ctl.waitForFinished(20000));
    INFO("ctl said: " << ctl.readAllStandardError().toStdString());
    REQUIRE(ctl.exitCode() == 0);
    return ctl.readAllStandardOutput();
}

QJsonObject webhookStatus(HubFixture &hub)
{
    return QJsonDocument::fromJson(ctlWebhooks(hub, { QStringLiteral("--json") })).object();
}

// Asks ctl until `done` holds (or 20 s passed); the last answer.
template<typename Done> QJsonObject waitForStatus(HubFixture &hub, Done done)
{
    QJsonObject status = webhookStatus(hub);
    for (int i = 0; i < 100 && !done(status); ++i) {
        QThread::msleep(200);
        status = webhookStatus(hub);
    }
    return status;
}

QJsonObject firstOf(const QJsonObject &status, const char *list)
{
    return status.value(QLatin1String(list)).toArray().at(0).toObject();
}

bool signedWithSecret(const WebhookReceiver::Post &post)
{
    // Qt's own HMAC, not the hub's libsodium: what a receiver in another language does.
    return post.signature
        == "sha256="
        + QMessageAuthenticationCode::hash(post.body, kSecret, QCryptographicHash::Sha256).toHex();
}

} // namespace

TEST_CASE("a key leaving the cabinet reaches the owner's webhook once, signed")
{
    WebhookReceiver receiver;
    Site site(receiver.url());
    const KeyLoan loan = site.lendSpare(QStringLiteral("K-101"));
    REQUIRE(site.desk.round().ok);

    REQUIRE(receiver.waitForPosts(1, 15s) == 1);
    QThread::msleep(500);
    REQUIRE(receiver.posts().size() == 1);
    const WebhookReceiver::Post post = receiver.posts().first();
    const QStringList notified = site.notifications();
    REQUIRE(notified.size() == 1);
    CHECK(post.path == "/hooks/lobbydesk");
    CHECK(post.contentType == "application/json");
    CHECK(post.eventId == notified.first().toLatin1());
    CHECK(signedWithSecret(post));
    WebhookReceiver::Post forged = post;
    forged.body.replace("李娜", "王伟");
    CHECK_FALSE(signedWithSecret(forged));

    const QJsonObject body = QJsonDocument::fromJson(post.body).object();
    CHECK(body.value(QStringLiteral("id")).toString() == notified.first());
    CHECK(body.value(QStringLiteral("type")).toString() == QStringLiteral("key.owner_notified"));
    CHECK(body.value(QStringLiteral("site")).toString() == kSite);
    CHECK(body.value(QStringLiteral("site_name")).toString()
        == QStringLiteral("Harbour Tower 海港大厦"));
    CHECK(body.value(QStringLiteral("terminal")).toString() == site.desk.id());
    CHECK(parseIsoUtc(body.value(QStringLiteral("time")).toString()).isValid());
    CHECK(body.value(QStringLiteral("actor")).toString() == kDesk);
    const QJsonObject payload = body.value(QStringLiteral("payload")).toObject();
    CHECK(payload.value(QStringLiteral("loan")).toString() == loan.id);
    CHECK(payload.value(QStringLiteral("tag")).toString() == QStringLiteral("K-101"));
    CHECK(payload.value(QStringLiteral("unit")).toString() == QStringLiteral("1201"));
    CHECK(payload.value(QStringLiteral("owner")).toString() == kOwner);
    CHECK(payload.value(QStringLiteral("borrower_name")).toString() == QStringLiteral("李娜"));
    CHECK(
        payload.value(QStringLiteral("reason")).toString() == QStringLiteral("Let the plumber in"));
    CHECK(payload.value(QStringLiteral("due_at")).toString() == isoUtc(loan.dueAt));
    // Whom to tell and how: the phone number from the hub's directory.
    const QJsonObject recipient = body.value(QStringLiteral("recipient")).toObject();
    CHECK(recipient.value(QStringLiteral("person")).toString() == kOwner);
    CHECK(recipient.value(QStringLiteral("name")).toString() == QStringLiteral("张三"));
    CHECK(recipient.value(QStringLiteral("phone")).toString() == QStringLiteral("+8613800000000"));
    CHECK(recipient.value(QStringLiteral("language")).toString() == QStringLiteral("zh_CN"));

    // Only the delivered type is queued (not key.deposited or key.signed_out), and it is done.
    CHECK(site.hub.count(QStringLiteral("SELECT count(*) FROM webhook_outbox")) == 1);
    const QJsonObject status
        = waitForStatus(site.hub, [](const QJsonObject &s) { return s["delivered"].toInt() == 1; });
    CHECK(status.value(QStringLiteral("delivered")).toInt() == 1);
    CHECK(status.value(QStringLiteral("pending")).toInt() == 0);
    CHECK(firstOf(status, "recent")["event"] == notified.first());
    CHECK(firstOf(status, "recent")["attempts"].toInt() == 1);
}

TEST_CASE("an event pushed twice is delivered once")
{
    WebhookReceiver receiver;
    Site site(receiver.url());
    site.lendSpare(QStringLiteral("K-102"));
    // The terminal's retry after a lost answer, twice, then its own round: all the same events.
    QJsonArray batch;
    for (const Event &event : site.desk.store().events().outbox(100))
        batch.append(eventToWire(event));
    HubClient client(site.hub.url(), readHubLink(site.desk.store().sql())->token, {});
    for (int i = 0; i < 2; ++i)
        REQUIRE(client.post(QStringLiteral("/v1/events"), { { QStringLiteral("events"), batch } })
                    .ok());
    REQUIRE(site.desk.round().ok);

    REQUIRE(receiver.waitForPosts(1, 15s) == 1);
    QThread::msleep(1000);
    CHECK(receiver.posts().size() == 1);
    CHECK(site.hub.count(QStringLiteral("SELECT count(*) FROM webhook_outbox")) == 1);
}

TEST_CASE("a receiver that is down gets the event once it is up, the attempts visible")
{
    const quint16 port = WebhookReceiver::freePort();
    Site site(receiverUrl(port));
    site.lendSpare(QStringLiteral("K-103"));
    REQUIRE(site.desk.round().ok);

    const QJsonObject failing = waitForStatus(site.hub,
        [](const QJsonObject &s) { return firstOf(s, "waiting")["attempts"].toInt() >= 2; });
    CHECK(failing.value(QStringLiteral("pending")).toInt() == 1);
    CHECK(failing.value(QStringLiteral("failing")).toInt() == 1);
    CHECK(failing.value(QStringLiteral("delivered")).toInt() == 0);
    CHECK(firstOf(failing, "waiting")["attempts"].toInt() >= 2);
    CHECK(firstOf(failing, "waiting")["last_error"].toString().contains(
        QStringLiteral("refused"), Qt::CaseInsensitive));
    CHECK(firstOf(failing, "waiting")["event"] == site.notifications().first());
    const QString said = QString::fromUtf8(ctlWebhooks(site.hub));
    CHECK(said.startsWith(
        QStringLiteral("webhook: 1 pending (1 failed at least once), 0 delivered")));
    CHECK(said.contains(
        site.notifications().first() + QStringLiteral("  key.owner_notified  harbour")));
    CHECK(said.contains(QStringLiteral("last error: Connection refused")));

    WebhookReceiver receiver(port);
    REQUIRE(receiver.waitForPosts(1, 20s) == 1);
    CHECK(signedWithSecret(receiver.posts().first()));
    const QJsonObject done
        = waitForStatus(site.hub, [](const QJsonObject &s) { return s["delivered"].toInt() == 1; });
    QThread::msleep(500);
    CHECK(receiver.posts().size() == 1);
    CHECK(done.value(QStringLiteral("pending")).toInt() == 0);
    CHECK(firstOf(done, "recent")["attempts"].toInt() > 2);
}

TEST_CASE("a receiver answering 500, then 200, gets the event twice and it is delivered once")
{
    WebhookReceiver receiver;
    receiver.answerWith({ 500 });
    Site site(receiver.url());
    site.lendSpare(QStringLiteral("K-104"));
    REQUIRE(site.desk.round().ok);

    REQUIRE(receiver.waitForPosts(2, 15s) == 2);
    QThread::msleep(500);
    const QList<WebhookReceiver::Post> posts = receiver.posts();
    REQUIRE(posts.size() == 2);
    CHECK(posts[0].answered == 500);
    CHECK(posts[1].answered == 200);
    CHECK(posts[0].eventId == posts[1].eventId);
    CHECK(posts[0].body == posts[1].body); // the same body, so the same signature
    const QJsonObject status
        = waitForStatus(site.hub, [](const QJsonObject &s) { return s["delivered"].toInt() == 1; });
    CHECK(firstOf(status, "recent")["attempts"].toInt() == 2);
    CHECK(firstOf(status, "recent")["last_status"].toInt() == 200);
    CHECK(
        firstOf(status, "recent")["last_error"].toString().startsWith(QStringLiteral("HTTP 500")));
}

TEST_CASE("a receiver that does not answer in time is tried again")
{
    WebhookReceiver receiver;
    receiver.answerWith({ 0 }); // holds the first request
    Site site(receiver.url(), 800);
    site.lendSpare(QStringLiteral("K-105"));
    REQUIRE(site.desk.round().ok);

    REQUIRE(receiver.waitForPosts(2, 15s) == 2);
    const QJsonObject status
        = waitForStatus(site.hub, [](const QJsonObject &s) { return s["delivered"].toInt() == 1; });
    CHECK(receiver.posts().size() == 2);
    CHECK(firstOf(status, "recent")["attempts"].toInt() == 2);
    CHECK(firstOf(status, "recent")["last_error"] == QStringLiteral("no answer within 800 ms"));
}

TEST_CASE("a delivery pending when the hub is killed goes out after the restart")
{
    const quint16 port = WebhookReceiver::freePort();
    Site site(receiverUrl(port));
    site.lendSpare(QStringLiteral("K-106"));
    REQUIRE(site.desk.round().ok);
    waitForStatus(site.hub,
        [](const QJsonObject &s) { return firstOf(s, "waiting")["attempts"].toInt() >= 1; });
    site.hub.kill(); // perhaps mid-attempt: the row's claim then runs out first (7 s here)

    WebhookReceiver receiver(port);
    QThread::msleep(500);
    CHECK(receiver.posts().isEmpty()); // nobody else sends it
    site.hub.start();
    REQUIRE(receiver.waitForPosts(1, 20s) == 1);
    CHECK(receiver.posts().first().eventId == site.notifications().first().toLatin1());
    const QJsonObject status
        = waitForStatus(site.hub, [](const QJsonObject &s) { return s["delivered"].toInt() == 1; });
    QThread::msleep(500);
    CHECK(receiver.posts().size() == 1);
    CHECK(status.value(QStringLiteral("pending")).toInt() == 0);
}

TEST_CASE("two hubs on one database deliver each event once")
{
    WebhookReceiver receiver;
    QList<int> refusals;
    refusals.fill(500, 16); // both hubs retry while the receiver refuses
    receiver.answerWith(refusals);
    Site site(receiver.url());
    constexpr int kLoans = 6;
    for (int i = 0; i < kLoans; ++i)
        site.lendSpare(QStringLiteral("K-2%1").arg(i));
    REQUIRE(site.desk.round().ok);
    waitForStatus(site.hub, [](const QJsonObject &s) { return s["failing"].toInt() >= 1; });

    // A second hub process with the same options, on the same database.
    QTemporaryDir dir;
    QProcess second;
    second.setStandardErrorFile(dir.filePath(QStringLiteral("second.log")));
    second.start(QStringLiteral(LOBBYDESK_HUB_EXECUTABLE),
        QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--db"), site.hub.databaseUrl() }
            + webhookArguments(dir, receiver.url(), 2000));
    REQUIRE(second.waitForReadyRead(10000));

    const QJsonObject status = waitForStatus(
        site.hub, [](const QJsonObject &s) { return s["delivered"].toInt() == kLoans; });
    QThread::msleep(1000);
    second.kill();
    second.waitForFinished(5000);
    CHECK(status.value(QStringLiteral("delivered")).toInt() == kLoans);
    std::map<QByteArray, int> accepted;
    for (const WebhookReceiver::Post &post : receiver.posts()) {
        CHECK(signedWithSecret(post));
        if (post.answered == 200)
            ++accepted[post.eventId];
    }
    CHECK(accepted.size() == size_t(kLoans));
    for (const auto &[event, times] : accepted) {
        INFO("event " << event.toStdString());
        CHECK(times == 1);
    }
}

TEST_CASE("a hub without --webhook-url queues nothing")
{
    Site site({});
    site.lendSpare(QStringLiteral("K-107"));
    REQUIRE(site.desk.round().ok);
    CHECK(site.hub.count(
              QStringLiteral("SELECT count(*) FROM events WHERE type = 'key.owner_notified'"))
        == 1);
    CHECK(site.hub.count(QStringLiteral("SELECT count(*) FROM webhook_outbox")) == 0);
}
