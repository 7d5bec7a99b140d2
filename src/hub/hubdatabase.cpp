#include "hub/hubdatabase.h"

#include "core/error.h"
#include "core/logging.h"
#include "hub/hubschema.h"
#include "store/database.h"
#include "store/sqlerror.h"

#include <QAtomicInteger>
#include <QUrl>

namespace lobbydesk {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("lobbydesk-hub-%1").arg(counter.fetchAndAddRelaxed(1));
}

[[noreturn]] void badUrl(const QString &url, const QString &why)
{
    throw Error(Error::Kind::Config,
        QStringLiteral("hub database '%1': %2 (use sqlite:/path/hub.db or "
                       "postgres://user@host:5432/database)")
            .arg(url, why));
}

} // namespace

HubDatabase::HubDatabase(const QString &url)
    : m_connection(nextConnectionName())
{
    if (url.startsWith(QStringLiteral("sqlite:"))) {
        const QString path = url.mid(7);
        if (path.isEmpty())
            badUrl(url, QStringLiteral("no file given"));
        m_dialect = Dialect::Sqlite;
        m_sqlite = std::make_unique<Database>(path);
        m_description = QStringLiteral("sqlite:") + m_sqlite->path();
        // A hub's tables outgrow SQLite's default 2 MB page cache within a day; re-reading
        // index pages from the file was a third of the time of taking a batch in.
        run(QStringLiteral("PRAGMA cache_size = -65536"), QStringLiteral("configuring"));
    } else if (url.startsWith(QStringLiteral("postgres://"))
        || url.startsWith(QStringLiteral("postgresql://"))) {
        m_dialect = Dialect::Postgres;
        openPostgres(url);
    } else {
        badUrl(url, QStringLiteral("unknown kind of database"));
    }
    migrate();
}

HubDatabase::~HubDatabase()
{
    m_prepared.clear(); // statements before their connection
    if (m_dialect == Dialect::Postgres) {
        m_postgres.close();
        m_postgres = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

void HubDatabase::openPostgres(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty())
        badUrl(text, QStringLiteral("it needs a host and a database name"));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw Error(Error::Kind::Config,
            QStringLiteral("the PostgreSQL driver for Qt is not installed "
                           "(Debian package libqt6sql6-psql)"));
    m_postgres = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    m_postgres.setHostName(url.host());
    m_postgres.setPort(url.port(5432));
    m_postgres.setDatabaseName(database);
    m_postgres.setUserName(url.userName());
    m_postgres.setPassword(url.password());
    QUrl shown = url;
    shown.setPassword({});
    m_description = shown.toString();
    if (!m_postgres.open())
        throw Error(Error::Kind::Io,
            QStringLiteral("cannot connect to PostgreSQL at %1: %2")
                .arg(m_description, m_postgres.lastError().text()));
    run(QStringLiteral("SET client_min_messages TO warning"), QStringLiteral("configuring"));
}

QSqlDatabase &HubDatabase::sql()
{
    return m_dialect == Dialect::Sqlite ? m_sqlite->sql() : m_postgres;
}

QSqlQuery &HubDatabase::prepared(const QString &sql)
{
    auto found = m_prepared.find(sql);
    if (found != m_prepared.end())
        return *found;
    QSqlQuery query(this->sql());
    if (!query.prepare(sql))
        throw Error(Error::Kind::Io,
            QStringLiteral("hub database %1: cannot prepare a statement: %2")
                .arg(m_description, query.lastError().text()));
    return *m_prepared.insert(sql, std::move(query));
}

Error HubDatabase::failure(const QString &what, const QSqlError &error) const
{
    if (m_dialect == Dialect::Sqlite)
        return sqlFailure(what, error, m_description);
    return Error(Error::Kind::Io,
        QStringLiteral("hub database %1: %2 failed: %3").arg(m_description, what, error.text()));
}

void HubDatabase::exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        throw failure(what, query.lastError());
}

void HubDatabase::run(const QString &sql, const QString &what)
{
    QSqlQuery query(this->sql());
    if (!query.exec(sql))
        throw failure(what, query.lastError());
}

QString HubDatabase::forUpdate() const
{
    return m_dialect == Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
}

void HubDatabase::reconnectIfLost()
{
    if (m_dialect != Dialect::Postgres)
        return;
    QSqlQuery ping(m_postgres);
    if (ping.exec(QStringLiteral("SELECT 1")))
        return;
    qCWarning(lcHub) << "PostgreSQL connection lost, reconnecting:" << ping.lastError().text();
    m_prepared.clear();
    m_postgres.close();
    if (!m_postgres.open())
        throw Error(Error::Kind::Io,
            QStringLiteral("cannot reconnect to PostgreSQL at %1: %2")
                .arg(m_description, m_postgres.lastError().text()));
}

void HubDatabase::migrate()
{
    const auto &versions = hubSchema();
    HubTransaction transaction(*this);
    if (m_dialect == Dialect::Postgres) // several hub processes may start at once
        run(QStringLiteral("SELECT pg_advisory_xact_lock(70710)"), QStringLiteral("migrating"));
    run(QStringLiteral("CREATE TABLE IF NOT EXISTS hub_schema (version BIGINT NOT NULL)"),
        QStringLiteral("migrating"));
    QSqlQuery current(sql());
    if (!current.exec(QStringLiteral("SELECT version FROM hub_schema")))
        throw Error(Error::Kind::Migration,
            QStringLiteral("hub database %1: cannot read the schema version: %2")
                .arg(m_description, current.lastError().text()));
    const bool fresh = !current.next();
    const int version = fresh ? 0 : current.value(0).toInt();
    current.finish();
    if (version > int(versions.size()))
        throw Error(Error::Kind::NewerSchema,
            QStringLiteral("hub database %1 has schema version %2; this lobbydesk-hub knows "
                           "up to %3: upgrade the hub")
                .arg(m_description)
                .arg(version)
                .arg(versions.size()));
    for (int next = version; next < int(versions.size()); ++next) {
        for (const QString &statement : versions[size_t(next)])
            run(statement, QStringLiteral("schema step %1").arg(next + 1));
    }
    if (version == int(versions.size()))
        return;
    run(fresh ? QStringLiteral("INSERT INTO hub_schema (version) VALUES (%1)").arg(versions.size())
              : QStringLiteral("UPDATE hub_schema SET version = %1").arg(versions.size()),
        QStringLiteral("recording the schema version"));
    transaction.commit();
    qCInfo(lcHub) << "hub schema of" << m_description << "now version" << versions.size();
}

HubTransaction::HubTransaction(HubDatabase &db)
    : m_db(db)
{
    m_db.run(m_db.dialect() == HubDatabase::Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                            : QStringLiteral("BEGIN"),
        QStringLiteral("starting a transaction"));
    m_open = true;
}

HubTransaction::~HubTransaction()
{
    if (!m_open)
        return;
    QSqlQuery rollback(m_db.sql());
    if (!rollback.exec(QStringLiteral("ROLLBACK")))
        qCDebug(lcHub) << "rollback:" << rollback.lastError().text();
}

void HubTransaction::commit()
{
    m_db.run(QStringLiteral("COMMIT"), QStringLiteral("committing"));
    m_open = false;
}

} // namespace lobbydesk
