#include "store/migrations.h"

#include "core/error.h"
#include "core/logging.h"
#include "store/sqlerror.h"
#include "store/writetransaction.h"

namespace lobbydesk {

Migrator::Migrator(std::vector<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    for (std::size_t i = 0; i < m_migrations.size(); ++i)
        Q_ASSERT_X(
            m_migrations[i].version == int(i) + 1, "Migrator", "versions must be 1, 2, 3, …");
}

int Migrator::latestVersion() const
{
    return m_migrations.empty() ? 0 : m_migrations.back().version;
}

int Migrator::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery query = runSql(
        db, QStringLiteral("PRAGMA user_version"), QStringLiteral("reading the schema version"));
    return query.next() ? query.value(0).toInt() : 0;
}

void Migrator::migrate(Database &db) const
{
    const int current = currentVersion(db.sql());
    if (current > latestVersion())
        throw Error(Error::Kind::NewerSchema,
            QStringLiteral("the database %1 has schema version %2, but this LobbyDesk "
                           "knows versions up to %3. It was written by a newer LobbyDesk; "
                           "install that version (or newer) instead. The file was not "
                           "changed.")
                .arg(db.path())
                .arg(current)
                .arg(latestVersion()));
    for (const Migration &migration : m_migrations) {
        if (migration.version > current)
            apply(db, migration);
    }
}

void Migrator::apply(Database &db, const Migration &migration) const
{
    try {
        WriteTransaction transaction(db);
        for (const QString &statement : migration.statements)
            runSql(db.sql(), statement, QStringLiteral("migration %1").arg(migration.version));
        runSql(db.sql(), QStringLiteral("PRAGMA user_version=%1").arg(migration.version),
            QStringLiteral("migration %1").arg(migration.version));
        transaction.commit();
    } catch (const Error &error) {
        throw Error(Error::Kind::Migration,
            QStringLiteral("schema migration %1 (%2) failed, the database keeps schema "
                           "version %3: %4")
                .arg(migration.version)
                .arg(migration.name)
                .arg(migration.version - 1)
                .arg(error.message()));
    }
    qCInfo(lcStore) << "migrated" << db.path() << "to schema" << migration.version
                    << migration.name;
}

} // namespace lobbydesk
