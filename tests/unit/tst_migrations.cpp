#include "core/error.h"
#include "rawsqlite.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/schema.h"
#include "store/store.h"
#include "tempdatadir.h"

#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

bool tableExists(const QString &path, const QString &table)
{
    return rawsqlite::scalar(path,
               QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = '%1'").arg(table))
               .toInt()
        == 1;
}

} // namespace

TEST_CASE("a new database is migrated to the latest schema", "[migrations]")
{
    TempDataDir dir;
    {
        Store store(dir.path());
        CHECK(store.schemaVersion() == Migrator(terminalSchema()).latestVersion());
        CHECK(store.schemaVersion() >= 1);
    }
    CHECK(tableExists(dir.databasePath(), QStringLiteral("events")));
    CHECK(rawsqlite::scalar(dir.databasePath(), QStringLiteral("PRAGMA journal_mode")).toString()
        == QStringLiteral("wal"));
}

TEST_CASE("migrations run one step at a time from an older schema", "[migrations]")
{
    TempDataDir dir;
    const std::vector<Migration> steps {
        { 1, QStringLiteral("a"), { QStringLiteral("CREATE TABLE a (x INTEGER)") } },
        { 2, QStringLiteral("b"),
            { QStringLiteral("CREATE TABLE b (y INTEGER)"),
                QStringLiteral("INSERT INTO a VALUES (42)") } },
    };
    {
        Database db(dir.databasePath());
        Migrator(std::vector<Migration>(steps.begin(), steps.begin() + 1)).migrate(db);
        CHECK(Migrator::currentVersion(db.sql()) == 1);
        Migrator(steps).migrate(db);
        CHECK(Migrator::currentVersion(db.sql()) == 2);
        Migrator(steps).migrate(db); // nothing left to do: no error, no second insert
    }
    CHECK(rawsqlite::scalar(dir.databasePath(), QStringLiteral("SELECT count(*) FROM a")).toInt()
        == 1);
}

TEST_CASE("a failed migration leaves the old schema intact", "[migrations]")
{
    TempDataDir dir;
    const std::vector<Migration> steps {
        { 1, QStringLiteral("a"), { QStringLiteral("CREATE TABLE a (x INTEGER)") } },
        { 2, QStringLiteral("broken"),
            { QStringLiteral("CREATE TABLE b (y INTEGER)"),
                QStringLiteral("INSERT INTO a VALUES (1)"),
                QStringLiteral("INSERT INTO no_such_table VALUES (1)") } },
    };
    Database db(dir.databasePath());
    try {
        Migrator(steps).migrate(db);
        FAIL("the broken migration was accepted");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Migration);
        CHECK(error.message().contains(QStringLiteral("schema migration 2 (broken) failed")));
        CHECK(error.message().contains(QStringLiteral("keeps schema version 1")));
    }
    CHECK(Migrator::currentVersion(db.sql()) == 1);
    CHECK(tableExists(dir.databasePath(), QStringLiteral("a")));
    CHECK_FALSE(tableExists(dir.databasePath(), QStringLiteral("b")));
    CHECK(rawsqlite::scalar(dir.databasePath(), QStringLiteral("SELECT count(*) FROM a")).toInt()
        == 0);
}

TEST_CASE("a database from a newer schema is refused and left unchanged", "[migrations]")
{
    TempDataDir dir;
    {
        Store store(dir.path());
    }
    const int newer = Migrator(terminalSchema()).latestVersion() + 5;
    rawsqlite::exec(dir.databasePath(), QStringLiteral("PRAGMA user_version=%1").arg(newer));
    try {
        Store store(dir.path());
        FAIL("a newer schema was opened");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::NewerSchema);
        CHECK(error.message().contains(QStringLiteral("schema version %1").arg(newer)));
        CHECK(error.message().contains(QStringLiteral("newer LobbyDesk")));
    }
    CHECK(rawsqlite::scalar(dir.databasePath(), QStringLiteral("PRAGMA user_version")).toInt()
        == newer);
}
