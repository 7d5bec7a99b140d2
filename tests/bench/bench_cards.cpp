// IC cards, machine time (docs/benchmarks.md, "IC cards"):
//  - a card tap at the kiosk (TenantCard::present, as the reader's cardPresented signal calls
//    it) to the tenant's greeting on the real kiosk home screen: the text bound, and the next
//    frame rendered (offscreen, software renderer), over many taps of the sample directory's
//    tenant cards;
//  - a card reported lost at desk A to the same UID refused at terminal B, both enrolled with
//    a real lobbydesk-hub process on loopback and syncing at the default interval (3 s) on
//    their own threads, as the running terminals do.
// Not a ctest: run by hand.
#include "app/tenantcard.h"
#include "app/terminalapp.h"
#include "hub/hubadmin.h"
#include "hub/hubdatabase.h"
#include "qmlmodules.h"
#include "sampledirectory.h"
#include "services/cards.h"
#include "services/projections.h"
#include "store/store.h"
#include "sync/enrolment.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace lobbydesk;

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, std::size_t(p * double(values.size())));
    return values[index];
}

void report(const char *what, const std::vector<double> &values, const char *unit = "ms")
{
    std::printf("%-52s n=%zu  p50 %8.2f %s  p99 %8.2f %s  max %8.2f %s\n", what, values.size(),
        percentile(values, 0.5), unit, percentile(values, 0.99), unit,
        *std::max_element(values.begin(), values.end()), unit);
}

template<typename Predicate> bool waitFor(Predicate done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    return done();
}

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

const QList<std::pair<QString, QString>> kTenantCards { { "04A1B2C3", "张三" },
    { "04A1B2C4", "李娜" }, { "04C3D2E1F00A80", "張三豐" }, { "04B7C8D9", "刘洋" },
    { "04D1E2F3", "杨帆" }, { "04E5F6A7", "周杰" }, { "04F1A2B3", "马丽" } };

void tapToGreeting(int taps)
{
    QTemporaryDir data;
    TerminalConfig config;
    config.role = Role::Kiosk;
    config.language = Language::English;
    config.dataDir = data.path();
    TerminalApp terminal(config);
    loadSampleDirectory(terminal.store());
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    terminal.attach(&engine);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/LobbyDesk/App/Main.qml")));
    if (engine.rootObjects().isEmpty())
        qFatal("Main.qml did not load");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    window->resize(1080, 1920);
    window->show();
    int frames = 0;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&frames] { ++frames; });
    waitFor([&] { return frames > 0; }, 5000);
    QQuickItem *welcome = findItem(window->contentItem(), QStringLiteral("homeWelcome"));
    if (!welcome)
        qFatal("no homeWelcome on the kiosk home");

    TenantCard &card = terminal.tenantCard();
    std::vector<double> bound;
    std::vector<double> rendered;
    for (int i = 0; i < taps; ++i) {
        const auto &[uid, name] = kTenantCards[i % kTenantCards.size()];
        card.clear();
        const int before = frames;
        waitFor([&] { return frames > before; }, 1000); // the "Welcome" frame is on screen
        const int shown = frames;
        QElapsedTimer clock;
        clock.start();
        card.present(uid);
        if (!welcome->property("text").toString().contains(name))
            qFatal("tap %d: no greeting for %s", i, qPrintable(name));
        bound.push_back(clock.nsecsElapsed() / 1e6);
        if (!waitFor([&] { return frames > shown; }, 2000))
            qFatal("tap %d: no frame rendered", i);
        rendered.push_back(clock.nsecsElapsed() / 1e6);
    }
    report("tap -> greeting text bound on the kiosk home", bound);
    report("tap -> greeting frame rendered (offscreen, software)", rendered);
}

struct Hub
{
    QProcess process;
    quint16 port = 0;
    [[nodiscard]] QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
};

void startHub(Hub &hub, const QString &db)
{
    hub.process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    hub.process.start(QStringLiteral(LOBBYDESK_HUB_EXECUTABLE),
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

// A terminal as the running app has it: a store for the screens (this thread) and the sync
// engine on its own thread at the default interval, nudged by each recorded event.
struct SyncedTerminal
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    QThread thread;
    SyncEngine *engine = nullptr;

    SyncedTerminal(HubAdmin &admin, const QString &url, Role role)
        : store(std::make_unique<Store>(dir.path()))
    {
        enrolTerminal(*store,
            { url, admin.createEnrolmentCode(QStringLiteral("bench"), std::chrono::hours(1)),
                QStringLiteral("bench ") + roleKey(role), role, {} });
        engine = new SyncEngine(dir.path(), terminalProjection, SyncEngine::Options {});
        engine->moveToThread(&thread);
        QObject::connect(&thread, &QThread::started, engine, &SyncEngine::start);
        QObject::connect(&store->events(), &EventLog::recorded, engine, &SyncEngine::nudge,
            Qt::QueuedConnection);
        thread.start();
    }
    ~SyncedTerminal()
    {
        QMetaObject::invokeMethod(
            engine, [this] { delete engine; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
};

void lostCardPropagation()
{
    QTemporaryDir hubDir;
    const QString db = QStringLiteral("sqlite:") + hubDir.filePath(QStringLiteral("hub.db"));
    Hub hub;
    startHub(hub, db);
    HubDatabase hubDb(db);
    HubAdmin admin(hubDb);
    admin.createSite(QStringLiteral("bench"), QStringLiteral("Bench Tower"));
    QFile sample(QStringLiteral(LOBBYDESK_SOURCE_DIR "/assets/directory/sample-directory.csv"));
    if (!sample.open(QIODevice::ReadOnly))
        qFatal("no sample directory");
    admin.importDirectory(QStringLiteral("bench"), sample.readAll());

    SyncedTerminal deskA(admin, hub.url(), Role::Desk);
    SyncedTerminal kioskB(admin, hub.url(), Role::Kiosk);
    Cards atA(deskA.store->events());
    Cards atB(kioskB.store->events());
    if (!waitFor(
            [&] {
                return atB.check(QStringLiteral("04A1B2C3")).status == CardCheck::Status::Tenant;
            },
            20000))
        qFatal("the directory did not reach terminal B");

    const QStringList people { "P-0001", "P-0002", "P-0004", "P-0006", "P-0009", "P-0012",
        "P-0016" };
    std::vector<double> seconds;
    for (int run = 0; run < people.size(); ++run) {
        // Start each run at a random point of B's 3-second cycle, as a real report would.
        QThread::msleep(700 + 311 * run % 2300);
        QElapsedTimer clock;
        clock.start();
        const Cards::Outcome lost = atA.reportLost(people[run], {}, QStringLiteral("bench"));
        const QString uid = lost.blocked.first();
        if (!waitFor([&] { return atB.check(uid).status == CardCheck::Status::Blocked; }, 30000))
            qFatal("run %d: %s never refused at B", run, qPrintable(uid));
        seconds.push_back(clock.nsecsElapsed() / 1e9);
        std::printf("  run %d: %s blocked at A, refused at B after %.2f s\n", run, qPrintable(uid),
            seconds.back());
    }
    report("report lost at desk A -> refused at terminal B", seconds, "s");
    hub.process.terminate();
    hub.process.waitForFinished(5000);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_BACKEND", "software");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        QStringLiteral("lobbydesk.*.info=false\nlobbydesk.*.debug=false"));
    const int taps = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 500;
    tapToGreeting(taps);
    lostCardPropagation();
    return 0;
}
