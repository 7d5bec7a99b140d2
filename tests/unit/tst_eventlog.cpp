#include "core/error.h"
#include "core/eventhash.h"
#include "rawsqlite.h"
#include "store/sqlerror.h"
#include "store/store.h"
#include "tempdatadir.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

// A stand-in projection table, as a workflow's migration would create one.
void createProjection(Store &store)
{
    runSql(store.sql(),
        QStringLiteral("CREATE TABLE IF NOT EXISTS on_site ("
                       " visitor TEXT PRIMARY KEY, event_id TEXT NOT NULL)"),
        QStringLiteral("test projection"));
}

Projection addVisitor(const QString &name)
{
    return [name](const Event &event, QSqlDatabase &db) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO on_site (visitor, event_id) VALUES (?, ?)"));
        insert.addBindValue(name);
        insert.addBindValue(uuidText(event.id));
        execOrThrow(insert, QStringLiteral("projecting"), db.databaseName());
    };
}

EventDraft checkIn(const QString &name)
{
    return { QStringLiteral("visit.checked_in"), { { QStringLiteral("name"), name } },
        QStringLiteral("kiosk"), {} };
}

qint64 count(const QString &path, const QString &table)
{
    return rawsqlite::scalar(path, QStringLiteral("SELECT count(*) FROM %1").arg(table))
        .toLongLong();
}

} // namespace

TEST_CASE("an event and its projection change are written together", "[eventlog]")
{
    TempDataDir dir;
    Store store(dir.path());
    createProjection(store);

    const auto recorded = store.events().record(
        checkIn(QStringLiteral("Wang Fang")), addVisitor(QStringLiteral("Wang Fang")));
    CHECK_FALSE(recorded.duplicate);
    CHECK(count(dir.databasePath(), QStringLiteral("events")) == 1);
    CHECK(rawsqlite::scalar(dir.databasePath(), QStringLiteral("SELECT event_id FROM on_site"))
              .toString()
        == uuidText(recorded.event.id));

    SECTION("a projection that fails in SQL takes its event with it")
    {
        // The primary key refuses a second row for the same visitor.
        CHECK_THROWS_AS(store.events().record(checkIn(QStringLiteral("Wang Fang")),
                            addVisitor(QStringLiteral("Wang Fang"))),
            Error);
    }
    SECTION("a projection that throws takes its event with it")
    {
        CHECK_THROWS_AS(store.events().record(checkIn(QStringLiteral("Zhao Lei")),
                            [](const Event &, QSqlDatabase &) {
                                throw Error(Error::Kind::Invalid, QStringLiteral("rule broken"));
                            }),
            Error);
    }
    CHECK(count(dir.databasePath(), QStringLiteral("events")) == 1);
    CHECK(count(dir.databasePath(), QStringLiteral("on_site")) == 1);
    // and the log goes on with no gap
    const auto next = store.events().record(
        checkIn(QStringLiteral("Chen Jie")), addVisitor(QStringLiteral("Chen Jie")));
    CHECK(next.event.seq == 2);
    CHECK(store.events().verifyChain(store.terminalId()).ok());
}

TEST_CASE("events get gapless sequence numbers and a hash chain", "[eventlog]")
{
    TempDataDir dir;
    Store store(dir.path());
    QList<Event> events;
    for (int i = 0; i < 5; ++i)
        events.append(store.events().record(checkIn(QStringLiteral("v%1").arg(i))).event);
    for (int i = 0; i < 5; ++i) {
        CHECK(events[i].seq == i + 1);
        CHECK(events[i].terminalId == store.terminalId());
        CHECK(events[i].prevHash == (i == 0 ? genesisHash() : events[i - 1].hash));
        CHECK(events[i].hash == eventHash(events[i]));
    }
    const ChainReport report = store.events().verifyChain(store.terminalId());
    CHECK(report.ok());
    CHECK(report.checked == 5);

    // read back exactly as recorded
    const auto stored = store.events().find(events[2].id);
    REQUIRE(stored.has_value());
    CHECK(stored->hash == events[2].hash);
    CHECK(stored->occurredAt == events[2].occurredAt);
    CHECK(stored->payloadObject().value(QStringLiteral("name")).toString() == QStringLiteral("v2"));
}

TEST_CASE("verify says where the chain breaks", "[eventlog]")
{
    TempDataDir dir;
    QString terminal;
    {
        Store store(dir.path());
        terminal = store.terminalId();
        for (int i = 0; i < 6; ++i)
            store.events().record(checkIn(QStringLiteral("v%1").arg(i)));
    }
    SECTION("an edited payload")
    {
        rawsqlite::exec(dir.databasePath(),
            QStringLiteral(
                "UPDATE events SET payload = '{\"name\":\"someone else\"}' WHERE seq = 4"));
        Store store(dir.path());
        const ChainReport report = store.events().verifyChain(terminal);
        REQUIRE_FALSE(report.ok());
        CHECK(*report.brokenAtSeq == 4);
        CHECK(report.checked == 3);
        CHECK(report.problem.contains(QStringLiteral("changed after it was recorded")));
    }
    SECTION("a removed event")
    {
        rawsqlite::exec(dir.databasePath(), QStringLiteral("DELETE FROM events WHERE seq = 3"));
        Store store(dir.path());
        const ChainReport report = store.events().verifyChain(terminal);
        REQUIRE_FALSE(report.ok());
        CHECK(*report.brokenAtSeq == 4);
        CHECK(report.problem.contains(QStringLiteral("missing")));
    }
    SECTION("an event replaced with a consistent hash of its own")
    {
        // Recomputing the edited event's own hash does not help: the next event still points
        // at the original.
        Store store(dir.path());
        Event edited = *store.events().find(QUuid::fromString(rawsqlite::scalar(
            dir.databasePath(), QStringLiteral("SELECT id FROM events WHERE seq = 2"))
                                                                  .toString()));
        edited.actor = QStringLiteral("intruder");
        edited.hash = eventHash(edited);
        rawsqlite::exec(dir.databasePath(),
            QStringLiteral("UPDATE events SET actor = 'intruder', hash = x'%1' WHERE seq = 2")
                .arg(QString::fromLatin1(edited.hash.toHex())));
        const ChainReport report = store.events().verifyChain(terminal);
        REQUIRE_FALSE(report.ok());
        CHECK(*report.brokenAtSeq == 3);
        CHECK(report.problem.contains(QStringLiteral("does not follow")));
    }
}

TEST_CASE(
    "the outbox holds exactly the unacknowledged events of this terminal", "[eventlog][outbox]")
{
    TempDataDir dir;
    Store store(dir.path());
    QSignalSpy changed(&store.events(), &EventLog::outboxChanged);
    QList<Event> events;
    for (int i = 0; i < 4; ++i)
        events.append(store.events().record(checkIn(QStringLiteral("v%1").arg(i))).event);
    CHECK(changed.count() == 4);
    CHECK(store.events().outboxCount() == 4);

    CHECK(store.events().acknowledge({ events[0].id, events[1].id }) == 2);
    CHECK(store.events().acknowledge({ events[0].id }) == 0); // a repeated ack changes nothing
    CHECK(store.events().outboxCount() == 2);
    const QList<Event> outbox = store.events().outbox(10);
    REQUIRE(outbox.size() == 2);
    CHECK(outbox[0].id == events[2].id);
    CHECK(outbox[1].id == events[3].id);
    CHECK(store.events().outbox(1).size() == 1);

    // An acknowledgement out of order leaves the gap in the outbox.
    const Event fifth = store.events().record(checkIn(QStringLiteral("v4"))).event;
    CHECK(store.events().acknowledge({ events[3].id }) == 1);
    QList<QUuid> left;
    for (const Event &event : store.events().outbox(10))
        left.append(event.id);
    CHECK(left == QList<QUuid> { events[2].id, fifth.id });
    CHECK(store.events().acknowledge({ events[2].id, fifth.id }) == 2);
    CHECK(store.events().outboxCount() == 0);
    CHECK(store.events().outbox(10).isEmpty());
    const Event sixth = store.events().record(checkIn(QStringLiteral("v5"))).event;
    REQUIRE(store.events().outbox(10).size() == 1);
    CHECK(store.events().outbox(10).constFirst().id == sixth.id);
    // acknowledgement does not touch the chain
    CHECK(store.events().verifyChain(store.terminalId()).ok());

    // events of another terminal (as pulled from the hub) are never in this terminal's outbox
    rawsqlite::exec(dir.databasePath(),
        QStringLiteral("INSERT INTO events (id, terminal_id, seq, type, payload, occurred_at,"
                       " prev_hash, hash) VALUES ('%1', 'other', 1, 'visit.checked_in', '{}',"
                       " '2026-11-22T09:00:00.000Z', zeroblob(32), zeroblob(32))")
            .arg(uuidText(QUuid::createUuid())));
    CHECK(store.events().outboxCount() == 1);
    CHECK(store.events().eventCount() == 7);
}

TEST_CASE("recording the same event id twice records it once", "[eventlog]")
{
    TempDataDir dir;
    Store store(dir.path());
    createProjection(store);
    EventDraft draft = checkIn(QStringLiteral("Liu Yang"));
    draft.id = QUuid::createUuid();
    const auto first = store.events().record(draft, addVisitor(QStringLiteral("Liu Yang")));
    const auto retry = store.events().record(draft, addVisitor(QStringLiteral("Liu Yang")));
    CHECK_FALSE(first.duplicate);
    CHECK(retry.duplicate);
    CHECK(retry.event.seq == first.event.seq);
    CHECK(store.events().eventCount() == 1);
    CHECK(count(dir.databasePath(), QStringLiteral("on_site")) == 1);

    EventDraft clash = checkIn(QStringLiteral("someone else"));
    clash.id = draft.id;
    CHECK_THROWS_WITH(
        store.events().record(clash), Catch::Contains("already used for a different event"));
}

TEST_CASE("malformed events are refused with a reason", "[eventlog]")
{
    TempDataDir dir;
    Store store(dir.path());
    CHECK_THROWS_WITH(store.events().record({ QStringLiteral("CheckIn"), {}, {}, {} }),
        Catch::Contains("is not of the form noun.verb"));
    CHECK_THROWS_WITH(
        store.events().record({ QString(), {}, {}, {} }), Catch::Contains("noun.verb"));
    QJsonObject big { { QStringLiteral("blob"), QString(70 * 1024, QLatin1Char('x')) } };
    CHECK_THROWS_WITH(store.events().record({ QStringLiteral("test.big"), big, {}, {} }),
        Catch::Contains("more than the"));
    CHECK(store.events().eventCount() == 0);
}
