#include "core/eventhash.h"

#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

Event sampleEvent()
{
    Event event;
    event.id = QUuid::fromString(QStringLiteral("6f1c2a9e-3b7d-4c1a-9f0e-2d5b8a7c6e41"));
    event.terminalId = QStringLiteral("t-1");
    event.seq = 1;
    event.type = QStringLiteral("visit.checked_in");
    event.payload = QByteArrayLiteral(R"({"name":"Li Lei"})");
    event.occurredAt
        = QDateTime::fromString(QStringLiteral("2026-11-22T09:00:00.000Z"), Qt::ISODateWithMs);
    event.actor = QStringLiteral("staff-7");
    event.prevHash = genesisHash();
    return event;
}

} // namespace

TEST_CASE("the event hash covers every recorded field", "[eventhash]")
{
    const Event base = sampleEvent();
    const QByteArray hash = eventHash(base);
    REQUIRE(hash.size() == kEventHashSize);
    CHECK(eventHash(base) == hash);

    auto changed = [&](auto mutate) {
        Event copy = base;
        mutate(copy);
        return eventHash(copy) != hash;
    };
    CHECK(changed([](Event &e) { e.id = QUuid::createUuid(); }));
    CHECK(changed([](Event &e) { e.terminalId = QStringLiteral("t-2"); }));
    CHECK(changed([](Event &e) { e.seq = 2; }));
    CHECK(changed([](Event &e) { e.type = QStringLiteral("visit.checked_out"); }));
    CHECK(changed([](Event &e) { e.payload = QByteArrayLiteral(R"({"name":"Li Lej"})"); }));
    CHECK(changed([](Event &e) { e.occurredAt = e.occurredAt.addMSecs(1); }));
    CHECK(changed([](Event &e) { e.actor = QStringLiteral("staff-8"); }));
    CHECK(changed([](Event &e) { e.prevHash[0] = 1; }));
    // acknowledgement happens after recording and is not part of the chain
    CHECK_FALSE(changed([](Event &e) { e.acked = true; }));
}

TEST_CASE("length prefixes keep shifted field boundaries apart", "[eventhash]")
{
    Event a = sampleEvent();
    Event b = sampleEvent();
    a.type = QStringLiteral("ab.c");
    a.actor = QStringLiteral("d");
    b.type = QStringLiteral("ab.cd");
    b.actor = QString();
    CHECK(eventHash(a) != eventHash(b));
}
