#include "rawsqlite.h"
#include "store/store.h"
#include "tempdatadir.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace lobbydesk;

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

QString seedStore(const TempDataDir &dir, int events)
{
    Store store(dir.path());
    for (int i = 0; i < events; ++i)
        store.events().record({ QStringLiteral("visit.checked_in"),
            { { QStringLiteral("name"), QStringLiteral("访客 %1").arg(i) } },
            QStringLiteral("desk-1"), {} });
    return store.terminalId();
}

} // namespace

TEST_CASE("status reports the store", "[ctl]")
{
    TempDataDir dir;
    const QString terminal = seedStore(dir, 3);
    const Run json = ctl({ QStringLiteral("--data"), dir.path(), QStringLiteral("status"),
        QStringLiteral("--json") });
    REQUIRE(json.exitCode == 0);
    const QJsonObject status = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(status.value(QStringLiteral("terminal_id")).toString() == terminal);
    CHECK(status.value(QStringLiteral("events")).toInt() == 3);
    CHECK(status.value(QStringLiteral("queued")).toInt() == 3);
    CHECK(status.value(QStringLiteral("schema_version")).toInt() >= 1);
    CHECK(status.value(QStringLiteral("database")).toString() == dir.databasePath());

    const Run text = ctl({ QStringLiteral("--data"), dir.path(), QStringLiteral("status") });
    CHECK(text.out.contains(QStringLiteral("queued:         3")));
}

TEST_CASE("export writes one JSON event per line, in order", "[ctl]")
{
    TempDataDir dir;
    seedStore(dir, 4);
    const Run run = ctl({ QStringLiteral("--data"), dir.path(), QStringLiteral("events"),
        QStringLiteral("export") });
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    for (int i = 0; i < 4; ++i) {
        const QJsonObject event = QJsonDocument::fromJson(lines[i].toUtf8()).object();
        CHECK(event.value(QStringLiteral("seq")).toInt() == i + 1);
        CHECK(event.value(QStringLiteral("payload"))
                  .toObject()
                  .value(QStringLiteral("name"))
                  .toString()
            == QStringLiteral("访客 %1").arg(i));
        CHECK(event.value(QStringLiteral("hash")).toString().size() == 64);
    }
}

TEST_CASE("verify passes an intact log and names where a tampered one breaks", "[ctl]")
{
    TempDataDir dir;
    seedStore(dir, 5);
    const QStringList verify { QStringLiteral("--data"), dir.path(), QStringLiteral("events"),
        QStringLiteral("verify") };
    const Run intact = ctl(verify);
    CHECK(intact.exitCode == 0);
    CHECK(intact.out.contains(QStringLiteral("5 events, chain intact")));

    rawsqlite::exec(
        dir.databasePath(), QStringLiteral("UPDATE events SET actor = 'nobody' WHERE seq = 3"));
    const Run broken = ctl(verify);
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QStringLiteral("chain BROKEN at seq 3")));
    CHECK(broken.out.contains(QStringLiteral("changed after it was recorded")));

    const Run json = ctl(verify + QStringList { QStringLiteral("--json") });
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("ok")).toBool() == false);
}

TEST_CASE("unknown commands are refused with the usage", "[ctl]")
{
    const Run run = ctl({ QStringLiteral("evnts"), QStringLiteral("verify") });
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("unknown command 'evnts verify'")));
    CHECK(run.err.contains(QStringLiteral("events export")));
}
