// Chinese input on the kiosk: how long from a key tap to its candidates on screen, how long
// the engine's data takes to prepare on a first start (and on a later one), and how much
// memory the engine adds to the kiosk process. docs/benchmarks.md keeps the figures.
//
//   bench_input [--names 200] [--ctl PATH/lobbydesk-ctl]
//
// One process: a real terminal (TerminalApp on a throw-away data directory) behind the app's
// KeyboardPanel and a TextField in an offscreen window, software rendering, as the Quick tests.
//  1. memory (VmRSS) with the keyboard open in English, before the Chinese engine starts;
//  2. first-start preparation of the engine's data (RimeEngine::startAndWait on a new
//     directory), then memory;
//  3. simplified pinyin: the names of the sample directory typed letter by letter through the
//     keyboard's input engine (what a key tap calls); for each letter, the time until the
//     next frame is on screen with the new candidates; memory after;
//  4. with --ctl: `lobbydesk-ctl input prepare` five times on new directories and five times
//     on a prepared one (what every later start does), wall time per process.
#include "app/languageswitcher.h"
#include "app/terminalapp.h"
#include "directory/pinyin.h"
#include "input/rimeengine.h"
#include "qmlmodules.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace lobbydesk;

namespace {

double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

// Pinyin of the people's names in the sample directory, as a visitor types them.
QStringList sampleNames(int limit)
{
    QFile file(QStringLiteral(LOBBYDESK_SOURCE_DIR "/assets/directory/sample-directory.csv"));
    QStringList names;
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> cells = line.split(',');
        if (cells.size() < 3 || cells[0] != "person")
            continue;
        const QString pinyin
            = pinyinSyllables(QString::fromUtf8(cells[2]), PinyinText::PersonName).join(QString());
        if (!pinyin.isEmpty() && std::all_of(pinyin.begin(), pinyin.end(), [](QChar c) {
                return c >= u'a' && c <= u'z';
            }))
            names.append(pinyin);
    }
    while (names.size() < limit && !names.isEmpty())
        names += names.mid(0, limit - names.size());
    return names.mid(0, limit);
}

// Wall time of each run, ms.
std::vector<double> prepareRuns(const QString &ctl, bool fresh, int runs)
{
    std::vector<double> result;
    QTemporaryDir dir;
    auto prepare = [&ctl](const QString &data) {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(ctl,
            { QStringLiteral("--data"), data, QStringLiteral("input"), QStringLiteral("prepare") });
        if (!process.waitForFinished(120000) || process.exitCode() != 0)
            qFatal("lobbydesk-ctl input prepare failed: %s", process.readAll().constData());
    };
    if (!fresh)
        prepare(dir.path()); // prepared once, untimed: what every later start finds
    for (int i = 0; i < runs; ++i) {
        const QString data = fresh ? dir.path() + QStringLiteral("/%1").arg(i) : dir.path();
        QElapsedTimer clock;
        clock.start();
        prepare(data);
        result.push_back(clock.nsecsElapsed() / 1e6);
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_BACKEND", "software");
    qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption namesOption(QStringLiteral("names"), QStringLiteral("names to type"),
        QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption ctlOption(
        QStringLiteral("ctl"), QStringLiteral("lobbydesk-ctl"), QStringLiteral("path"));
    parser.addOptions({ namesOption, ctlOption });
    parser.process(app);

    QTemporaryDir data;
    TerminalConfig config;
    config.role = Role::Kiosk;
    config.language = Language::English;
    config.dataDir = data.path();
    TerminalApp terminal(config);
    QQuickView view;
    view.engine()->addImportPath(QStringLiteral("qrc:/qt/qml"));
    terminal.attach(view.engine());
    view.setSource(
        QUrl::fromLocalFile(QStringLiteral(LOBBYDESK_SOURCE_DIR "/tests/bench/bench_input.qml")));
    if (view.status() != QQuickView::Ready)
        qFatal("bench_input.qml did not load");
    view.show();
    QQuickItem *root = view.rootObject();
    QMetaObject::invokeMethod(root, "open");
    if (!QTest::qWaitFor([root] { return root->property("keyboardOpen").toBool(); }, 10000))
        qFatal("the keyboard did not open");
    QTest::qWait(300);
    const double rssLatin = rssMiB();

    QElapsedTimer clock;
    clock.start();
    if (!RimeEngine::instance().startAndWait({ RimeEngine::userDirFor(config.dataDir) }))
        qFatal("the engine is not ready: %s", qPrintable(RimeEngine::instance().problem()));
    const double prepareMs = clock.nsecsElapsed() / 1e6;
    const double rssEngine = rssMiB();

    terminal.languages().select(QStringLiteral("zh_CN"));
    QTest::qWait(300);
    const QStringList names = sampleNames(parser.value(namesOption).toInt());
    std::vector<double> keystrokeMs;
    int frames = 0;
    QObject::connect(&view, &QQuickWindow::frameSwapped, [&frames] { ++frames; });
    for (const QString &name : names) {
        for (const QChar letter : name) {
            const int before = frames;
            clock.restart();
            QMetaObject::invokeMethod(root, "key", Q_ARG(QVariant, QString(letter)));
            // Shown: a frame has been drawn after the key, with candidates in the bar.
            if (!QTest::qWaitFor(
                    [&] { return frames > before && root->property("candidateCount").toInt() > 0; },
                    2000))
                qFatal("no candidates shown after '%c' of %s", char(letter.unicode()),
                    qPrintable(name));
            keystrokeMs.push_back(clock.nsecsElapsed() / 1e6);
        }
        QMetaObject::invokeMethod(root, "pickFirst");
        QTest::qWait(1);
    }
    const double rssTyped = rssMiB();

    // The engine's share: the same letters straight into a session (what RimeInputMethod
    // asks of librime per key), no keyboard, no drawing.
    std::vector<double> engineMs;
    {
        RimeSession session(QStringLiteral("luna_pinyin_simp"));
        for (const QString &name : names) {
            for (const QChar letter : name) {
                clock.restart();
                session.processKey(letter.unicode());
                const QStringList candidates = session.candidates();
                engineMs.push_back(clock.nsecsElapsed() / 1e6);
                if (candidates.isEmpty())
                    qFatal("no candidates from the engine for %s", qPrintable(name));
            }
            session.selectCandidate(0);
            (void)session.takeCommit();
            session.clear();
        }
    }

    std::printf("Chinese input, simplified pinyin, offscreen software rendering\n");
    std::printf("  keystroke to candidates on screen: %zu keys of %lld names: p50 %.1f ms, "
                "p99 %.1f ms, max %.1f ms\n",
        keystrokeMs.size(), qlonglong(names.size()), percentile(keystrokeMs, 0.5),
        percentile(keystrokeMs, 0.99), percentile(keystrokeMs, 1.0));
    std::printf("  of which librime (key + candidate list): p50 %.2f ms, p99 %.2f ms\n",
        percentile(engineMs, 0.5), percentile(engineMs, 0.99));
    std::printf("  first-start preparation in the kiosk process: %.0f ms\n", prepareMs);
    std::printf("  memory (VmRSS): keyboard open in English %.1f MiB; engine ready %.1f MiB "
                "(+%.1f); after typing %.1f MiB (+%.1f over English)\n",
        rssLatin, rssEngine, rssEngine - rssLatin, rssTyped, rssTyped - rssLatin);
    if (parser.isSet(ctlOption)) {
        const std::vector<double> fresh = prepareRuns(parser.value(ctlOption), true, 5);
        const std::vector<double> again = prepareRuns(parser.value(ctlOption), false, 5);
        std::printf("  lobbydesk-ctl input prepare, whole process: new directory median %.0f ms "
                    "(max %.0f); prepared directory median %.0f ms (max %.0f)\n",
            percentile(fresh, 0.5), percentile(fresh, 1.0), percentile(again, 0.5),
            percentile(again, 1.0));
    }
    std::fflush(stdout);
    return 0;
}
