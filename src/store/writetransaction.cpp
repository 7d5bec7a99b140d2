#include "store/writetransaction.h"

#include "core/logging.h"
#include "store/sqlerror.h"

namespace lobbydesk {

WriteTransaction::WriteTransaction(Database &db)
    : m_db(db)
    , m_statements(db.transactionStatements())
{
    execOrThrow(m_statements.begin, QStringLiteral("starting a transaction"), m_db.path());
    m_statements.begin.finish();
    m_open = true;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    // SQLite may already have rolled back by itself (after SQLITE_FULL or an I/O error);
    // then ROLLBACK says "no transaction is active", which is the state we want.
    if (!m_statements.rollback.exec())
        qCDebug(lcStore) << "rollback:" << m_statements.rollback.lastError().text();
    m_statements.rollback.finish();
}

void WriteTransaction::commit()
{
    execOrThrow(m_statements.commit, QStringLiteral("committing"), m_db.path());
    m_statements.commit.finish();
    m_open = false;
}

} // namespace lobbydesk
