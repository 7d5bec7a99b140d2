// Qt Quick Test runner with a real (throw-away) terminal behind the QML singletons.
#include "app/terminalapp.h"
#include "qmlmodules.h"
#include "tempdatadir.h"

#include <QQmlEngine>
#include <QtQuickTest>
#include <memory>

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        lobbydesk::TerminalConfig config;
        config.role = lobbydesk::Role::Desk;
        config.language = lobbydesk::Language::English;
        config.dataDir = m_data.path();
        m_terminal = std::make_unique<lobbydesk::TerminalApp>(config);
        m_terminal->attach(engine);
    }

private:
    TempDataDir m_data;
    std::unique_ptr<lobbydesk::TerminalApp> m_terminal;
};

QUICK_TEST_MAIN_WITH_SETUP(lobbydesk_qml, Setup)

#include "main.moc"
