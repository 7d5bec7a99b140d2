#include "store/writetransaction.h"

#include "core/logging.h"
#include "store/sqlerror.h"

namespace lobbydesk {

WriteTransaction::WriteTransaction(QSqlDatabase &db)
    : m_db(db)
{
    runSql(m_db, QStringLiteral("BEGIN IMMEDIATE"), QStringLiteral("starting a transaction"));
    m_open = true;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    QSqlQuery rollback(m_db);
    // SQLite may already have rolled back by itself (after SQLITE_FULL or an I/O error);
    // then ROLLBACK says "no transaction is active", which is the state we want.
    if (!rollback.exec(QStringLiteral("ROLLBACK")))
        qCDebug(lcStore) << "rollback:" << rollback.lastError().text();
}

void WriteTransaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT")))
        throw sqlFailure(QStringLiteral("committing"), query.lastError(), m_db.databaseName());
    m_open = false;
}

} // namespace lobbydesk
