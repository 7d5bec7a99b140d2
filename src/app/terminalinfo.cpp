#include "app/terminalinfo.h"

#include "store/store.h"

#include <QCoreApplication>

namespace lobbydesk {

TerminalInfo::TerminalInfo(const TerminalConfig &config, const Store &store, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_terminalId(store.terminalId())
    , m_databasePath(store.path())
    , m_schemaVersion(store.schemaVersion())
{ }

QString TerminalInfo::version() const
{
    return QCoreApplication::applicationVersion();
}

} // namespace lobbydesk
