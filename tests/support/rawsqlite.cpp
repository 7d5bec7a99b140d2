#include "rawsqlite.h"

#include <sqlite3.h>
#include <stdexcept>

namespace rawsqlite {
namespace {

struct Connection
{
    explicit Connection(const QString &path)
    {
        if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
            throw std::runtime_error(std::string("open: ") + sqlite3_errmsg(db));
        sqlite3_busy_timeout(db, 5000);
    }
    ~Connection() { sqlite3_close(db); }
    sqlite3 *db = nullptr;
};

} // namespace

void exec(const QString &path, const QString &sql)
{
    Connection c(path);
    char *message = nullptr;
    if (sqlite3_exec(c.db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message ? message : "unknown error";
        sqlite3_free(message);
        throw std::runtime_error(text);
    }
}

QVariant scalar(const QString &path, const QString &sql)
{
    Connection c(path);
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(c.db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK)
        throw std::runtime_error(sqlite3_errmsg(c.db));
    QVariant value;
    if (sqlite3_step(statement) == SQLITE_ROW) {
        switch (sqlite3_column_type(statement, 0)) {
        case SQLITE_INTEGER:
            value = qlonglong(sqlite3_column_int64(statement, 0));
            break;
        case SQLITE_NULL:
            value = QVariant();
            break;
        default:
            value = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        }
    }
    sqlite3_finalize(statement);
    return value;
}

QStringList column(const QString &path, const QString &sql)
{
    Connection c(path);
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(c.db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK)
        throw std::runtime_error(sqlite3_errmsg(c.db));
    QStringList values;
    while (sqlite3_step(statement) == SQLITE_ROW)
        values.append(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
    sqlite3_finalize(statement);
    return values;
}

} // namespace rawsqlite
