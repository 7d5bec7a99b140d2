#pragma once

#include "store/database.h"

#include <QSqlDatabase>
#include <QStringList>
#include <vector>

namespace lobbydesk {

// One numbered step of the schema. Versions start at 1 and have no gaps; a step is applied in
// one transaction together with PRAGMA user_version, so it lands whole or not at all.
struct Migration
{
    int version;
    QString name;
    QStringList statements;
};

class Migrator
{
public:
    explicit Migrator(std::vector<Migration> migrations);

    [[nodiscard]] int latestVersion() const;
    [[nodiscard]] static int currentVersion(const QSqlDatabase &db);

    // Brings the database up to latestVersion(). Throws Error::NewerSchema for a database
    // from a newer LobbyDesk, Error::Migration (old schema intact) when a step fails.
    void migrate(Database &db) const;

private:
    void apply(Database &db, const Migration &migration) const;

    std::vector<Migration> m_migrations;
};

} // namespace lobbydesk
