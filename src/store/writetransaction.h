#pragma once

#include <QSqlDatabase>

namespace lobbydesk {

// BEGIN IMMEDIATE … COMMIT, rolled back by the destructor unless committed, so that an
// exception anywhere in between leaves nothing half-written.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase &db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    void commit(); // throws Error; the transaction is rolled back on failure

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

} // namespace lobbydesk
