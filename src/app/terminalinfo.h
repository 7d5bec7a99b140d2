#pragma once

#include "app/qmlsingleton.h"
#include "core/terminalconfig.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace lobbydesk {

class Store;

// Who this terminal is, for the screens: role, name, and where its data lives.
class TerminalInfo final : public QObject, public QmlSingleton<TerminalInfo>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString role READ role CONSTANT)
    Q_PROPERTY(QString name READ name CONSTANT)
    Q_PROPERTY(QString terminalId READ terminalId CONSTANT)
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    Q_PROPERTY(int schemaVersion READ schemaVersion CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)

public:
    TerminalInfo(const TerminalConfig &config, const Store &store, QObject *parent = nullptr);

    [[nodiscard]] QString role() const { return roleKey(m_config.role); }
    [[nodiscard]] QString name() const { return m_config.terminalName; }
    [[nodiscard]] QString terminalId() const { return m_terminalId; }
    [[nodiscard]] QString databasePath() const { return m_databasePath; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    [[nodiscard]] QString version() const;

private:
    TerminalConfig m_config;
    QString m_terminalId;
    QString m_databasePath;
    int m_schemaVersion;
};

} // namespace lobbydesk
