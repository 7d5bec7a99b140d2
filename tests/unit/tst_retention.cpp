// Retention on a terminal: old visits and invitations anonymised, ID fragments cleared
// sooner, the same data redacted from the event log, with the hash chain still verifiable.
#include "core/eventhash.h"
#include "core/eventredaction.h"
#include "rawsqlite.h"
#include "retentionseed.h"
#include "services/retention.h"
#include "store/store.h"
#include "tempdatadir.h"

#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace lobbydesk;
using namespace retentionseed;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);

QJsonObject payloadOf(Store &store, const QString &where)
{
    return QJsonDocument::fromJson(
        rawsqlite::scalar(store.path(), QStringLiteral("SELECT payload FROM events WHERE ") + where)
            .toString()
            .toUtf8())
        .object();
}

QString text(Store &store, const QString &sql)
{
    return rawsqlite::scalar(store.path(), sql).toString();
}

bool allChainsOk(Store &store)
{
    bool ok = true;
    for (const ChainReport &report : store.events().verifyAll())
        ok = ok && report.ok();
    return ok;
}

} // namespace

TEST_CASE("a redacted payload keeps what statistics need and nothing personal", "[retention]")
{
    const QJsonObject full = checkInPayload(QStringLiteral("V-1"));
    const QJsonObject redacted = redactedPayload(full);
    for (const char *gone : { "name", "phone", "plate", "items", "purpose_note", "id_last4",
             "id_hash", "token", "host_name" })
        CHECK_FALSE(redacted.contains(QLatin1String(gone)));
    for (const char *kept :
        { "visit", "number", "state", "unit", "company", "via", "valid_until", "purpose" })
        CHECK(redacted.value(QLatin1String(kept)) == full.value(QLatin1String(kept)));
    CHECK(redacted.value(QStringLiteral("redacted")).toBool());
    const QJsonObject idOnly = payloadWithoutIdFragments(full);
    CHECK(idOnly.value(QStringLiteral("name")) == full.value(QStringLiteral("name")));
    CHECK_FALSE(idOnly.contains(QStringLiteral("id_hash")));
    CHECK(idOnly.value(QStringLiteral("redacted")).toString() == QStringLiteral("id"));

    // The stored form is one the stores' "already redacted" query recognises, and a name that
    // looks like the marker does not.
    const QByteArray text = QJsonDocument(redacted).toJson(QJsonDocument::Compact);
    CHECK(text.contains(QByteArray(kFullyRedactedLike).mid(1).chopped(1)));
    QJsonObject trick = full;
    trick.insert(QStringLiteral("name"), QStringLiteral(R"(x","redacted":true)"));
    CHECK_FALSE(QJsonDocument(trick).toJson(QJsonDocument::Compact).contains(R"("redacted":true)"));
}

TEST_CASE("retention anonymises exactly the old visits and invitations, ID fragments go after "
          "30 days, a dry run changes nothing, a second run finds nothing",
    "[retention]")
{
    TempDataDir dir;
    Store store(dir.path());
    addVisit(store, QStringLiteral("V-old"), kNow.addDays(-200));
    addVisit(store, QStringLiteral("V-edge"), kNow.addDays(-179));
    addVisit(store, QStringLiteral("V-month"), kNow.addDays(-40));
    addVisit(store, QStringLiteral("V-new"), kNow.addDays(-10));
    addInvitation(store, QStringLiteral("I-old"), kNow.addDays(-181));
    addInvitation(store, QStringLiteral("I-new"), kNow.addDays(-20));
    // A rating stays: statistics stay true.
    rawsqlite::exec(store.path(),
        QStringLiteral("INSERT INTO visit_ratings VALUES ('V-old', 1, '2026-05-06T10:00:00.000Z', "
                       "'t')"));

    Retention retention(store.events(), RetentionPolicy {});
    const QStringList visitsBefore = dump(store, QStringLiteral("visits"));
    const QStringList invitationsBefore = dump(store, QStringLiteral("invitations"));
    const RetentionCounts planned = retention.plan(kNow);
    CHECK(planned.visits == 1);
    CHECK(planned.idFragments == 2); // V-edge and V-month keep their details a while longer
    CHECK(planned.invitations == 1);
    CHECK(planned.visitsBefore == kNow.addDays(-180));
    CHECK(planned.idBefore == kNow.addDays(-30));
    CHECK(dump(store, QStringLiteral("visits")) == visitsBefore);
    CHECK(dump(store, QStringLiteral("invitations")) == invitationsBefore);

    const RetentionCounts done = retention.run(kNow);
    CHECK(done.visits == planned.visits);
    CHECK(done.idFragments == planned.idFragments);
    CHECK(done.invitations == planned.invitations);

    CHECK(text(store,
              QStringLiteral("SELECT name || phone || plate || items || purpose_note || id_last4 "
                             "|| id_hash FROM visits WHERE visit_id = 'V-old'"))
        == QString());
    CHECK(text(store, QStringLiteral("SELECT anonymised_at FROM visits WHERE visit_id = 'V-old'"))
        == isoUtc(kNow));
    CHECK(
        text(store,
            QStringLiteral("SELECT unit || '/' || company || '/' || state || '/' || via || '/' || "
                           "checked_in_at FROM visits WHERE visit_id = 'V-old'"))
        == QStringLiteral("1201/C-ACME/on_site/kiosk/") + isoUtc(kNow.addDays(-200)));
    CHECK(text(store, QStringLiteral("SELECT count(*) FROM visit_ratings")) == QStringLiteral("1"));
    for (const char *visit : { "V-edge", "V-month" }) {
        INFO(visit);
        const QString where
            = QStringLiteral(" FROM visits WHERE visit_id = '%1'").arg(QLatin1String(visit));
        CHECK(text(store, QStringLiteral("SELECT id_last4 || id_hash") + where) == QString());
        CHECK(text(store, QStringLiteral("SELECT name") + where)
            == QStringLiteral("Visitor ") + QLatin1String(visit));
        CHECK(rawsqlite::scalar(store.path(), QStringLiteral("SELECT anonymised_at") + where)
                  .isNull());
    }
    CHECK(
        text(store, QStringLiteral("SELECT id_last4 || name FROM visits WHERE visit_id = 'V-new'"))
        == QStringLiteral("123XVisitor V-new"));
    CHECK(text(store,
              QStringLiteral("SELECT name || phone || plate FROM invitations WHERE invitation_id "
                             "= 'I-old'"))
        == QString());
    CHECK(text(store, QStringLiteral("SELECT name FROM invitations WHERE invitation_id = 'I-new'"))
        == QStringLiteral("Guest I-new"));

    const RetentionCounts again = retention.run(kNow);
    CHECK(again.total() == 0);
}

TEST_CASE("acknowledged check-in events are redacted, the outbox waits, the chain still verifies "
          "and tampering is still caught",
    "[retention]")
{
    TempDataDir dir;
    Store store(dir.path());
    EventLog &log = store.events();
    // Recorded now through the real log; retention is then asked about a later "now".
    const auto first = log.record({ QStringLiteral("visit.checked_in"),
        checkInPayload(QStringLiteral("V-1")), QStringLiteral("desk-1"), {} });
    log.record({ QStringLiteral("desk.note.added"),
        { { QStringLiteral("text"), QStringLiteral("quiet shift") } }, QStringLiteral("desk-1"),
        {} });
    QJsonObject invitation { { QStringLiteral("invitation"), QStringLiteral("I-1") },
        { QStringLiteral("name"), QStringLiteral("李雷") },
        { QStringLiteral("phone"), QStringLiteral("+8613900139000") },
        { QStringLiteral("plate"), QStringLiteral("") },
        { QStringLiteral("unit"), QStringLiteral("1201") },
        { QStringLiteral("valid_from"), isoUtc(QDateTime::currentDateTimeUtc()) },
        { QStringLiteral("valid_until"), isoUtc(QDateTime::currentDateTimeUtc().addDays(20)) },
        { QStringLiteral("token"), QStringLiteral("LD1:inv") } };
    const auto third = log.record(
        { QStringLiteral("visit.invitation.created"), invitation, QStringLiteral("desk-1"), {} });
    REQUIRE(log.acknowledgeRange(1, 3) == 3);
    const auto unacked = log.record({ QStringLiteral("visit.checked_in"),
        checkInPayload(QStringLiteral("V-2")), QStringLiteral("desk-1"), {} });

    Retention retention(log, RetentionPolicy {});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK(retention.plan(now).events == 0);

    // 40 days on: the check-in loses its ID fragments only; the invitation is still valid
    // within the period.
    const RetentionCounts month = retention.run(now.addDays(40));
    CHECK(month.events == 1);
    const QString firstId = QStringLiteral("id = '%1'").arg(uuidText(first.event.id));
    QJsonObject stored = payloadOf(store, firstId);
    CHECK(stored.value(QStringLiteral("name")).toString() == QStringLiteral("王小明"));
    CHECK_FALSE(stored.contains(QStringLiteral("id_last4")));
    CHECK(stored.value(QStringLiteral("redacted")).toString() == QStringLiteral("id"));
    CHECK(allChainsOk(store));

    // 200 days on: every personal member goes from the acknowledged check-in and invitation.
    const RetentionCounts later = retention.run(now.addDays(200));
    CHECK(later.events == 2);
    stored = payloadOf(store, firstId);
    CHECK_FALSE(stored.contains(QStringLiteral("name")));
    CHECK_FALSE(stored.contains(QStringLiteral("token")));
    CHECK(stored.value(QStringLiteral("unit")).toString() == QStringLiteral("1201"));
    CHECK(stored.value(QStringLiteral("redacted")).toBool());
    CHECK_FALSE(payloadOf(store, QStringLiteral("id = '%1'").arg(uuidText(third.event.id)))
                    .contains(QStringLiteral("name")));
    CHECK(text(store, QStringLiteral("SELECT count(*) FROM events WHERE redacted_at IS NOT NULL"))
        == QStringLiteral("2"));
    // Still in the outbox: goes to the hub whole first.
    CHECK(payloadOf(store, QStringLiteral("id = '%1'").arg(uuidText(unacked.event.id)))
              .value(QStringLiteral("name"))
              .toString()
        == QStringLiteral("王小明"));
    CHECK(retention.run(now.addDays(200)).events == 0);
    const QList<Event> outbox = log.outbox(10);
    REQUIRE(outbox.size() == 1);
    CHECK(eventHash(outbox.first()) == outbox.first().hash);

    // The chain verifies; find() and export say what was redacted.
    CHECK(allChainsOk(store));
    CHECK(log.find(first.event.id)->redacted);
    CHECK_FALSE(log.find(unacked.event.id)->redacted);
    CHECK(log.find(first.event.id)->toJson().value(QStringLiteral("redacted")).toBool());

    // Once acknowledged, a later run redacts it too.
    log.acknowledge({ unacked.event.id });
    CHECK(retention.run(now.addDays(200)).events == 1);
    CHECK(allChainsOk(store));

    // An altered event that was not redacted is still caught…
    rawsqlite::exec(store.path(),
        QStringLiteral("UPDATE events SET payload = '{\"text\":\"loud shift\"}' WHERE seq = 2"));
    ChainReport report = log.verifyChain(store.terminalId());
    CHECK(report.brokenAtSeq == 2);
    CHECK(report.problem.contains(QStringLiteral("changed after it was recorded")));
    // …while a redacted one is checked by its place in the chain only.
    rawsqlite::exec(store.path(),
        QStringLiteral("UPDATE events SET payload = '{\"text\":\"quiet shift\"}' WHERE seq = 2"));
    CHECK(log.verifyChain(store.terminalId()).ok());
    rawsqlite::exec(store.path(),
        QStringLiteral("UPDATE events SET payload = '{\"visit\":\"V-9\",\"redacted\":true}' WHERE "
                       "seq = 1"));
    CHECK(log.verifyChain(store.terminalId()).ok());
    // Its link still counts: a replaced previous hash is caught.
    rawsqlite::exec(
        store.path(), QStringLiteral("UPDATE events SET prev_hash = zeroblob(32) WHERE seq = 3"));
    report = log.verifyChain(store.terminalId());
    CHECK(report.brokenAtSeq == 3);
}

TEST_CASE("events pulled from the hub are redacted the same way, a redacted event from the hub "
          "is taken, an altered one is not",
    "[retention]")
{
    TempDataDir dir;
    Store store(dir.path());
    // Another terminal's chain, as the hub's feed serves it.
    const QString other = uuidText(QUuid::createUuid());
    QList<Event> feed;
    QByteArray prev = genesisHash();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 1; i <= 3; ++i) {
        Event event;
        event.id = newEventId();
        event.terminalId = other;
        event.seq = i;
        event.type = QStringLiteral("visit.checked_in");
        event.payload = QJsonDocument(checkInPayload(QStringLiteral("V-%1").arg(i)))
                            .toJson(QJsonDocument::Compact);
        event.occurredAt = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
        event.actor = QStringLiteral("kiosk");
        event.prevHash = prev;
        event.hash = eventHash(event);
        prev = event.hash;
        feed.append(event);
    }
    // The hub redacted the third already; a fourth claims a payload its hash does not match.
    feed[2].payload = QJsonDocument(redactedPayload(checkInPayload(QStringLiteral("V-3"))))
                          .toJson(QJsonDocument::Compact);
    feed[2].redacted = true;
    Event forged = feed[1];
    forged.id = newEventId();
    forged.seq = 4;
    forged.prevHash = feed[2].hash;
    forged.payload = R"({"visit":"V-4","name":"someone else"})";
    feed.append(forged);
    CHECK(store.events().storePulled(feed, [](const QString &) { return Projection {}; }, {}) == 3);
    CHECK(store.events().find(feed[2].id)->redacted);
    CHECK_FALSE(store.events().find(forged.id).has_value());
    CHECK(allChainsOk(store));

    Retention retention(store.events(), RetentionPolicy { 90, 10 });
    CHECK(retention.plan(now.addDays(91)).events == 2);
    CHECK(retention.run(now.addDays(91)).events == 2);
    for (int i = 0; i < 3; ++i)
        CHECK_FALSE(
            store.events().find(feed[i].id)->payloadObject().contains(QStringLiteral("phone")));
    CHECK(allChainsOk(store));
}
