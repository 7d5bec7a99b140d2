// lobbydesk-ctl purge and hub purge, the real binary on a real store and hub database.
#include "hub/hubadmin.h"
#include "hub/hubdatabase.h"
#include "rawsqlite.h"
#include "retentionseed.h"
#include "store/store.h"
#include "tempdatadir.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace lobbydesk;
using namespace retentionseed;

namespace {

struct Run
{
    int exitCode;
    QString out;
    QString err;
};

Run ctl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LOBBYDESK_CTL), arguments);
    REQUIRE(process.waitForFinished(30000));
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QJsonObject json(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

TEST_CASE("purge --dry-run shows what would go and changes nothing, purge does it once",
    "[ctl][retention]")
{
    TempDataDir dir;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList before;
    {
        Store store(dir.path());
        addVisit(store, QStringLiteral("V-old"), now.addDays(-200));
        addVisit(store, QStringLiteral("V-month"), now.addDays(-45));
        addVisit(store, QStringLiteral("V-new"), now.addDays(-1));
        addInvitation(store, QStringLiteral("I-old"), now.addDays(-190));
        appendEvent(store, QStringLiteral("visit.checked_in"),
            checkInPayload(QStringLiteral("V-old")), now.addDays(-200), true);
        appendEvent(store, QStringLiteral("visit.checked_in"),
            checkInPayload(QStringLiteral("V-month")), now.addDays(-45), true);
        appendEvent(store, QStringLiteral("visit.checked_in"),
            checkInPayload(QStringLiteral("V-new")), now.addDays(-1), false);
        before = dump(store, QStringLiteral("visits")) + dump(store, QStringLiteral("invitations"))
            + dump(store, QStringLiteral("events"));
    }
    const QByteArray fileBefore = fileHash(dir.databasePath());

    const Run dry = ctl({ QStringLiteral("--data"), dir.path(), QStringLiteral("purge"),
        QStringLiteral("--dry-run"), QStringLiteral("--json") });
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    const QJsonObject planned = json(dry);
    CHECK(planned.value(QStringLiteral("dry_run")).toBool());
    CHECK(planned.value(QStringLiteral("visits")).toInt() == 1);
    CHECK(planned.value(QStringLiteral("id_fragments")).toInt() == 1);
    CHECK(planned.value(QStringLiteral("invitations")).toInt() == 1);
    CHECK(planned.value(QStringLiteral("events")).toInt() == 2);
    CHECK(planned.value(QStringLiteral("visit_days")).toInt() == 180);
    CHECK(planned.value(QStringLiteral("visits_before"))
              .toString()
              .startsWith(now.addDays(-180).toString(QStringLiteral("yyyy-MM-dd"))));
    CHECK(fileHash(dir.databasePath()) == fileBefore);
    {
        Store store(dir.path(), { Database::Sync::Full, true });
        CHECK(dump(store, QStringLiteral("visits")) + dump(store, QStringLiteral("invitations"))
                + dump(store, QStringLiteral("events"))
            == before);
    }
    const Run text = ctl({ QStringLiteral("--data"), dir.path(), QStringLiteral("purge"),
        QStringLiteral("--dry-run") });
    CHECK(text.out.contains(QStringLiteral("visits:       1 would be anonymised")));
    CHECK(text.out.contains(QStringLiteral("dry run: nothing was changed")));

    const Run done = ctl({ QStringLiteral("--data"), dir.path(), QStringLiteral("purge"),
        QStringLiteral("--json") });
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    const QJsonObject counts = json(done);
    for (const char *kind : { "visits", "id_fragments", "invitations", "events" })
        CHECK(counts.value(QLatin1String(kind)) == planned.value(QLatin1String(kind)));
    CHECK(rawsqlite::scalar(dir.databasePath(),
              QStringLiteral("SELECT count(*) FROM events WHERE payload LIKE '%王小明%'"))
              .toInt()
        == 2); // the 45-day-old one (lost only its ID fragments) and the one in the outbox
    CHECK(rawsqlite::scalar(dir.databasePath(),
              QStringLiteral("SELECT count(*) FROM events WHERE payload LIKE '%123X%'"))
              .toInt()
        == 1); // only the one in the outbox
    const Run again = ctl({ QStringLiteral("--data"), dir.path(), QStringLiteral("purge"),
        QStringLiteral("--json") });
    for (const char *kind : { "visits", "id_fragments", "invitations", "events" })
        CHECK(json(again).value(QLatin1String(kind)).toInt() == 0);
    const Run verify = ctl({ QStringLiteral("--data"), dir.path(), QStringLiteral("events"),
        QStringLiteral("verify") });
    CHECK(verify.exitCode == 0);
    CHECK(verify.out.contains(QStringLiteral("3 events, chain intact")));
}

TEST_CASE("purge refuses a config with nonsense retention periods, naming the file and key",
    "[ctl][retention]")
{
    TempDataDir dir;
    const QString config = dir.file(QStringLiteral("lobbydesk.ini"));
    QFile file(config);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("[retention]\nvisit_days = 14\nid_days = 30\n");
    file.close();
    const Run run = ctl({ QStringLiteral("--config"), config, QStringLiteral("--data"), dir.path(),
        QStringLiteral("purge"), QStringLiteral("--dry-run") });
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(config + QStringLiteral(": [retention] id_days: 30 days is longer")));
}

TEST_CASE(
    "hub purge redacts old check-ins at the hub, its dry run changes nothing", "[ctl][retention]")
{
    TempDataDir dir;
    const QString url = QStringLiteral("sqlite:") + dir.file(QStringLiteral("hub.db"));
    {
        HubDatabase db(url);
        HubAdmin(db).createSite(QStringLiteral("harbour"), QStringLiteral("Harbour"));
        QSqlQuery insert(db.sql());
        REQUIRE(insert.exec(QStringLiteral(
            "INSERT INTO events (id, site_id, terminal_id, seq, type, payload, occurred_at, actor,"
            " prev_hash, hash, received_at, feed_pos) VALUES ('%1', 'harbour', 't1', 1,"
            " 'visit.checked_in', '%2', '2020-01-01T00:00:00.000Z', 'kiosk', '', '', '', 100)")
                                .arg(uuidText(QUuid::createUuid()),
                                    QString::fromUtf8(
                                        QJsonDocument(checkInPayload(QStringLiteral("V-1")))
                                            .toJson(QJsonDocument::Compact)))));
    }
    const Run dry = ctl({ QStringLiteral("hub"), QStringLiteral("--db"), url,
        QStringLiteral("purge"), QStringLiteral("--dry-run"), QStringLiteral("--json") });
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(json(dry).value(QStringLiteral("events")).toInt() == 1);
    const QString path = dir.file(QStringLiteral("hub.db"));
    CHECK(rawsqlite::scalar(path,
              QStringLiteral("SELECT count(*) FROM events WHERE redacted_at IS "
                             "NOT NULL"))
              .toInt()
        == 0);
    const Run done = ctl({ QStringLiteral("hub"), QStringLiteral("--db"), url,
        QStringLiteral("purge"), QStringLiteral("--visit-retention-days"), QStringLiteral("365") });
    REQUIRE(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("events: 1 redacted")));
    CHECK(rawsqlite::scalar(path,
              QStringLiteral("SELECT json_extract(payload, '$.name') IS NULL AND redacted_at IS "
                             "NOT NULL FROM events WHERE type = 'visit.checked_in'"))
              .toInt()
        == 1);
    const Run bad = ctl({ QStringLiteral("hub"), QStringLiteral("--db"), url,
        QStringLiteral("purge"), QStringLiteral("--id-retention-days"), QStringLiteral("400") });
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("cannot be kept longer than visits")));
}
