#include "app/screenrunner.h"

#include "app/languageswitcher.h"
#include "app/navigator.h"
#include "app/terminalapp.h"
#include "core/error.h"
#include "core/logging.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <cstdio>

namespace lobbydesk {
namespace {

int g_problems = 0;
QtMessageHandler g_previousHandler = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        ++g_problems;
    g_previousHandler(type, context, message);
}

QSize windowSizeFor(Role role)
{
    switch (role) {
    case Role::Kiosk:
        return { 1080, 1920 }; // portrait lobby kiosk
    case Role::Desk:
        return { 1920, 1080 };
    case Role::Guard:
        return { 1280, 800 };
    }
    Q_UNREACHABLE();
}

// Shows each screen of one role in each language; saves PNGs when `outDir` is set.
void visitScreens(const TerminalConfig &config, const QString &outDir)
{
    TerminalApp terminal(config);
    // Screenshots show the keyboard as a user sees it; the self-test does not need it.
    if (!outDir.isEmpty())
        terminal.startInput(true);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    terminal.attach(&engine);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/LobbyDesk/App/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        ++g_problems;
        qCCritical(lcApp) << "Main.qml did not load for role" << roleKey(config.role);
        return;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    window->resize(windowSizeFor(config.role));
    window->show();

    const auto screens = terminal.navigator().screens();
    for (const QString &code : languageCodes()) {
        terminal.languages().select(code);
        for (const ScreenInfo &screen : screens) {
            terminal.navigator().home();
            terminal.navigator().open(screen.id);
            QCoreApplication::processEvents();
            const QImage image = window->grabWindow();
            if (image.isNull()) {
                ++g_problems;
                qCCritical(lcApp) << "could not render" << screen.id;
            }
            if (outDir.isEmpty())
                continue;
            const QString file = QStringLiteral("%1/%2-%3-%4.png")
                                     .arg(outDir, roleKey(config.role), screen.id, code);
            if (!image.save(file)) {
                ++g_problems;
                qCCritical(lcApp) << "could not write" << file;
            }
        }
    }
    std::printf("%s: %lld screens x %lld languages\n", qPrintable(roleKey(config.role)),
        qlonglong(screens.size()), qlonglong(languageCodes().size()));
}

int guarded(const std::function<void()> &run)
{
    g_problems = 0;
    g_previousHandler = qInstallMessageHandler(countingHandler);
    try {
        run();
    } catch (const Error &error) {
        ++g_problems;
        qCCritical(lcApp) << error.message();
    }
    qInstallMessageHandler(g_previousHandler);
    return g_problems;
}

} // namespace

int runSelfTest(const TerminalConfig &base)
{
    return guarded([&] {
        for (const QString &key : roleKeys()) {
            QTemporaryDir data;
            TerminalConfig config = base;
            config.role = *roleFromKey(key);
            config.dataDir = data.path();
            visitScreens(config, {});
        }
    });
}

int runScreenshots(const TerminalConfig &config, const QString &dir)
{
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "lobbydesk: cannot create %s\n", qPrintable(dir));
        return 1;
    }
    return guarded([&] { visitScreens(config, dir); });
}

} // namespace lobbydesk
