#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace lobbydesk {

// The next human number of a day, KIND-yyyymmdd-nnnn in local time (GP-20261122-0007 for a
// goods pass, RC-7F3A-20261123-0007 for a card receipt, kind "RC-7F3A"): one more than the highest
// such number in `table`.`column`, among the rows `scope` (an SQL condition with `scopeValues`)
// selects.
[[nodiscard]] QString nextDailyNumber(QSqlDatabase &db, const QString &kind, const QDateTime &at,
    const QString &table, const QString &column, const QString &scope = {},
    const QVariantList &scopeValues = {});

} // namespace lobbydesk
