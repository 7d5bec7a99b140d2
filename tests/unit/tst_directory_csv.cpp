#include "catchqstring.h"
#include "directory/directorycsv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

const QByteArray kHeader = "kind,id,name,unit,floor,company,roles,phone,cards,approval,active\n";

// A small valid building: lines 2-6.
const QByteArray kBuilding = "unit,1201,Tower A,,12,,,,,,\n"
                             "unit,1202,,,12,,,,,,\n"
                             "company,C-ACME,艾克米贸易 Acme Trading,1201,,,,,,auto,\n"
                             "person,P-0001,张三,1201,,C-ACME,owner,+86 138-0000-0000,04a1b2c3,,\n"
                             "staff,S-001,李四,,,,desk,,0A0B0C0D,,yes\n";

DirectoryImport parse(const QByteArray &rows, const DirectoryKnown &known = {})
{
    return parseDirectoryCsv(kHeader + kBuilding + rows, known);
}

// The one error of a file, as "line N: message".
QString onlyError(const DirectoryImport &result)
{
    INFO("errors: " << result.errors.size());
    REQUIRE(result.errors.size() == 1);
    return result.errors.first().text();
}

bool contains(const QString &text, const char *part)
{
    return text.contains(QString::fromUtf8(part));
}

} // namespace

TEST_CASE("a valid file gives one record per row with the event payloads", "[directory][csv]")
{
    const DirectoryImport result = parseDirectoryCsv(kHeader + kBuilding);
    REQUIRE(result.ok());
    REQUIRE(result.records.size() == 5);
    CHECK(result.rows == 5);

    const DirectoryRecord &unit = result.records[0];
    CHECK(unit.kind == DirectoryKind::Unit);
    CHECK(unit.id == u"1201");
    CHECK(unit.payload
        == QJsonObject {
            { "unit", "1201" }, { "floor", "12" }, { "name", "Tower A" }, { "active", true } });

    const DirectoryRecord &company = result.records[2];
    CHECK(company.kind == DirectoryKind::Company);
    CHECK(company.payload
        == QJsonObject { { "company", "C-ACME" },
            { "name", QString::fromUtf8("艾克米贸易 Acme Trading") },
            { "units", QJsonArray { "1201" } }, { "approval", "auto" }, { "active", true } });

    const DirectoryRecord &person = result.records[3];
    CHECK(person.kind == DirectoryKind::Person);
    CHECK(person.payload
        == QJsonObject { { "person", "P-0001" }, { "name", QString::fromUtf8("张三") },
            { "company", "C-ACME" }, { "units", QJsonArray { "1201" } },
            { "roles", QJsonArray { "owner" } }, { "phone", "+8613800000000" },
            { "cards", QJsonArray { "04A1B2C3" } }, { "active", true } });

    const DirectoryRecord &staff = result.records[4];
    CHECK(staff.kind == DirectoryKind::Staff);
    CHECK(staff.payload
        == QJsonObject { { "staff", "S-001" }, { "name", QString::fromUtf8("李四") },
            { "role", "desk" }, { "cards", QJsonArray { "0A0B0C0D" } }, { "active", true } });

    CHECK(eventType(DirectoryKind::Unit) == u"directory.unit.upserted");
    CHECK(eventType(DirectoryKind::Company) == u"directory.company.upserted");
    CHECK(eventType(DirectoryKind::Person) == u"directory.person.upserted");
    CHECK(eventType(DirectoryKind::Staff) == u"directory.staff.upserted");
    CHECK(
        directoryKindOfEvent(QStringLiteral("directory.person.upserted")) == DirectoryKind::Person);
    CHECK_FALSE(directoryKindOfEvent(QStringLiteral("visit.checked_in")).has_value());
}

TEST_CASE("columns may come in any order and be left out", "[directory][csv]")
{
    const DirectoryImport result = parseDirectoryCsv("ID,Floor,Kind\n"
                                                     "1201,12,unit\n");
    REQUIRE(result.ok());
    REQUIRE(result.records.size() == 1);
    CHECK(result.records[0].payload.value("floor").toString() == u"12");
    CHECK(result.records[0].payload.value("name").toString() == u"");
}

TEST_CASE("records come units first, so references are applied after what they refer to",
    "[directory][csv]")
{
    const DirectoryImport result = parseDirectoryCsv(kHeader
        + "person,P-1,王五,0901,,C-B,tenant,,,,\n"
          "company,C-B,Beta,0901,,,,,,host,\n"
          "unit,0901,,,9,,,,,,\n");
    REQUIRE(result.ok());
    REQUIRE(result.records.size() == 3);
    CHECK(result.records[0].kind == DirectoryKind::Unit);
    CHECK(result.records[1].kind == DirectoryKind::Company);
    CHECK(result.records[2].kind == DirectoryKind::Person);
}

TEST_CASE(
    "RFC 4180: quotes, doubled quotes, CRLF, BOM, blank and trailing lines", "[directory][csv]")
{
    SECTION("quoted cells with commas and doubled quotes")
    {
        const DirectoryImport result = parseDirectoryCsv(
            kHeader + "unit,1201,,,12,,,,,,\ncompany,C-Q,\"Quote \"\"Q\"\", Ltd\",1201,,,,,,,\n");
        REQUIRE(result.ok());
        CHECK(result.records[1].payload.value("name").toString() == u"Quote \"Q\", Ltd");
    }
    SECTION("CRLF line ends and a UTF-8 BOM")
    {
        QByteArray file = "\xEF\xBB\xBF" + kHeader + kBuilding;
        file.replace("\n", "\r\n");
        const DirectoryImport result = parseDirectoryCsv(file);
        REQUIRE(result.ok());
        CHECK(result.records.size() == 5);
        CHECK(result.records[0].payload.value("active").toBool()
            == true); // the last column, before CR
    }
    SECTION("blank lines and a file without a final line end")
    {
        const DirectoryImport result = parseDirectoryCsv(
            kHeader + "\nunit,1201,,,12,,,,,,\n,,,,,,,,,,\n\nunit,1202,,,12,,,,,,");
        REQUIRE(result.ok());
        CHECK(result.records.size() == 2);
        CHECK(result.rows == 2);
    }
    SECTION("a line break inside a quoted cell is a space, and later lines keep their numbers")
    {
        const DirectoryImport ok = parseDirectoryCsv(kHeader
            + "unit,1201,,,12,,,,,,\n"
              "company,C-A,\"艾克米贸易\r\nAcme Trading\",1201,,,,,,,\n"
              "company,C-B,Beta,1201,,,,,,,\n");
        REQUIRE(ok.ok());
        CHECK(ok.records[1].payload.value("name").toString()
            == QString::fromUtf8("艾克米贸易 Acme Trading"));

        const DirectoryImport bad = parseDirectoryCsv(kHeader
            + "unit,1201,,,12,,,,,,\n"
              "company,C-A,\"Acme\nTrading\nGroup\",1201,,,,,,,\n"
              "company,C-B,Beta,9999,,,,,,,\n");
        const QString error = onlyError(bad);
        CHECK(bad.errors.first().line == 6); // header 1, unit 2, C-A 3-5, C-B 6
        CHECK(contains(error, "unit 9999 is not in the directory"));
    }
}

TEST_CASE("a file with an error gives no records at all", "[directory][csv]")
{
    const DirectoryImport result = parse("person,P-0002,,1201,,,tenant,,,,\n");
    CHECK_FALSE(result.ok());
    CHECK(result.records.isEmpty());
    CHECK(onlyError(result) == u"line 7: person P-0002 has no name");
}

TEST_CASE("every bad row is reported with its line and a reason", "[directory][csv]")
{
    // Each row is appended after the valid building (lines 2-6), so it is line 7.
    struct Case
    {
        const char *row;
        const char *expected;
    };
    const Case cases[] = {
        { "building,B1,,,,,,,,,", "line 7: kind \"building\" is not one of unit, company" },
        { ",X-1,Someone,,,,,,,,", "line 7: the kind is empty" },
        { "person,,王五,,,,tenant,,,,", "line 7: the id is empty" },
        { "person,P 9,王五,,,,tenant,,,,", "line 7: id \"P 9\" is not usable" },
        { "company,C-X,,1201,,,,,,,", "line 7: company C-X has no name" },
        { "staff,S-009,,,,,guard,,,,", "line 7: staff member S-009 has no name" },
        { "unit,1301,,,,,,,,,", "line 7: unit 1301 has no floor" },
        { "person,P-0001,张三,,,,owner,,,,",
            "line 7: person P-0001 appears twice: also on line 5" },
        { "unit,1201,,,12,,,,,,", "line 7: unit 1201 appears twice: also on line 2" },
        { "company,C-X,X Ltd,1299,,,,,,,", "line 7: unit 1299 is not in the directory" },
        { "company,C-X,X Ltd,,,,,,,,", "line 7: company C-X has no unit" },
        { "person,P-9,王五,1299,,,tenant,,,,", "line 7: unit 1299 is not in the directory" },
        { "person,P-9,王五,1201,,C-XYZ,tenant,,,,",
            "line 7: company C-XYZ is not in the directory" },
        { "person,P-9,王五,,,,,,,,", "line 7: person P-9 has no role" },
        { "person,P-9,王五,,,,boss,,,,", "line 7: role \"boss\" is not one of owner, tenant" },
        { "staff,S-9,王五,,,,desk;guard,,,,", "line 7: staff member S-9 needs exactly one role" },
        { "staff,S-9,王五,,,,cleaner,,,,", "line 7: staff member S-9 needs exactly one role" },
        { "person,P-9,王五,,,,tenant,12345,,,",
            "line 7: phone \"12345\" is not a mainland mobile" },
        { "person,P-9,王五,,,,tenant,12800000000,,,", "line 7: phone \"12800000000\"" },
        { "person,P-9,王五,,,,tenant,,XYZ12345,,",
            "line 7: card \"XYZ12345\" is not a card number" },
        { "person,P-9,王五,,,,tenant,,04A1B2,,", "line 7: card \"04A1B2\" is not a card number" },
        { "person,P-9,王五,,,,tenant,,04A1B2C3,,",
            "line 7: card 04A1B2C3 is also given to person P-0001 on line 5" },
        { "company,C-X,X Ltd,1201,,,,,,always,", "line 7: approval \"always\" is not one of" },
        { "unit,1301,,,13,,,,,,maybe", "line 7: active \"maybe\" is not yes or no" },
        { "unit,1301,,,13,,owner,,,,", "line 7: the roles column is not used for a unit row" },
        { "unit,1301,,,13,,,", "line 7: this row has 8 cells but the header has 11" },
        { "company,C-X,\"X\" Ltd,1201,,,,,,,", "line 7: a quoted cell must end at a comma" },
        { "person,P-9,\"王\x07五\",,,,tenant,,,,",
            "line 7: the name cell has an invisible control character (U+0007)" },
    };
    for (const Case &c : cases) {
        INFO("row: " << c.row);
        const DirectoryImport result = parse(QByteArray(c.row) + "\n");
        CHECK(result.records.isEmpty());
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors.first().line == 7);
        INFO("error: " << result.errors.first().text().toStdString());
        CHECK(result.errors.first().text().startsWith(QString::fromUtf8(c.expected)));
    }
}

TEST_CASE("a name longer than 100 characters is refused, 100 fit", "[directory][csv]")
{
    const QByteArray hundred = QString(100, QChar(0x738B)).toUtf8(); // 王 × 100
    CHECK(parse("person,P-9," + hundred + ",,,,tenant,,,,\n").ok());
    const DirectoryImport tooLong = parse("person,P-9," + hundred + "五,,,,tenant,,,,\n");
    CHECK(contains(onlyError(tooLong), "line 7: the name of person P-9 is 101 characters long"));
}

TEST_CASE("all errors of a file are reported, in line order", "[directory][csv]")
{
    const DirectoryImport result = parseDirectoryCsv(kHeader
        + "person,P-1,王五,1301,,,boss,,,,\n" // line 2: a bad role
          "unit,1301,,,13,,,,,,\n" // line 3: fine, and makes line 2's unit valid
          "company,C-1,,1301,,,,,,,\n"); // line 4
    REQUIRE(result.errors.size() == 2);
    CHECK(result.errors[0].line == 2);
    CHECK(contains(result.errors[0].message, "role \"boss\""));
    CHECK(result.errors[1].line == 4);
    CHECK(result.records.isEmpty());
}

TEST_CASE("references to entries imported earlier are accepted", "[directory][csv]")
{
    const QByteArray rows = kHeader + "person,P-7,赵六,0801,,C-OLD,employee,,,,\n";
    CHECK(parseDirectoryCsv(rows).errors.size() == 2);
    const DirectoryImport result
        = parseDirectoryCsv(rows, [](DirectoryKind kind, const QString &id) {
              return (kind == DirectoryKind::Unit && id == u"0801")
                  || (kind == DirectoryKind::Company && id == u"C-OLD");
          });
    CHECK(result.ok());
    CHECK(result.records.size() == 1);
}

TEST_CASE("a deactivating row says active=no", "[directory][csv]")
{
    const DirectoryImport result = parse("unit,1301,,,13,,,,,,no\nunit,1302,,,13,,,,,,0\n");
    REQUIRE(result.ok());
    REQUIRE(result.records.size() == 7);
    CHECK(result.records[1].payload.value("active").toBool() == true); // 1202
    CHECK(result.records[2].payload.value("active").toBool() == false); // 1301
    CHECK(result.records[3].payload.value("active").toBool() == false); // 1302
}

TEST_CASE("whole-file problems", "[directory][csv]")
{
    SECTION("not UTF-8: the line of the first bad byte")
    {
        // 张三 in GBK, as Excel's "CSV" writes it on a Chinese Windows.
        const DirectoryImport result = parseDirectoryCsv(
            kHeader + "unit,1201,,,12,,,,,,\nperson,P-1,\xD5\xC5\xC8\xFD,,,,owner,,,,\n");
        CHECK(result.records.isEmpty());
        const QString error = onlyError(result);
        CHECK(result.errors.first().line == 3);
        CHECK(contains(error, "not UTF-8"));
        CHECK(contains(error, "CSV UTF-8"));
    }
    SECTION("empty")
    {
        CHECK(contains(onlyError(parseDirectoryCsv({})), "line 1: the file is empty"));
        CHECK(contains(onlyError(parseDirectoryCsv("\xEF\xBB\xBF")), "the file is empty"));
    }
    SECTION("header only")
    {
        CHECK(contains(onlyError(parseDirectoryCsv(kHeader)), "header but no entries"));
    }
    SECTION("unknown, duplicate and missing columns")
    {
        CHECK(onlyError(parseDirectoryCsv("kind,id,email\nunit,1,x\n"))
                  .startsWith(u"line 1: unknown column \"email\" in the header; the columns are "
                              u"kind,id,name,"));
        CHECK(contains(onlyError(parseDirectoryCsv("kind,id,id\n")), "\"id\" appears twice"));
        CHECK(contains(onlyError(parseDirectoryCsv("kind,id,,floor\nunit,1,,2\n")),
            "line 1: column 3 of the header has no name"));
        CHECK(contains(onlyError(parseDirectoryCsv("kind,name,floor\nunit,x,1\n")),
            "line 1: the header has no \"id\" column"));
    }
    SECTION("a quote never closed")
    {
        const DirectoryImport result
            = parseDirectoryCsv(kHeader + "unit,1201,,,12,,,,,,\ncompany,C-1,\"Acme,1201,,,,,,,\n");
        CHECK(result.records.isEmpty());
        REQUIRE_FALSE(result.errors.isEmpty());
        CHECK(result.errors.first().line == 3);
        CHECK(contains(result.errors.first().message, "never closed"));
    }
}

TEST_CASE("phone numbers and card UIDs are normalised", "[directory][csv]")
{
    CHECK(normalizedPhone(QStringLiteral("138 0000 0000")) == u"+8613800000000");
    CHECK(normalizedPhone(QStringLiteral("+86 138-0000-0000")) == u"+8613800000000");
    CHECK(normalizedPhone(QStringLiteral("9123 4567")) == u"91234567");
    CHECK(normalizedPhone(QStringLiteral("0912-345-678")) == u"+886912345678");
    CHECK(normalizedPhone(QStringLiteral("+1 415 555 0100")) == u"+14155550100");
    CHECK_FALSE(normalizedPhone(QStringLiteral("12345678901")).has_value());
    CHECK_FALSE(normalizedPhone(QStringLiteral("0123 4567")).has_value());
    CHECK_FALSE(normalizedPhone(QStringLiteral("+0 123 4567")).has_value());
    CHECK_FALSE(normalizedPhone(QStringLiteral("138 0000 000a")).has_value());

    CHECK(normalizedCardUid(QStringLiteral("04:a1:b2:c3")) == u"04A1B2C3");
    CHECK(normalizedCardUid(QStringLiteral("04a1b2c3d4e5f6")) == u"04A1B2C3D4E5F6");
    CHECK(normalizedCardUid(QStringLiteral("0123456789abcdef0123")) == u"0123456789ABCDEF0123");
    CHECK(normalizedCardUid(QStringLiteral("0012345678")) == u"0012345678");
    CHECK_FALSE(normalizedCardUid(QStringLiteral("04A1B2C3D4")).has_value()); // 10 hex
    CHECK_FALSE(normalizedCardUid(QStringLiteral("04A1B2C")).has_value());
    CHECK_FALSE(normalizedCardUid(QStringLiteral("G4A1B2C3")).has_value());
}

TEST_CASE("the sample directory of the README parses", "[directory][csv]")
{
    QFile file(QStringLiteral(LOBBYDESK_SOURCE_DIR "/assets/directory/sample-directory.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const DirectoryImport result = parseDirectoryCsv(file.readAll());
    for (const DirectoryRowError &error : result.errors)
        UNSCOPED_INFO(error.text().toStdString());
    REQUIRE(result.ok());
    int people = 0;
    int staff = 0;
    for (const DirectoryRecord &record : result.records) {
        people += record.kind == DirectoryKind::Person;
        staff += record.kind == DirectoryKind::Staff;
    }
    CHECK(people >= 40);
    CHECK(staff == 4);
}
