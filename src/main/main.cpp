// lobbydesk: wires the terminal together and shows its window.
#include "app/demokeys.h"
#include "app/screenrunner.h"
#include "app/terminalapp.h"
#include "commandline.h"
#include "core/error.h"
#include "qmlmodules.h"
#include "services/keys.h"
#include "store/store.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QScreen>
#include <cstdio>
#include <cstdlib>

using namespace lobbydesk;

namespace {

// A terminal that cannot start says why on its own screen, where staff will look, until
// someone closes it; then it exits 2 like the command-line refusal.
int showStartupError(QQmlApplicationEngine &engine, const QString &message, bool windowed)
{
    if (QGuiApplication::platformName() == QStringLiteral("offscreen"))
        return 2; // nobody could see it
    engine.setInitialProperties({ { QStringLiteral("message"), message } });
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/LobbyDesk/App/StartupErrorWindow.qml")));
    if (engine.rootObjects().isEmpty())
        return 2;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (windowed) {
        window->show();
    } else {
        window->setGeometry(window->screen()->geometry());
        window->showFullScreen();
    }
    QGuiApplication::exec();
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsOffscreen(argc, argv)) {
        // No display needed to check or photograph the screens.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qputenv("QT_QUICK_BACKEND", "software");
    }
    // A terminal started by systemd or as root has no login session; give Qt the private
    // runtime directory it asks for instead of a warning at every start.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        static char runtimeDir[] = "/tmp/lobbydesk-runtime-XXXXXX";
        if (mkdtemp(runtimeDir))
            qputenv("XDG_RUNTIME_DIR", runtimeDir);
    }
    // Qt Virtual Keyboard is the input method of every text field (touchscreens have no
    // keyboard); a desk with a real keyboard still types on it.
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("lobbydesk"));
    QGuiApplication::setOrganizationName(QStringLiteral("LobbyDesk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(LOBBYDESK_VERSION));

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    Invocation invocation;
    try {
        invocation = parseCommandLine(QGuiApplication::arguments());
    } catch (const Error &error) {
        std::fprintf(stderr, "lobbydesk: %s\n", qPrintable(error.message()));
        return showStartupError(engine, error.message(),
            QGuiApplication::arguments().contains(QStringLiteral("--windowed")));
    }

    switch (invocation.mode) {
    case Invocation::Mode::SelfTest: {
        const int problems = runSelfTest(invocation.config);
        std::printf("self-test: %s (%d warnings or errors)\n", problems == 0 ? "passed" : "FAILED",
            problems);
        return problems == 0 ? 0 : 1;
    }
    case Invocation::Mode::Screenshot: {
        const int problems = runScreenshots(invocation.config, invocation.screenshotDir);
        std::printf("screenshots in %s: %s\n", qPrintable(invocation.screenshotDir),
            problems == 0 ? "done" : "FAILED");
        return problems == 0 ? 0 : 1;
    }
    case Invocation::Mode::Run:
        break;
    }

    std::unique_ptr<TerminalApp> terminal;
    try {
        terminal = std::make_unique<TerminalApp>(invocation.config);
    } catch (const Error &error) {
        std::fprintf(stderr, "lobbydesk: %s\n", qPrintable(error.message()));
        return showStartupError(engine, error.message(), invocation.windowed);
    }
    // scripts/run's demo desk: an empty cabinet gets the demo keys (the sample directory's
    // people); a real cabinet is never touched.
    if (invocation.demoKeys && invocation.config.role == Role::Desk
        && terminal->keys().list().isEmpty()) {
        try {
            lobbydesk::demo::seedKeyDirectory(terminal->store());
            lobbydesk::demo::seedKeys(terminal->store());
        } catch (const Error &error) {
            std::fprintf(
                stderr, "lobbydesk: demo keys not added: %s\n", qPrintable(error.message()));
        }
    }
    terminal->attach(&engine);
    terminal->startInput();
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/LobbyDesk/App/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (invocation.config.role == Role::Kiosk)
        terminal->startIdleReset();
    terminal->startSync();
    terminal->startVisitorDayClose();
    if (invocation.config.role == Role::Desk)
        terminal->startKeyOverdueAlerts();
    terminal->startRetention();
    terminal->startPrinterReports();
    // Every role runs on a dedicated screen; a window is for development.
    if (invocation.windowed) {
        window->show();
    } else {
        // Also when no window manager is there to honour the request (a bare X server, Xvfb).
        window->setGeometry(window->screen()->geometry());
        window->showFullScreen();
    }
    return QGuiApplication::exec();
}
