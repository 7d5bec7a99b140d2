// The real screens of one terminal, driven by a Qt Quick Test script: the terminal is built
// from its config file ($LOBBYDESK_E2E_CONFIG) exactly as lobbydesk builds it, with its real
// store and its devices on the ptys of lobbydesk-devsim. A script can tell the simulator to
// tap a card or scan a code (E2E.devsim), as a person at the counter would.
#include "app/terminalapp.h"
#include "core/error.h"
#include "qmlmodules.h"

#include <QDir>
#include <QFile>
#include <QQmlEngine>
#include <QtQuickTest>
#include <memory>

namespace {

class E2E : public QObject
{
    Q_OBJECT

public:
    // Writes a command to the simulator's control FIFO ($LOBBYDESK_E2E_DEVSIM/control).
    Q_INVOKABLE bool devsim(const QString &command) const
    {
        QFile control(qEnvironmentVariable("LOBBYDESK_E2E_DEVSIM") + QStringLiteral("/control"));
        if (!control.open(QIODevice::WriteOnly | QIODevice::Append)) {
            qWarning("e2e: cannot write to %s", qPrintable(control.fileName()));
            return false;
        }
        return control.write((command + QLatin1Char('\n')).toUtf8()) > 0;
    }
    // Jobs the simulated printer has printed so far.
    Q_INVOKABLE int printedJobs() const
    {
        return int(QDir(qEnvironmentVariable("LOBBYDESK_E2E_DEVSIM") + QStringLiteral("/printed"))
                       .entryList({ QStringLiteral("job-*.bin") }, QDir::Files)
                       .size());
    }
    // A file the calling script left for this stage (e.g. a decoded QR), trimmed.
    Q_INVOKABLE QString readFile(const QString &path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed()
                                              : QString();
    }
    Q_INVOKABLE QString env(const QString &name) const
    {
        return qEnvironmentVariable(qPrintable(name));
    }
};

} // namespace

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable() { qputenv("QT_IM_MODULE", "qtvirtualkeyboard"); }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        try {
            const lobbydesk::TerminalConfig config = lobbydesk::TerminalConfig::load(
                qEnvironmentVariable("LOBBYDESK_E2E_CONFIG"), true);
            m_terminal = std::make_unique<lobbydesk::TerminalApp>(config);
        } catch (const lobbydesk::Error &error) {
            qFatal("e2e: %s", qPrintable(error.message()));
        }
        m_terminal->attach(engine);
        m_terminal->startInput();
        // As the running terminal does, with a settle time that fits in a stage.
        m_terminal->startPrinterReports(std::chrono::milliseconds(500));
        qmlRegisterSingletonInstance("LobbyDesk.E2E", 1, 0, "E2E", &m_e2e);
    }

private:
    E2E m_e2e;
    std::unique_ptr<lobbydesk::TerminalApp> m_terminal;
};

QUICK_TEST_MAIN_WITH_SETUP(lobbydesk_e2e_screens, Setup)

#include "main.moc"
