// The wire form of an event, the time format, enrolment codes and Ed25519 signatures: the
// small pure pieces that terminal and hub must agree on byte for byte.
#include "core/error.h"
#include "core/event.h"
#include "core/eventcatalog.h"
#include "core/eventhash.h"
#include "core/signing.h"
#include "core/wireevent.h"
#include "hub/hubsecrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

Event sampleEvent()
{
    Event event;
    event.id = QUuid::fromString(QStringLiteral("deded5ef-e3bf-4225-9317-8f4474f68aea"));
    event.terminalId = QStringLiteral("2b7e1e4c-55a0-4a44-9d7e-5a1c6d3f0a11");
    event.seq = 7;
    event.type = QStringLiteral("desk.note.added");
    event.payload = QByteArrayLiteral("{\"text\":\"钥匙 1201 已归还\"}");
    event.occurredAt = parseIsoUtc(QStringLiteral("2026-11-22T08:30:00.125Z"));
    event.actor = QStringLiteral("S-001");
    event.prevHash = genesisHash();
    event.hash = eventHash(event);
    return event;
}

} // namespace

TEST_CASE("an event survives the wire unchanged, hash included", "[wire]")
{
    const Event sent = sampleEvent();
    QJsonObject payload;
    const Event received = eventFromWire(eventToWire(sent), &payload);
    CHECK(received.id == sent.id);
    CHECK(received.seq == 7);
    CHECK(received.payload == sent.payload);
    CHECK(received.occurredAt == sent.occurredAt);
    CHECK(eventHash(received) == sent.hash);
    CHECK(payload.value(QStringLiteral("text")).toString() == QStringLiteral("钥匙 1201 已归还"));
}

TEST_CASE("a malformed wire event is refused naming its field", "[wire]")
{
    const QJsonObject good = eventToWire(sampleEvent());
    const std::vector<std::pair<const char *, QJsonValue>> bad {
        { "id", QStringLiteral("not-a-uuid") },
        { "seq", 0 },
        { "seq", 1.5 },
        { "seq", QStringLiteral("7") },
        { "type", QJsonValue() },
        { "payload", QJsonObject { { QStringLiteral("text"), QStringLiteral("x") } } },
        { "payload", QStringLiteral("[1, 2]") },
        { "time", QStringLiteral("2026-11-22T08:30:00Z") },
        { "time", QStringLiteral("2026-02-30T08:30:00.000Z") },
        { "actor", 3 },
        { "prev_hash", QStringLiteral("00") },
        { "hash", QString(64, QLatin1Char('g')) },
    };
    for (const auto &[field, value] : bad) {
        QJsonObject wire = good;
        wire.insert(QLatin1String(field), value);
        INFO(field
            << " = "
            << QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact).toStdString());
        CHECK_THROWS_WITH(eventFromWire(wire), Catch::Contains(std::string("'") + field + "'"));
    }
}

TEST_CASE("times are read only in the one form they are written", "[wire]")
{
    const QDateTime time = parseIsoUtc(QStringLiteral("2026-11-22T23:59:59.999Z"));
    REQUIRE(time.isValid());
    CHECK(isoUtc(time) == QStringLiteral("2026-11-22T23:59:59.999Z"));
    for (const char *text : { "2026-11-22T23:59:59.999", "2026-11-22 23:59:59.999Z",
             "2026-11-22T24:00:00.000Z", "２026-11-22T23:59:59.999Z", "" })
        CHECK_FALSE(parseIsoUtc(QString::fromUtf8(text)).isValid());
}

TEST_CASE("times are written as Qt writes them, in UTC with milliseconds", "[wire]")
{
    const QDateTime start(QDate(1999, 12, 31), QTime(23, 59, 59, 7), QTimeZone::utc());
    for (qint64 step = 0; step < 2000; ++step) {
        // Steps of a prime number of milliseconds walk through every field's digits.
        const QDateTime time = start.addMSecs(step * 7919LL * 104729LL);
        INFO(time.toString(Qt::ISODateWithMs).toStdString());
        REQUIRE(isoUtc(time) == time.toUTC().toString(Qt::ISODateWithMs));
        REQUIRE(parseIsoUtc(isoUtc(time)) == time);
    }
    const QDateTime shanghai(
        QDate(2026, 11, 22), QTime(7, 5, 3, 40), QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    CHECK(isoUtc(shanghai) == QStringLiteral("2026-11-21T23:05:03.040Z"));
    CHECK(isoUtc(QDateTime()).isEmpty());
}

TEST_CASE("event ids are version 7 UUIDs that rise with time", "[wire]")
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QUuid first = newEventId();
    QThread::msleep(2);
    const QUuid second = newEventId();
    const QString text = uuidText(first);
    CHECK(text.at(14) == u'7'); // the version; Qt 6.4's QUuid::version() stops at 5
    CHECK(QStringLiteral("89ab").contains(text.at(19))); // the RFC variant
    CHECK(first.variant() == QUuid::DCE);
    CHECK(first != newEventId());
    // The first 48 bits are the milliseconds since the epoch, so text order is time order.
    const qint64 millis = QString(text).remove(u'-').left(12).toLongLong(nullptr, 16);
    CHECK(millis >= before);
    CHECK(millis <= QDateTime::currentMSecsSinceEpoch());
    CHECK(uuidText(first) < uuidText(second));
}

TEST_CASE("enrolment codes are typed forgivingly and nothing else passes", "[wire]")
{
    const QString code = newEnrolmentCode();
    CHECK(code.size() == 14);
    CHECK(normaliseEnrolmentCode(code.toLower()) == normaliseEnrolmentCode(code));
    CHECK(
        normaliseEnrolmentCode(QStringLiteral("7k3q 9xwd m2pa")) == QStringLiteral("7K3Q9XWDM2PA"));
    CHECK(
        normaliseEnrolmentCode(QStringLiteral("ILO0-0000-0000")) == QStringLiteral("110000000000"));
    CHECK(normaliseEnrolmentCode(QStringLiteral("7K3Q-9XWD-M2P")).isEmpty());
    CHECK(normaliseEnrolmentCode(QStringLiteral("7K3Q-9XWD-M2PU")).isEmpty()); // no U in Crockford
    CHECK(normaliseEnrolmentCode(QStringLiteral("7K3Q-9XWD-M2P\u00e9")).isEmpty());
    CHECK(newEnrolmentCode() != code);
    CHECK(secretHash(QStringLiteral("a")) != secretHash(QStringLiteral("b")));
}

TEST_CASE("a signature verifies with its key only, and not after a flipped bit", "[wire]")
{
    const SigningKeyPair keys = generateSigningKeyPair();
    const SigningKeyPair other = generateSigningKeyPair();
    const QByteArray message = enrolmentMessage(QStringLiteral("7K3Q-9XWD-M2PA"),
        QStringLiteral("deded5ef-e3bf-4225-9317-8f4474f68aea"), keys.publicKey);
    const QByteArray signature = signDetached(message, keys.secretKey);
    CHECK(verifyDetached(signature, message, keys.publicKey));
    CHECK_FALSE(verifyDetached(signature, message, other.publicKey));
    QByteArray flipped = message;
    flipped[3] = char(flipped[3] ^ 0x01);
    CHECK_FALSE(verifyDetached(signature, flipped, keys.publicKey));
    CHECK_FALSE(verifyDetached(signature.left(10), message, keys.publicKey));
    CHECK(signingKeyId(keys.publicKey).size() == 16);
}

TEST_CASE("the catalogue knows who writes each type and what a payload needs", "[wire]")
{
    const EventTypeSpec *note = findEventType(QStringLiteral("desk.note.added"));
    REQUIRE(note);
    CHECK(note->origin == EventOrigin::Terminal);
    CHECK(payloadProblem(*note, { { QStringLiteral("text"), QStringLiteral("x") } }).isEmpty());
    CHECK_FALSE(
        payloadProblem(*note, { { QStringLiteral("text"), QStringLiteral("  ") } }).isEmpty());
    CHECK_FALSE(payloadProblem(*note, { { QStringLiteral("text"), 5 } }).isEmpty());
    CHECK(findEventType(QStringLiteral("directory.person.upserted"))->origin == EventOrigin::Hub);
    CHECK(findEventType(QStringLiteral("visit.teleported")) == nullptr);
}
