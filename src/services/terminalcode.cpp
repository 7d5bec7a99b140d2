#include "services/terminalcode.h"

#include "store/sqlerror.h"

#include <QSqlQuery>
#include <QStringList>

namespace lobbydesk {
namespace {

QString hexOnly(QString id)
{
    return id.remove(QLatin1Char('-')).remove(QLatin1Char('{')).remove(QLatin1Char('}')).toUpper();
}

} // namespace

QString terminalCode(QSqlDatabase &db, const QString &terminalId)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT DISTINCT terminal_id FROM site_keys WHERE terminal_id <> ?"));
    query.addBindValue(terminalId);
    execOrThrow(query, QStringLiteral("reading the site's terminals"), db.databaseName());
    QStringList others;
    while (query.next())
        others.append(hexOnly(query.value(0).toString()));
    const QString own = hexOnly(terminalId);
    for (qsizetype length = 4; length < own.size(); length += 2) {
        const QString code = own.left(length);
        if (std::none_of(others.cbegin(), others.cend(),
                [&code](const QString &other) { return other.startsWith(code); }))
            return code;
    }
    return own;
}

} // namespace lobbydesk
