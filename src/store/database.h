#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>

namespace lobbydesk {

// One Qt SQL connection to a LobbyDesk SQLite file, set up for durability (WAL,
// synchronous=FULL). Never creates over, truncates or "repairs" an existing file.
class Database
{
public:
    enum class Sync { Full, Normal };

    struct Options
    {
        Sync sync = Sync::Full;
        bool create = true; // create the file if missing (false for read-only tools)
    };

    // Throws Error (NotWritable, Corrupt, Io) with the path and the reason.
    explicit Database(const QString &path, Options options);
    explicit Database(const QString &path)
        : Database(path, Options {})
    { }
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    [[nodiscard]] QSqlDatabase &sql() { return m_db; }
    [[nodiscard]] const QString &path() const { return m_path; }

    // The statements of WriteTransaction, prepared once: they run around every event.
    struct TransactionStatements
    {
        QSqlQuery begin;
        QSqlQuery commit;
        QSqlQuery rollback;
    };
    [[nodiscard]] TransactionStatements &transactionStatements();

private:
    void checkLocation(bool create) const;
    void configure(Sync sync);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    std::unique_ptr<TransactionStatements> m_transaction;
};

} // namespace lobbydesk
