#pragma once

#include "store/database.h"

namespace lobbydesk {

// BEGIN IMMEDIATE … COMMIT, rolled back by the destructor unless committed, so that an
// exception anywhere in between leaves nothing half-written.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    void commit(); // throws Error; the transaction is rolled back on failure

private:
    Database &m_db;
    Database::TransactionStatements &m_statements;
    bool m_open = false;
};

} // namespace lobbydesk
