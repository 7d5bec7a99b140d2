#include "store/dailynumber.h"

#include "store/sqlerror.h"

#include <QSqlQuery>

namespace lobbydesk {

QString nextDailyNumber(QSqlDatabase &db, const QString &kind, const QDateTime &at,
    const QString &table, const QString &column, const QString &scope,
    const QVariantList &scopeValues)
{
    const QString prefix
        = QStringLiteral("%1-%2-").arg(kind, at.toLocalTime().toString(QStringLiteral("yyyyMMdd")));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT max(%1) FROM %2 WHERE %1 LIKE ?%3")
                      .arg(column, table,
                          scope.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(scope)));
    query.addBindValue(prefix + QLatin1Char('%'));
    for (const QVariant &value : scopeValues)
        query.addBindValue(value);
    execOrThrow(query, QStringLiteral("numbering a %1").arg(kind), db.databaseName());
    const int last = query.next() ? query.value(0).toString().mid(prefix.size()).toInt() : 0;
    return prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0'));
}

} // namespace lobbydesk
