#pragma once

#include "store/database.h"
#include "store/eventlog.h"

#include <memory>

namespace lobbydesk {

// A terminal's local database, opened, migrated and ready: the one entry point the app, the
// CLI and the tests use.
class Store
{
public:
    static constexpr auto kFileName = "lobbydesk.db";

    struct Options
    {
        Database::Sync sync = Database::Sync::Full;
        bool readOnly = false; // inspect only: no create, no migration
    };

    // Throws Error with a reason a person can act on; never replaces an existing file.
    explicit Store(const QString &dataDir, Options options);
    explicit Store(const QString &dataDir)
        : Store(dataDir, Options {})
    { }
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    [[nodiscard]] static QString databasePath(const QString &dataDir);

    [[nodiscard]] const QString &path() const { return m_db->path(); }
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] const QString &terminalId() const { return m_terminalId; }
    [[nodiscard]] EventLog &events() { return *m_events; }
    [[nodiscard]] const EventLog &events() const { return *m_events; }
    [[nodiscard]] QSqlDatabase &sql() { return m_db->sql(); }

private:
    QString loadOrCreateTerminalId(bool readOnly);

    std::unique_ptr<Database> m_db;
    QString m_terminalId;
    std::unique_ptr<EventLog> m_events;
};

} // namespace lobbydesk
