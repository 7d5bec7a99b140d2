#pragma once

#include "core/error.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace lobbydesk {

// Turns a failed Qt SQL call into an Error whose words say what happened to the file
// (full disk, damaged file, read-only) rather than a bare SQLite code.
[[nodiscard]] Error sqlFailure(const QString &what, const QSqlError &error, const QString &path);

// SQLite's primary result code (SQLITE_FULL, SQLITE_CORRUPT, …) behind a QSqlError, or -1.
[[nodiscard]] int sqliteCode(const QSqlError &error);

// Executes a prepared query; throws sqlFailure on error.
void execOrThrow(QSqlQuery &query, const QString &what, const QString &path);

// Prepares and runs one statement; throws sqlFailure on error.
QSqlQuery runSql(const QSqlDatabase &db, const QString &sql, const QString &what);
// Prepares one statement, binds `values` in order and runs it; throws sqlFailure on error.
void runSql(
    const QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what);

} // namespace lobbydesk
