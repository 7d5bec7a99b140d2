#include "storecheck.h"

#include "itcommon.h"
#include "store/sqlerror.h"
#include "store/store.h"

#include <QHash>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace it {
namespace {

qint64 scalar(Store &store, const QString &sql)
{
    QSqlQuery query = runSql(store.sql(), sql, QStringLiteral("test check"));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

bool hasProjectionTable(Store &store)
{
    return scalar(store,
               QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = '%1'")
                   .arg(QLatin1String(kProjectionTable)))
        == 1;
}

} // namespace

StoreFacts requireSound(const QString &dataDir, const QStringList &reported)
{
    StoreFacts facts;
    Store store(dataDir, Store::Options { Database::Sync::Full, false });
    facts.terminalId = store.terminalId();

    QSqlQuery integrity = runSql(
        store.sql(), QStringLiteral("PRAGMA integrity_check"), QStringLiteral("integrity check"));
    REQUIRE(integrity.next());
    REQUIRE(integrity.value(0).toString() == QStringLiteral("ok"));

    for (const ChainReport &chain : store.events().verifyAll()) {
        INFO("terminal " << chain.terminalId.toStdString() << ": " << chain.problem.toStdString());
        REQUIRE(chain.ok());
        // verifyChain stops at the first gap; count and max prove there is no tail beyond it.
        QSqlQuery range(store.sql());
        range.prepare(QStringLiteral("SELECT count(*), coalesce(min(seq), 1), coalesce(max(seq), 0)"
                                     " FROM events WHERE terminal_id = ?"));
        range.addBindValue(chain.terminalId);
        execOrThrow(range, QStringLiteral("sequence range"), store.path());
        REQUIRE(range.next());
        REQUIRE(range.value(1).toLongLong() == 1);
        REQUIRE(range.value(0).toLongLong() == range.value(2).toLongLong());
        REQUIRE(range.value(0).toLongLong() == chain.checked);
    }

    facts.events = scalar(store, QStringLiteral("SELECT count(*) FROM events"));
    if (hasProjectionTable(store)) {
        const QString table = QLatin1String(kProjectionTable);
        facts.projectionRows = scalar(store, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        const qint64 matched = scalar(store,
            QStringLiteral("SELECT count(*) FROM events e JOIN %1 p"
                           " ON p.event_id = e.id AND p.n = e.seq")
                .arg(table));
        REQUIRE(facts.projectionRows == facts.events);
        REQUIRE(matched == facts.events);
    } else {
        REQUIRE(facts.events == 0); // no projection table yet means no event was recorded either
    }

    QHash<QString, qint64> copies;
    QSqlQuery ids
        = runSql(store.sql(), QStringLiteral("SELECT id, count(*) FROM events GROUP BY id"),
            QStringLiteral("listing ids"));
    while (ids.next())
        copies.insert(ids.value(0).toString(), ids.value(1).toLongLong());
    for (const QString &id : reported) {
        INFO("reported event " << id.toStdString());
        REQUIRE(copies.value(id) == 1);
    }
    return facts;
}

Presence presence(const QString &dataDir, const QString &eventId)
{
    Store store(dataDir, Store::Options { Database::Sync::Full, false });
    Presence result;
    result.event = store.events().find(QUuid::fromString(eventId)).has_value();
    if (hasProjectionTable(store)) {
        QSqlQuery query(store.sql());
        query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE event_id = ?")
                          .arg(QLatin1String(kProjectionTable)));
        query.addBindValue(eventId);
        execOrThrow(query, QStringLiteral("projection lookup"), store.path());
        REQUIRE(query.next());
        result.projection = query.value(0).toLongLong() > 0;
    }
    return result;
}

} // namespace it
