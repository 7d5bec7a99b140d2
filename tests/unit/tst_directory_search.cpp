#include "catchqstring.h"
#include "core/error.h"
#include "directory/directorycsv.h"
#include "directory/directoryprojection.h"
#include "directory/directorysearch.h"
#include "rawsqlite.h"
#include "store/sqlerror.h"
#include "store/store.h"
#include "tempdatadir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

Event eventOf(DirectoryKind kind, const QJsonObject &payload)
{
    Event event;
    event.id = QUuid::createUuid();
    event.type = eventType(kind);
    event.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return event;
}

QJsonObject unit(const QString &id, const QString &floor, bool active = true)
{
    return { { "unit", id }, { "floor", floor }, { "name", "" }, { "active", active } };
}

QJsonObject company(
    const QString &id, const QString &name, const QStringList &units, bool active = true)
{
    return { { "company", id }, { "name", name }, { "units", QJsonArray::fromStringList(units) },
        { "approval", "auto" }, { "active", active } };
}

QJsonObject person(const QString &id, const QString &name, const QString &company,
    const QStringList &units, bool active = true, const QStringList &cards = {})
{
    return { { "person", id }, { "name", name }, { "company", company },
        { "units", QJsonArray::fromStringList(units) }, { "roles", QJsonArray { "tenant" } },
        { "phone", "+8613800000000" }, { "cards", QJsonArray::fromStringList(cards) },
        { "active", active } };
}

// A small building: Acme on 12, Beta on 15, a few people.
class Building
{
public:
    Building()
        : store(dir.path())
    {
        apply(DirectoryKind::Unit, unit("1201", "12"));
        apply(DirectoryKind::Unit, unit("1202", "12"));
        apply(DirectoryKind::Unit, unit("1501", "15"));
        apply(DirectoryKind::Company,
            company("C-ACME", u8("艾克米贸易 Acme Trading"), { "1201", "1202" }));
        apply(DirectoryKind::Company, company("C-BETA", u8("贝塔科技 Beta Tech"), { "1501" }));
        apply(DirectoryKind::Person,
            person("P-0001", u8("张三"), "C-ACME", { "1201" }, true, { "04A1B2C3" }));
        apply(DirectoryKind::Person, person("P-0002", u8("李四"), "C-BETA", { "1501" }));
        apply(DirectoryKind::Person, person("P-0003", u8("張三豐"), "", { "1202", "1501" }));
        apply(DirectoryKind::Person, person("P-0004", u8("曾小贤"), "C-ACME", { "1202" }));
        apply(DirectoryKind::Person, person("P-0005", u8("王张"), "C-BETA", { "1501" }));
    }

    void apply(DirectoryKind kind, const QJsonObject &payload)
    {
        applyDirectoryEvent(eventOf(kind, payload), store.sql());
    }

    QStringList ids(const QString &query, int limit = 20)
    {
        DirectorySearch search(store.sql());
        QStringList found;
        for (const DirectoryHit &hit : search.find(query, limit))
            found.append(hit.id);
        return found;
    }

    qint64 count(const QString &table)
    {
        return rawsqlite::scalar(
            dir.databasePath(), QStringLiteral("SELECT count(*) FROM %1").arg(table))
            .toLongLong();
    }

    TempDataDir dir;
    Store store;
};

} // namespace

TEST_CASE("the terminal's SQLite has FTS5", "[directory][search]")
{
    TempDataDir dir;
    Store store(dir.path());
    CHECK(store.schemaVersion() >= 3);
    QSqlQuery query = runSql(store.sql(),
        QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5')"), QStringLiteral("check"));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
}

TEST_CASE("a person is found by pinyin, initials, characters and unit", "[directory][search]")
{
    Building building;
    CHECK(building.ids("zs").first() == u"P-0001");
    CHECK(building.ids("zs").contains("P-0003")); // 張三豐 starts with zs too
    CHECK(building.ids("zhangsan").first() == u"P-0001");
    CHECK(building.ids("zhang san").first() == u"P-0001");
    CHECK(building.ids("zhangs").first() == u"P-0001");
    CHECK(building.ids("ZhangSan").first() == u"P-0001");
    // Either script finds both 张三 and 張三豐 (简繁 through OpenCC), the exact name first.
    CHECK(building.ids(u8("张三")) == QStringList { "P-0001", "P-0003" });
    CHECK(building.ids(u8("張三")) == QStringList { "P-0001", "P-0003" });
    CHECK(building.ids(u8("张三丰")) == QStringList { "P-0003" });
    CHECK(building.ids(u8("張三豐")) == QStringList { "P-0003" });
    CHECK(building.ids("sanfeng") == QStringList { "P-0003" });
    CHECK(building.ids("zengxiaoxian") == QStringList { "P-0004" }); // the surname reading
    CHECK(building.ids("zxx") == QStringList { "P-0004" });

    // Names that start with "zhang" come before 王张, whose name only contains it.
    const QStringList zhang = building.ids("zhang");
    REQUIRE(zhang.size() == 3);
    CHECK(zhang.last() == u"P-0005");
    CHECK(zhang.contains("P-0001"));
    CHECK(zhang.contains("P-0003"));
}

TEST_CASE("a unit number or a floor's prefix finds who is there", "[directory][search]")
{
    Building building;
    const QStringList unit = building.ids("1201");
    CHECK(unit.contains("C-ACME"));
    CHECK(unit.contains("P-0001"));
    CHECK_FALSE(unit.contains("P-0004")); // 1202
    const QStringList floor12 = building.ids("12");
    CHECK(floor12.contains("P-0004"));
    CHECK(floor12.contains("P-0003"));
    CHECK_FALSE(floor12.contains("P-0002"));
    CHECK(building.ids("1299").isEmpty());
}

TEST_CASE("a company is found by its Chinese or English name from the start of a word",
    "[directory][search]")
{
    Building building;
    CHECK(building.ids("acm").first() == u"C-ACME");
    CHECK(building.ids("trad").first() == u"C-ACME");
    CHECK(building.ids(u8("艾克米")).first() == u"C-ACME");
    CHECK(building.ids(u8("贸易")).first() == u"C-ACME");
    CHECK(building.ids("aikemi").first() == u"C-ACME");
    CHECK(building.ids("beta").first() == u"C-BETA");
    // Its people are found by its name too, after it.
    CHECK(building.ids("acme").contains("P-0001"));
    CHECK(building.ids("cme").isEmpty()); // not from the middle of a word
}

TEST_CASE("hits carry what the host list shows, never a phone number", "[directory][search]")
{
    Building building;
    DirectorySearch search(building.store.sql());
    const QList<DirectoryHit> hits = search.find(u8("张三"), 10);
    REQUIRE(hits.size() == 2); // and 張三豐, after it
    const DirectoryHit &hit = hits.first();
    CHECK(hit.kind == DirectoryKind::Person);
    CHECK(hit.id == u"P-0001");
    CHECK(hit.name == u8("张三"));
    CHECK(hit.companyId == u"C-ACME");
    CHECK(hit.companyName == u8("艾克米贸易 Acme Trading"));
    CHECK(hit.units == QStringList { "1201" });
    CHECK(hit.floor == u"12");

    const QList<DirectoryHit> feng = search.find("sanfeng", 10);
    REQUIRE(feng.size() == 1);
    CHECK(feng.first().floor == u"12, 15");
    CHECK(feng.first().companyName.isEmpty());

    // Whatever is searched, no field of any hit holds the phone.
    for (const char *query : { "zs", "12", "acme", "13800000000", "8613800000000", "+86" }) {
        for (const DirectoryHit &h : search.find(u8(query), 50)) {
            for (const QString &field : QStringList {
                     h.id, h.name, h.companyId, h.companyName, h.units.join(u','), h.floor })
                CHECK_FALSE(field.contains("13800000000"));
        }
    }
    CHECK(search.find("13800000000", 10).isEmpty()); // the phone is not searchable either
}

TEST_CASE("a query under two characters finds nothing", "[directory][search]")
{
    Building building;
    CHECK(building.ids("z").isEmpty());
    CHECK(building.ids(u8("张")).isEmpty());
    CHECK(building.ids(" 1 ").isEmpty());
    CHECK(building.ids("").isEmpty());
    CHECK(building.ids("  ").isEmpty());
    CHECK(building.ids("?!").isEmpty()); // two characters but no word
    CHECK_FALSE(building.ids("zs").isEmpty());
    CHECK(building.ids("zs", 0).isEmpty());
}

TEST_CASE("inactive entries are never found; staff are not hosts", "[directory][search]")
{
    Building building;
    building.apply(
        DirectoryKind::Person, person("P-0001", u8("张三"), "C-ACME", { "1201" }, false));
    CHECK_FALSE(building.ids("zs").contains("P-0001"));
    CHECK_FALSE(building.ids("1201").contains("P-0001"));

    building.apply(
        DirectoryKind::Company, company("C-BETA", u8("贝塔科技 Beta Tech"), { "1501" }, false));
    CHECK(building.ids("beta").isEmpty()); // nor its people by its name
    CHECK(building.ids("lisi") == QStringList { "P-0002" }); // who are still found by theirs
    DirectorySearch search(building.store.sql());
    CHECK(search.find("lisi", 5).first().companyName.isEmpty());

    building.apply(DirectoryKind::Staff,
        { { "staff", "S-001" }, { "name", u8("赵六") }, { "role", "desk" },
            { "cards", QJsonArray { "0A0B0C0D" } }, { "active", true } });
    CHECK(building.ids("zhaoliu").isEmpty());
    CHECK(building.ids(u8("赵六")).isEmpty());

    // Coming back is an upsert too.
    building.apply(DirectoryKind::Person, person("P-0001", u8("张三"), "C-ACME", { "1201" }));
    CHECK(building.ids("zs").first() == u"P-0001");
}

TEST_CASE("an upsert replaces the entry and its words; applying twice changes nothing",
    "[directory][search]")
{
    Building building;
    const qint64 docs = building.count("directory_search_docs");
    const qint64 indexed = building.count("directory_search");
    const qint64 cards = building.count("directory_cards");
    CHECK(docs == 7);
    CHECK(indexed == 7);

    const Event rename
        = eventOf(DirectoryKind::Person, person("P-0002", u8("李思思"), "C-BETA", { "1501" }));
    applyDirectoryEvent(rename, building.store.sql());
    applyDirectoryEvent(rename, building.store.sql());
    CHECK(building.count("directory_search_docs") == docs);
    CHECK(building.count("directory_search") == indexed);
    CHECK(building.count("directory_people") == 5);
    CHECK(building.count("directory_cards") == cards);
    CHECK(building.ids("lisisi") == QStringList { "P-0002" });
    CHECK(building.ids(u8("李四")).isEmpty()); // the old name's words are gone

    // A company's rename reaches the words of its people.
    building.apply(DirectoryKind::Company, company("C-ACME", u8("奥米加 Omega"), { "1201" }));
    CHECK(building.ids("omega").contains("P-0001"));
    CHECK(building.ids("acme").isEmpty());
}

TEST_CASE("lookups by id and by card", "[directory][search]")
{
    Building building;
    building.apply(DirectoryKind::Staff,
        { { "staff", "S-001" }, { "name", u8("赵六") }, { "role", "guard" },
            { "cards", QJsonArray { "0A0B0C0D" } }, { "active", true } });
    DirectorySearch search(building.store.sql());

    const auto p = search.person("P-0001");
    REQUIRE(p);
    CHECK(p->phone == u"+8613800000000");
    CHECK(p->roles == QStringList { "tenant" });
    CHECK(p->cards == QStringList { "04A1B2C3" });
    CHECK_FALSE(search.person("P-9999"));
    const auto c = search.company("C-ACME");
    REQUIRE(c);
    CHECK(c->units == QStringList { "1201", "1202" });
    CHECK(c->approval == u"auto");
    CHECK(search.unit("1501")->floor == u"15");

    CHECK(search.personByCard("04:a1:b2:c3")->id == u"P-0001");
    CHECK_FALSE(search.personByCard("0A0B0C0D"));
    CHECK(search.staffByCard("0a0b0c0d")->role == u"guard");
    CHECK_FALSE(search.staffByCard("04A1B2C3"));
    CHECK_FALSE(search.personByCard("not a card"));

    // A card given to someone else leaves its old holder; an inactive holder's card opens
    // nothing.
    building.apply(DirectoryKind::Person,
        person("P-0002", u8("李四"), "C-BETA", { "1501" }, true, { "04A1B2C3" }));
    building.apply(DirectoryKind::Person, person("P-0001", u8("张三"), "C-ACME", { "1201" }));
    CHECK(search.personByCard("04A1B2C3")->id == u"P-0002");
    building.apply(DirectoryKind::Person,
        person("P-0002", u8("李四"), "C-BETA", { "1501" }, false, { "04A1B2C3" }));
    CHECK_FALSE(search.personByCard("04A1B2C3"));
    CHECK(search.person("P-0002")->active == false);

    CHECK(search.contains(DirectoryKind::Unit, "1201"));
    CHECK(search.contains(DirectoryKind::Company, "C-BETA"));
    CHECK_FALSE(search.contains(DirectoryKind::Company, "C-NONE"));
}

TEST_CASE("a payload the projection cannot use is refused", "[directory][search]")
{
    Building building;
    const auto refused = [&](const QString &type, const QByteArray &payload) {
        Event event;
        event.type = type;
        event.payload = payload;
        try {
            applyDirectoryEvent(event, building.store.sql());
        } catch (const Error &error) {
            INFO(error.message().toStdString());
            return error.kind() == Error::Kind::Invalid;
        }
        return false;
    };
    CHECK(refused("directory.person.upserted", "[]"));
    CHECK(refused("directory.person.upserted", "not json"));
    CHECK(refused("directory.person.upserted", R"({"name":"x"})"));
    CHECK(refused("directory.person.upserted", R"({"person":"P-1"})"));
    CHECK(refused("directory.person.upserted", R"({"person":"P-1","name":"x","units":"1201"})"));
    CHECK(refused("directory.person.upserted", R"({"person":"P-1","name":"x","active":"no"})"));
    CHECK(refused("directory.company.upserted", R"({"company":1,"name":"x"})"));
    CHECK(refused("directory.staff.upserted", R"({"staff":"S-1","name":"x"})"));
    CHECK(refused("visit.checked_in", R"({"person":"P-1","name":"x"})"));
    CHECK_FALSE(refused("directory.person.upserted", R"({"person":"P-1","name":"x"})"));
    CHECK(isDirectoryEvent(QStringLiteral("directory.unit.upserted")));
    CHECK_FALSE(isDirectoryEvent(QStringLiteral("directory.unit.deleted")));
}

TEST_CASE("an imported file recorded through the event log is searchable", "[directory][search]")
{
    TempDataDir dir;
    Store store(dir.path());
    const DirectoryImport import = parseDirectoryCsv("kind,id,name,unit,floor,company,roles\n"
                                                     "unit,0801,,,8,,\n"
                                                     "company,C-G,Gamma,0801,,,\n"
        + u8("person,P-1,陳大文,0801,,C-G,owner\n").toUtf8());
    REQUIRE(import.ok());
    for (const DirectoryRecord &record : import.records)
        store.events().record(
            { eventType(record.kind), record.payload, {}, {} }, applyDirectoryEvent);

    // A projection that throws leaves neither the event nor a change.
    const qint64 before = store.events().eventCount();
    CHECK_THROWS_AS(
        store.events().record({ eventType(DirectoryKind::Person), { { "person", "P-2" } }, {}, {} },
            applyDirectoryEvent),
        Error);
    CHECK(store.events().eventCount() == before);

    DirectorySearch search(store.sql());
    const QList<DirectoryHit> hits = search.find("cdw", 5);
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().companyName == u"Gamma");
    CHECK(hits.first().floor == u"8");
    CHECK(search.contains(DirectoryKind::Unit, "0801"));
}

TEST_CASE("what a visitor types is never read as FTS5 syntax", "[directory][search]")
{
    Building building;
    // Operators, quotes, brackets and stars are words or separators, never syntax errors.
    for (const char *query : { "\"\"", "**", "zs OR", "OR zs", "NEAR(zs)", "zs AND", "zhang\"san",
             "(张", "張 OR 三", "^zs", "zs -", "1201*", "NOT 张三", "張)" }) {
        INFO(query);
        REQUIRE_NOTHROW(building.ids(u8(query)));
    }
    CHECK(building.ids(u8("zhang\"san")).first() == u"P-0001");
    CHECK(building.ids(u8("NOT 张三")).isEmpty()); // "not" is a word to find, not an operator
    CHECK(building.ids(u8("(张三)")).first() == u"P-0001");
}
