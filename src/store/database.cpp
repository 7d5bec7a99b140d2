#include "store/database.h"

#include "core/error.h"
#include "core/logging.h"
#include "store/sqlerror.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace lobbydesk {
namespace {

constexpr int kCheckpointPages = 4000;
constexpr qint64 kWalSizeLimit = 24 * 1024 * 1024;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("lobbydesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(const QString &path, Options options)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_connection(nextConnectionName())
{
    checkLocation(options.create);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    if (!options.create)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_db.open())
        throw sqlFailure(QStringLiteral("opening the database"), m_db.lastError(), m_path);
    try {
        configure(options.sync);
    } catch (...) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        throw;
    }
}

Database::~Database()
{
    m_transaction.reset(); // statements before their connection
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Database::TransactionStatements &Database::transactionStatements()
{
    if (!m_transaction) {
        auto prepared = [this](const char *sql) {
            QSqlQuery query(m_db);
            if (!query.prepare(QString::fromLatin1(sql)))
                throw sqlFailure(
                    QStringLiteral("preparing a transaction"), query.lastError(), m_path);
            return query;
        };
        m_transaction.reset(new TransactionStatements {
            prepared("BEGIN IMMEDIATE"), prepared("COMMIT"), prepared("ROLLBACK") });
    }
    return *m_transaction;
}

void Database::checkLocation(bool create) const
{
    const QFileInfo file(m_path);
    const QString dir = file.absolutePath();
    if (file.exists()) {
        if (!file.isFile())
            throw Error(Error::Kind::NotWritable,
                QStringLiteral("%1 exists but is not a file").arg(m_path));
        if (!file.isReadable())
            throw Error(Error::Kind::NotWritable,
                QStringLiteral("the database file %1 cannot be read (permissions)").arg(m_path));
    } else if (!create) {
        throw Error(Error::Kind::NotWritable,
            QStringLiteral("no database at %1 (has LobbyDesk run with this data directory?)")
                .arg(m_path));
    }
    if (!create)
        return;
    if (!QDir().mkpath(dir))
        throw Error(Error::Kind::NotWritable,
            QStringLiteral("cannot create the data directory %1").arg(dir));
    // WAL needs to create -wal and -shm files beside the database: prove the directory takes a
    // new file now, rather than failing half-way through the first write.
    QTemporaryFile probe(dir + QStringLiteral("/.lobbydesk-write-test-XXXXXX"));
    if (!probe.open())
        throw Error(Error::Kind::NotWritable,
            QStringLiteral("the data directory %1 is not writable (%2); LobbyDesk needs to "
                           "create its database and journal files there")
                .arg(dir, probe.errorString()));
}

void Database::configure(Sync sync)
{
    // The first statement that reads the header: a foreign or damaged file fails here.
    QSqlQuery mode = runSql(
        m_db, QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("opening the database"));
    if (!mode.next())
        throw sqlFailure(QStringLiteral("opening the database"), mode.lastError(), m_path);
    const QString journal = mode.value(0).toString();
    mode.finish();
    const bool readOnly = m_db.connectOptions().contains(QStringLiteral("READONLY"));
    if (journal != QStringLiteral("wal") && !readOnly)
        throw Error(Error::Kind::Io,
            QStringLiteral("%1: SQLite refused WAL mode (journal_mode=%2)").arg(m_path, journal));
    runSql(m_db,
        sync == Sync::Full ? QStringLiteral("PRAGMA synchronous=FULL")
                           : QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("setting durability"));
    runSql(m_db, QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("enabling foreign keys"));
    runSql(
        m_db, QStringLiteral("PRAGMA busy_timeout=5000"), QStringLiteral("setting busy timeout"));
    // An event writes about four WAL pages (event, id index, outbox index, projection) where
    // a bare insert writes one, so checkpoint after 4000 pages (16 MB) rather than SQLite's
    // 1000: a recording then pays for a checkpoint about as rarely as a single-row insert.
    runSql(m_db, QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(kCheckpointPages),
        QStringLiteral("setting the checkpoint interval"));
    // Without a limit the WAL keeps its largest size forever; above the checkpoint size, so
    // that it is reused (no growth to sync) rather than regrown after every checkpoint.
    runSql(m_db, QStringLiteral("PRAGMA journal_size_limit=%1").arg(kWalSizeLimit),
        QStringLiteral("limiting the WAL size"));
    // Reads the schema, so a damaged file is reported at open, not at the first event.
    runSql(m_db, QStringLiteral("SELECT count(*) FROM sqlite_schema"),
        QStringLiteral("reading the schema"));
    qCDebug(lcStore) << "opened" << m_path;
}

} // namespace lobbydesk
