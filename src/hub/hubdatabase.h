#pragma once

#include "core/error.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <memory>

namespace lobbydesk {

class Database;

// The hub's storage: an SQLite file (one building, the default) or PostgreSQL (many sites,
// several hub processes). The same schema and statements serve both; what differs is here.
class HubDatabase
{
public:
    enum class Dialect { Sqlite, Postgres };

    // `url` is sqlite:PATH or postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE. Opens, creates
    // (SQLite) and migrates the schema. Throws Error(Config) for a bad URL, others to reach it.
    explicit HubDatabase(const QString &url);
    ~HubDatabase();
    Q_DISABLE_COPY_MOVE(HubDatabase)

    [[nodiscard]] Dialect dialect() const { return m_dialect; }
    [[nodiscard]] QSqlDatabase &sql();
    // Where the data is, with no password: for logs and messages.
    [[nodiscard]] const QString &description() const { return m_description; }

    // A statement prepared once per connection and reused; bind and exec it, then finish().
    QSqlQuery &prepared(const QString &sql);
    // Runs a statement that returns nothing of interest; throws Error on failure.
    void run(const QString &sql, const QString &what);
    void exec(QSqlQuery &query, const QString &what);

    // The row lock that serialises writers on PostgreSQL; SQLite's BEGIN IMMEDIATE already
    // holds the one write lock.
    [[nodiscard]] QString forUpdate() const;

    // After a lost PostgreSQL connection: reconnect before the next request.
    void reconnectIfLost();

private:
    void openPostgres(const QString &url);
    [[nodiscard]] Error failure(const QString &what, const QSqlError &error) const;
    void migrate();

    Dialect m_dialect = Dialect::Sqlite;
    QString m_description;
    QString m_connection;
    std::unique_ptr<Database> m_sqlite;
    QSqlDatabase m_postgres;
    QHash<QString, QSqlQuery> m_prepared;
};

// BEGIN … COMMIT on the hub's database, rolled back unless committed.
class HubTransaction
{
public:
    explicit HubTransaction(HubDatabase &db);
    ~HubTransaction();
    Q_DISABLE_COPY_MOVE(HubTransaction)
    void commit();

private:
    HubDatabase &m_db;
    bool m_open = false;
};

} // namespace lobbydesk
