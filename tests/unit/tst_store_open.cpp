#include "core/error.h"
#include "rawsqlite.h"
#include "store/store.h"
#include "tempdatadir.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

Error::Kind openFailure(const QString &dir, QString *message)
{
    try {
        Store store(dir);
    } catch (const Error &error) {
        *message = error.message();
        return error.kind();
    }
    FAIL("the store opened");
    return Error::Kind::Invalid;
}

} // namespace

TEST_CASE("a file that is not a database is reported and never overwritten", "[store]")
{
    TempDataDir dir;
    const QByteArray garbage = QByteArray("this is a spreadsheet, not a database\n").repeated(200);
    writeAll(dir.databasePath(), garbage);
    QString message;
    CHECK(openFailure(dir.path(), &message) == Error::Kind::Corrupt);
    CHECK(message.contains(dir.databasePath()));
    CHECK(message.contains(QStringLiteral("left untouched")));
    CHECK(readAll(dir.databasePath()) == garbage);
}

TEST_CASE("a database with a damaged header is reported and kept", "[store]")
{
    TempDataDir dir;
    {
        Store store(dir.path());
        store.events().record({ QStringLiteral("test.recorded"), {}, {}, {} });
    }
    QByteArray bytes = readAll(dir.databasePath());
    REQUIRE(bytes.size() >= 4096);
    bytes.replace(0, 16, QByteArray(16, 'X')); // the "SQLite format 3" magic
    writeAll(dir.databasePath(), bytes);
    QString message;
    CHECK(openFailure(dir.path(), &message) == Error::Kind::Corrupt);
    CHECK(readAll(dir.databasePath()) == bytes);
}

TEST_CASE("a data path that is a directory, not a file, is reported", "[store]")
{
    TempDataDir dir;
    REQUIRE(QDir().mkpath(dir.databasePath()));
    QString message;
    CHECK(openFailure(dir.path(), &message) == Error::Kind::NotWritable);
    CHECK(message.contains(QStringLiteral("is not a file")));
}

TEST_CASE("the terminal id is created once and kept", "[store]")
{
    TempDataDir dir;
    QString first;
    {
        Store store(dir.path());
        first = store.terminalId();
        CHECK(QUuid::fromString(first).isNull() == false);
    }
    Store again(dir.path());
    CHECK(again.terminalId() == first);
}

TEST_CASE("a read-only open neither creates nor migrates", "[store]")
{
    TempDataDir dir;
    QString message;
    try {
        Store store(dir.path(), { Database::Sync::Full, true });
        FAIL("opened a database that does not exist");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::NotWritable);
        CHECK(error.message().contains(QStringLiteral("no database at")));
    }
    CHECK_FALSE(QFile::exists(dir.databasePath()));
}
