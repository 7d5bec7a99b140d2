// Qt Quick Test runner with a real (throw-away) terminal behind the QML singletons: its store
// holds the sample building directory (assets/directory), and the on-screen keyboard with
// Chinese input is the app's own.
#include "app/demopasses.h"
#include "app/terminalapp.h"
#include "core/error.h"
#include "directory/directorycsv.h"
#include "drivers/printer/escposprinter.h"
#include "qmlmodules.h"
#include "sampledirectory.h"
#include "services/goodspasses.h"
#include "services/visits.h"
#include "store/store.h"
#include "tempdatadir.h"
#include "testpasses.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QtQuickTest>
#include <memory>

// What the tests check in the terminal's records (a context property: tests only).
class TestProbe : public QObject
{
    Q_OBJECT

public:
    explicit TestProbe(lobbydesk::TerminalApp &terminal)
        : m_terminal(terminal)
    { }

    Q_INVOKABLE int goodsPassCount() const
    {
        return static_cast<int>(
            m_terminal.goodsPasses().list(lobbydesk::GoodsPassList::All).size());
    }

    Q_INVOKABLE int visitCount() const
    {
        return static_cast<int>(m_terminal.visits().list(lobbydesk::VisitList::All).size());
    }

    // Print jobs waiting in this terminal's queue (its printer is a path with no device).
    Q_INVOKABLE int waitingPrintJobs() const
    {
        lobbydesk::EscPosPrinter *printer = m_terminal.printer();
        return printer ? static_cast<int>(printer->queue().waiting().size()) : -1;
    }

    // Makes the terminal able to sign slips and invitations, as enrolment with a hub does.
    Q_INVOKABLE void enrol() const
    {
        lobbydesk::demo::enrolThrowAwayTerminal(m_terminal.store(), false);
    }

private:
    lobbydesk::TerminalApp &m_terminal;
};

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        // The app's input method (main() sets it too).
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        lobbydesk::TerminalConfig config;
        const QString role = qEnvironmentVariable("LOBBYDESK_TEST_ROLE");
        config.role = role == QStringLiteral("kiosk") ? lobbydesk::Role::Kiosk
            : role == QStringLiteral("guard")         ? lobbydesk::Role::Guard
                                                      : lobbydesk::Role::Desk;
        config.language = lobbydesk::Language::English;
        config.dataDir = m_data.path();
        // A receipt printer whose device is not there: jobs wait in its queue.
        if (qEnvironmentVariableIsSet("LOBBYDESK_TEST_PRINTER"))
            config.devices.printerPath = m_data.path() + QStringLiteral("/no-printer");
        m_terminal = std::make_unique<lobbydesk::TerminalApp>(config);
        loadSampleDirectory(m_terminal->store());
        // The guard checks passes that this terminal issues itself, signed with its own key.
        if (config.role == lobbydesk::Role::Guard)
            lobbydesk::demo::enrolThrowAwayTerminal(m_terminal->store(), false);
        m_passes = std::make_unique<lobbydesk::TestPasses>(
            m_terminal->store(), m_terminal->goodsPasses());
        m_terminal->attach(engine);
        m_probe = std::make_unique<TestProbe>(*m_terminal);
        engine->rootContext()->setContextProperty(QStringLiteral("TestProbe"), m_probe.get());
        m_terminal->startInput();
    }

private:
    TempDataDir m_data;
    std::unique_ptr<lobbydesk::TerminalApp> m_terminal;
    std::unique_ptr<lobbydesk::TestPasses> m_passes;
    std::unique_ptr<TestProbe> m_probe;
};

QUICK_TEST_MAIN_WITH_SETUP(lobbydesk_qml, Setup)

#include "main.moc"
