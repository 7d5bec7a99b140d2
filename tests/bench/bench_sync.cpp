// How fast does a terminal's queue drain to a hub on loopback, and how much load does a hub
// take? docs/benchmarks.md explains the method and keeps the figures.
//
//   bench_sync --hub PATH/lobbydesk-hub [--events 10000] [--baseline 2000] [--pg URL]
//              [--terminals 200] [--seconds 10]
//   tests/bench/run_sync_bench.sh [BUILD_DIR]   (starts a throwaway PostgreSQL cluster too)
//
// --pg drops and recreates the public schema of that database: give it a throwaway one.
//
// For the SQLite hub (and the PostgreSQL hub with --pg), each in one run:
//  (a) drain: N queued events pushed by the real SyncEngine (batches of 1000), events/s; five
//      drains, each of its own terminal and site, the first into the hub's new database file;
//  (b) baseline: the same engine with one request per event, events/s;
//  (c) faults: five drains through the fault proxy with 5% resets, 5% answers dropped after
//      the hub committed, 5% 503s, against five drains without it; events/s and the ratio;
//  (d) load: T simulated terminals pushing 10 events and pulling the feed in a loop at once,
//      requests/s and latency percentiles.
#include "core/event.h"
#include "core/eventhash.h"
#include "core/signing.h"
#include "core/wireevent.h"
#include "faultproxy.h"
#include "hub/hubadmin.h"
#include "hub/hubdatabase.h"
#include "services/desknotes.h"
#include "services/projections.h"
#include "store/store.h"
#include "sync/enrolment.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace lobbydesk;

namespace {

struct Hub
{
    QProcess process;
    quint16 port = 0;
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
};

void startHub(Hub &hub, const QString &executable, const QString &db)
{
    hub.process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    hub.process.start(executable,
        { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"), db });
    QByteArray line;
    while (!line.contains('\n') && hub.process.waitForReadyRead(10000))
        line += hub.process.readAllStandardOutput();
    const auto match
        = QRegularExpression(QStringLiteral(":(\\d+) \\(")).match(QString::fromUtf8(line));
    if (!match.hasMatch())
        qFatal("the hub did not start: %s", line.constData());
    hub.port = quint16(match.captured(1).toUInt());
}

void stopHub(Hub &hub)
{
    hub.process.terminate();
    hub.process.waitForFinished(5000);
}

// A terminal with `events` queued desk notes, enrolled at `url`; returns its data dir.
std::unique_ptr<QTemporaryDir> queuedTerminal(
    HubAdmin &admin, const QString &url, int events, const QString &site)
{
    auto dir = std::make_unique<QTemporaryDir>();
    // Filling is not what is measured: no fsync per note here. The engine opens its own,
    // fully durable connection.
    Store store(dir->path(), { Database::Sync::Normal, false });
    enrolTerminal(store,
        { url, admin.createEnrolmentCode(site, std::chrono::hours(1)), QStringLiteral("bench"),
            Role::Desk, {} });
    DeskNotes notes(store.events());
    for (int i = 0; i < events; ++i)
        notes.add(QStringLiteral("handover %1: key 1201 returned, parcel for Acme at the desk, "
                                 "contractor badge 7 still out")
                      .arg(i),
            QStringLiteral("S-001"));
    return dir;
}

struct Drain
{
    double seconds = 0;
    int rounds = 0;
    int pushed = 0;
};

Drain drain(const QString &dataDir, int batchSize)
{
    SyncEngine::Options options;
    options.batchSize = batchSize;
    SyncEngine engine(dataDir, terminalProjection, options);
    Drain result;
    QElapsedTimer clock;
    clock.start();
    while (engine.snapshot().queued > 0 && result.rounds < 10000) {
        const SyncRound round = engine.runRound();
        result.pushed += round.pushed;
        ++result.rounds;
    }
    result.seconds = clock.nsecsElapsed() / 1e9;
    return result;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

// One simulated terminal of the load test: a token, its own hash chain, its own connection.
struct SimTerminal
{
    QString id;
    QString token;
    qint64 seq = 0;
    QByteArray prevHash = genesisHash();
    qint64 cursor = 0;
    std::unique_ptr<QNetworkAccessManager> network;
};

QJsonArray nextEvents(SimTerminal &t, int count)
{
    QJsonArray batch;
    for (int i = 0; i < count; ++i) {
        Event event;
        event.id = QUuid::createUuid();
        event.terminalId = t.id;
        event.seq = ++t.seq;
        event.type = QStringLiteral("desk.note.added");
        event.payload = QByteArrayLiteral("{\"text\":\"load test note\"}");
        event.occurredAt
            = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
        event.actor = QStringLiteral("S-001");
        event.prevHash = t.prevHash;
        event.hash = eventHash(event);
        t.prevHash = event.hash;
        batch.append(eventToWire(event));
    }
    return batch;
}

struct Load
{
    qint64 requests = 0;
    qint64 failures = 0;
    double seconds = 0;
    std::vector<double> latencyMs;
};

Load load(const QString &url, HubAdmin &admin, int terminals, int seconds)
{
    std::vector<std::unique_ptr<SimTerminal>> sims;
    QNetworkAccessManager enrolNetwork;
    for (int i = 0; i < terminals; ++i) {
        auto sim = std::make_unique<SimTerminal>();
        sim->id = uuidText(QUuid::createUuid());
        QNetworkRequest request(QUrl(url + QStringLiteral("/v1/enrol")));
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QString code
            = admin.createEnrolmentCode(QStringLiteral("bench"), std::chrono::hours(1));
        const SigningKeyPair keys = generateSigningKeyPair();
        const QByteArray signature
            = signDetached(enrolmentMessage(code, sim->id, keys.publicKey), keys.secretKey);
        const QJsonObject body { { QStringLiteral("code"), code },
            { QStringLiteral("terminal"), sim->id },
            { QStringLiteral("name"), QStringLiteral("sim %1").arg(i) },
            { QStringLiteral("role"), QStringLiteral("guard") },
            { QStringLiteral("public_key"), QString::fromLatin1(keys.publicKey.toBase64()) },
            { QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()) } };
        QNetworkReply *reply
            = enrolNetwork.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        sim->token = QJsonDocument::fromJson(reply->readAll())
                         .object()
                         .value(QStringLiteral("token"))
                         .toString();
        delete reply;
        if (sim->token.isEmpty())
            qFatal("enrolment of simulated terminal %d failed", i);
        sim->network = std::make_unique<QNetworkAccessManager>();
        sims.push_back(std::move(sim));
    }

    Load result;
    QElapsedTimer clock;
    clock.start();
    const qint64 end = qint64(seconds) * 1000;
    int running = terminals;
    QEventLoop loop;
    std::function<void(SimTerminal *, bool)> step = [&](SimTerminal *t, bool push) {
        if (clock.elapsed() >= end) {
            if (--running == 0)
                loop.quit();
            return;
        }
        QNetworkRequest request(QUrl(url
            + (push ? QStringLiteral("/v1/events")
                    : QStringLiteral("/v1/feed?after=%1&limit=100").arg(t->cursor))));
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + t->token.toLatin1());
        QElapsedTimer *started = new QElapsedTimer;
        started->start();
        QNetworkReply *reply = push
            ? t->network->post(request,
                QJsonDocument(QJsonObject { { QStringLiteral("events"), nextEvents(*t, 10) } })
                    .toJson(QJsonDocument::Compact))
            : t->network->get(request);
        QObject::connect(reply, &QNetworkReply::finished, [&, t, push, reply, started] {
            result.latencyMs.push_back(started->nsecsElapsed() / 1e6);
            delete started;
            ++result.requests;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 200)
                ++result.failures;
            else if (!push)
                t->cursor = qint64(QJsonDocument::fromJson(reply->readAll())
                                       .object()
                                       .value(QStringLiteral("cursor"))
                                       .toDouble());
            reply->deleteLater();
            step(t, !push);
        });
    };
    for (auto &sim : sims)
        step(sim.get(), true);
    loop.exec();
    result.seconds = clock.nsecsElapsed() / 1e9;
    return result;
}

void runBackend(const char *name, const QString &hubExecutable, const QString &db, int events,
    int baselineEvents, int terminals, int seconds)
{
    if (db.startsWith(QStringLiteral("postgres"))) { // start from an empty database
        HubDatabase reset(db);
        reset.run(QStringLiteral("DROP SCHEMA public CASCADE"), QStringLiteral("emptying"));
        reset.run(QStringLiteral("CREATE SCHEMA public"), QStringLiteral("emptying"));
    }
    Hub hub;
    startHub(hub, hubExecutable, db);
    HubDatabase admin(db);
    HubAdmin hubAdmin(admin);
    // A site per measurement: each terminal alone, pulling nothing but its own site's few
    // hub events, so that the three drains do the same work.
    for (const char *site : { "bench", "baseline" })
        hubAdmin.createSite(QString::fromLatin1(site), QStringLiteral("Bench Tower"));

    // One drain of half a second is at the mercy of a shared machine: five, and their median.
    // The first one also pays for the hub's new file growing.
    constexpr int kDrains = 5;
    std::vector<double> drainRates;
    Drain batched;
    for (int run = 0; run < kDrains; ++run) {
        const QString site = QStringLiteral("drain-%1").arg(run);
        hubAdmin.createSite(site, QStringLiteral("Bench Tower"));
        auto fast = queuedTerminal(hubAdmin, hub.url(), events, site);
        const Drain one = drain(fast->path(), SyncEngine::Options {}.batchSize);
        drainRates.push_back(one.pushed / one.seconds);
        batched.pushed += one.pushed;
        batched.seconds += one.seconds;
        batched.rounds += one.rounds;
    }
    auto slow = queuedTerminal(hubAdmin, hub.url(), baselineEvents, QStringLiteral("baseline"));
    const Drain single = drain(slow->path(), 1);

    // Faults are per request and a drain is a dozen requests: five drains with five seeds,
    // so that every kind of fault is hit, and their total time against five fault-free ones.
    FaultProxy proxy(QHostAddress::LocalHost, hub.port);
    if (!proxy.listen())
        qFatal("fault proxy: %s", qPrintable(proxy.errorString()));
    FaultRates rates;
    rates.reset = 0.05;
    rates.drop = 0.05;
    rates.unavailable = 0.05;
    proxy.setFaults(rates);
    constexpr int kFaultRuns = 5;
    Drain withFaults;
    Drain calm;
    for (int run = 0; run < kFaultRuns; ++run) {
        const QString site = QStringLiteral("faults-%1").arg(run);
        hubAdmin.createSite(site, QStringLiteral("Bench Tower"));
        proxy.setFaultsEnabled(false); // a calm enrolment
        auto faulty = queuedTerminal(hubAdmin, proxy.url().toString(), events, site);
        proxy.setSeed(quint64(11 + run));
        proxy.setFaultsEnabled(true);
        const Drain one = drain(faulty->path(), SyncEngine::Options {}.batchSize);
        withFaults.seconds += one.seconds;
        withFaults.pushed += one.pushed;
        withFaults.rounds += one.rounds;
        const QString calmSite = QStringLiteral("calm-%1").arg(run);
        hubAdmin.createSite(calmSite, QStringLiteral("Bench Tower"));
        auto direct = queuedTerminal(hubAdmin, hub.url(), events, calmSite);
        const Drain fine = drain(direct->path(), SyncEngine::Options {}.batchSize);
        calm.seconds += fine.seconds;
        calm.pushed += fine.pushed;
    }
    const FaultCounts counts = proxy.counts();
    const double rate = percentile(drainRates, 0.5);
    const double baseRate = single.pushed / single.seconds;
    const double faultRate = withFaults.pushed / withFaults.seconds;
    const double calmRate = calm.pushed / calm.seconds;
    std::printf("%s hub\n", name);
    std::printf("  drain %d events, batches of %d, median of %d: %8.0f events/s\n", events,
        SyncEngine::Options {}.batchSize, kDrains, rate);
    std::printf("    each (the first into a new hub file):");
    for (const double one : drainRates)
        std::printf(" %.0f", one);
    std::printf(
        "; %d events in %.2f s, %d rounds\n", batched.pushed, batched.seconds, batched.rounds);
    std::printf("  baseline, one request per event:    %8.0f events/s (%d events, %.2f s)\n",
        baseRate, single.pushed, single.seconds);
    std::printf("  batched / baseline:                 %8.1f x\n", rate / baseRate);
    std::printf(
        "  %d drains under faults:              %8.0f events/s (%.2f s, %d rounds) = %.2f of\n"
        "    the same drains without faults (%.0f events/s)\n",
        kFaultRuns, faultRate, withFaults.seconds, withFaults.rounds, faultRate / calmRate,
        calmRate);
    std::printf("    proxy: %llu requests, %llu reset, %llu answers dropped after the hub "
                "committed, %llu 503\n",
        counts.requests, counts.reset, counts.drop, counts.unavailable);
    const qint64 stored = [&] {
        QSqlQuery q(admin.sql());
        q.exec(QStringLiteral("SELECT count(*) - count(DISTINCT id) FROM events"));
        return q.next() ? q.value(0).toLongLong() : -1;
    }();
    std::printf("    duplicate events on the hub: %lld\n", stored);

    const Load l = load(hub.url(), hubAdmin, terminals, seconds);
    std::printf("  load: %d terminals, push 10 + pull, %d s: %8.0f requests/s, %lld failed,\n"
                "        latency p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
        terminals, seconds, l.requests / l.seconds, l.failures, percentile(l.latencyMs, 0.5),
        percentile(l.latencyMs, 0.99), percentile(l.latencyMs, 1.0));
    std::fflush(stdout);
    stopHub(hub);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(qEnvironmentVariable(
        "BENCH_LOG_RULES", QStringLiteral("lobbydesk.*.info=false\nlobbydesk.*.warning=false")));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption hubOption(
        QStringLiteral("hub"), QStringLiteral("lobbydesk-hub"), QStringLiteral("path"));
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("queued events"),
        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption baselineOption(QStringLiteral("baseline"),
        QStringLiteral("events for the one-per-request baseline"), QStringLiteral("n"),
        QStringLiteral("2000"));
    const QCommandLineOption pgOption(QStringLiteral("pg"),
        QStringLiteral("PostgreSQL URL (an empty database)"), QStringLiteral("url"));
    const QCommandLineOption terminalsOption(QStringLiteral("terminals"),
        QStringLiteral("load test terminals"), QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
        QStringLiteral("load test duration"), QStringLiteral("s"), QStringLiteral("10"));
    parser.addOptions(
        { hubOption, eventsOption, baselineOption, pgOption, terminalsOption, secondsOption });
    parser.process(app);
    if (!parser.isSet(hubOption))
        qFatal("--hub PATH/lobbydesk-hub is required");
    QTemporaryDir dir;
    const int events = parser.value(eventsOption).toInt();
    const int baseline = parser.value(baselineOption).toInt();
    const int terminals = parser.value(terminalsOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    runBackend("SQLite", parser.value(hubOption),
        QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("hub.db")), events, baseline,
        terminals, seconds);
    if (parser.isSet(pgOption))
        runBackend("PostgreSQL", parser.value(hubOption), parser.value(pgOption), events, baseline,
            terminals, seconds);
    return 0;
}
