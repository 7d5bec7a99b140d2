#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <stdexcept>

// The one number a test's SELECT returns (count(*), max(seq)…); throws with the SQL on failure.
inline qint64 sqlScalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        throw std::runtime_error(
            ("query failed: " + sql + ": " + query.lastError().text()).toStdString());
    return query.value(0).toLongLong();
}
