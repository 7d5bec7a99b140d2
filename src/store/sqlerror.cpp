#include "store/sqlerror.h"

#include <QSqlDatabase>

namespace lobbydesk {
namespace {

// SQLite primary result codes (sqlite3.h); the store needs only these few.
enum SqliteCode {
    kBusy = 5,
    kLocked = 6,
    kReadOnly = 8,
    kIoErr = 10,
    kCorrupt = 11,
    kFull = 13,
    kCantOpen = 14,
    kNotADb = 26,
};

} // namespace

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

Error sqlFailure(const QString &what, const QSqlError &error, const QString &path)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (sqliteCode(error)) {
    case kCorrupt:
    case kNotADb:
        return Error(Error::Kind::Corrupt,
            QStringLiteral("%1: the database file %2 is damaged or is not a LobbyDesk "
                           "database (%3). It was left untouched; restore it from a backup "
                           "or move it aside to start a new one.")
                .arg(what, path, detail));
    case kFull:
        return Error(Error::Kind::DiskFull,
            QStringLiteral("%1: the disk holding %2 is full (%3); nothing was recorded")
                .arg(what, path, detail));
    case kReadOnly:
    case kCantOpen:
        return Error(Error::Kind::NotWritable,
            QStringLiteral("%1: %2 cannot be opened for writing (%3); check the data "
                           "directory's permissions and that its disk is not read-only")
                .arg(what, path, detail));
    case kIoErr:
        // A failed sync at commit leaves the frames written but not confirmed: the change
        // may reappear at the next start, so promise nothing (docs/event-log.md).
        return Error(Error::Kind::Io,
            QStringLiteral("%1: disk I/O error on %2 (%3); check the disk")
                .arg(what, path, detail));
    case kBusy:
    case kLocked:
        return Error(Error::Kind::Io,
            QStringLiteral("%1: %2 is locked by another process (%3)").arg(what, path, detail));
    default:
        return Error(
            Error::Kind::Io, QStringLiteral("%1 failed on %2: %3").arg(what, path, detail));
    }
}

void execOrThrow(QSqlQuery &query, const QString &what, const QString &path)
{
    if (!query.exec())
        throw sqlFailure(what, query.lastError(), path);
}

QSqlQuery runSql(const QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw sqlFailure(what, query.lastError(), db.databaseName());
    return query;
}

void runSql(
    const QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    execOrThrow(query, what, db.databaseName());
}

} // namespace lobbydesk
