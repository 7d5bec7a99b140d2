#include "store/store.h"

#include "core/error.h"
#include "core/event.h"
#include "store/schema.h"
#include "store/sqlerror.h"
#include "store/writetransaction.h"

#include <QDir>

namespace lobbydesk {

Store::Store(const QString &dataDir, Options options)
    : m_db(std::make_unique<Database>(
        databasePath(dataDir), Database::Options { options.sync, !options.readOnly }))
{
    const Migrator migrator(terminalSchema());
    if (options.readOnly) {
        const int version = Migrator::currentVersion(m_db->sql());
        if (version != migrator.latestVersion())
            throw Error(version > migrator.latestVersion() ? Error::Kind::NewerSchema
                                                           : Error::Kind::Migration,
                QStringLiteral("the database %1 has schema version %2; this LobbyDesk "
                               "reads version %3")
                    .arg(path())
                    .arg(version)
                    .arg(migrator.latestVersion()));
    } else {
        migrator.migrate(*m_db);
    }
    m_terminalId = loadOrCreateTerminalId(options.readOnly);
    m_events = std::make_unique<EventLog>(*m_db, m_terminalId);
}

Store::~Store() = default;

QString Store::databasePath(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(QString::fromLatin1(kFileName));
}

int Store::schemaVersion() const
{
    return Migrator::currentVersion(m_db->sql());
}

QString Store::loadOrCreateTerminalId(bool readOnly)
{
    QSqlQuery query
        = runSql(m_db->sql(), QStringLiteral("SELECT value FROM meta WHERE key = 'terminal_id'"),
            QStringLiteral("reading the terminal id"));
    if (query.next())
        return query.value(0).toString();
    query.finish();
    if (readOnly)
        throw Error(
            Error::Kind::Corrupt, QStringLiteral("the database %1 has no terminal id").arg(path()));
    // A local id until enrolment with the hub; it names this terminal's hash chain.
    const QString id = uuidText(QUuid::createUuid());
    WriteTransaction transaction(*m_db);
    QSqlQuery insert(m_db->sql());
    insert.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('terminal_id', ?)"));
    insert.addBindValue(id);
    execOrThrow(insert, QStringLiteral("creating the terminal id"), path());
    transaction.commit();
    return id;
}

} // namespace lobbydesk
