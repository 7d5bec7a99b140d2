#include "core/wireevent.h"

#include "core/error.h"
#include "core/eventhash.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <algorithm>
#include <cctype>

namespace lobbydesk {
namespace {

[[noreturn]] void refuse(const QString &field, const QString &why)
{
    throw Error(Error::Kind::Invalid, QStringLiteral("event field '%1' %2").arg(field, why));
}

QString text(const QJsonObject &json, const QString &field, bool allowEmpty = false)
{
    const QJsonValue value = json.value(field);
    if (!value.isString())
        refuse(field, QStringLiteral("is missing or not text"));
    if (!allowEmpty && value.toString().isEmpty())
        refuse(field, QStringLiteral("is empty"));
    return value.toString();
}

QByteArray hash(const QJsonObject &json, const QString &field)
{
    const QString hex = text(json, field);
    const bool digits = hex.size() == 2 * kEventHashSize
        && std::all_of(hex.begin(), hex.end(), [](QChar c) { return isxdigit(c.unicode()) != 0; });
    if (!digits)
        refuse(field, QStringLiteral("is not %1 hex digits").arg(2 * kEventHashSize));
    return QByteArray::fromHex(hex.toLatin1());
}

} // namespace

QJsonObject eventToWire(const Event &event)
{
    QJsonObject wire {
        { QStringLiteral("id"), uuidText(event.id) },
        { QStringLiteral("terminal"), event.terminalId },
        { QStringLiteral("seq"), event.seq },
        { QStringLiteral("type"), event.type },
        { QStringLiteral("payload"), QString::fromUtf8(event.payload) },
        { QStringLiteral("time"), isoUtc(event.occurredAt) },
        { QStringLiteral("actor"), event.actor },
        { QStringLiteral("prev_hash"), QString::fromLatin1(event.prevHash.toHex()) },
        { QStringLiteral("hash"), QString::fromLatin1(event.hash.toHex()) },
    };
    if (event.redacted)
        wire.insert(QStringLiteral("redacted"), true);
    return wire;
}

Event eventFromWire(const QJsonObject &json, QJsonObject *payload)
{
    Event event;
    event.id = QUuid::fromString(text(json, QStringLiteral("id")));
    if (event.id.isNull())
        refuse(QStringLiteral("id"), QStringLiteral("is not a UUID"));
    event.terminalId = text(json, QStringLiteral("terminal"));
    const QJsonValue seq = json.value(QStringLiteral("seq"));
    const double seqNumber = seq.toDouble(-1);
    if (!seq.isDouble() || seqNumber < 1 || seqNumber != double(qint64(seqNumber))
        || seqNumber > 9007199254740991.0)
        refuse(QStringLiteral("seq"), QStringLiteral("is not a whole number from 1"));
    event.seq = qint64(seqNumber);
    event.type = text(json, QStringLiteral("type"));
    event.payload = text(json, QStringLiteral("payload")).toUtf8();
    const QJsonDocument parsed = QJsonDocument::fromJson(event.payload);
    if (!parsed.isObject())
        refuse(QStringLiteral("payload"), QStringLiteral("is not the text of a JSON object"));
    if (payload)
        *payload = parsed.object();
    event.occurredAt = parseIsoUtc(text(json, QStringLiteral("time")));
    if (!event.occurredAt.isValid())
        refuse(QStringLiteral("time"),
            QStringLiteral("is not a UTC time like 2026-11-22T08:30:00.000Z"));
    event.actor = text(json, QStringLiteral("actor"), true);
    event.prevHash = hash(json, QStringLiteral("prev_hash"));
    event.hash = hash(json, QStringLiteral("hash"));
    const QJsonValue redacted = json.value(QStringLiteral("redacted"));
    if (!redacted.isUndefined() && !redacted.isBool())
        refuse(QStringLiteral("redacted"), QStringLiteral("is not true or false"));
    event.redacted = redacted.toBool(false);
    return event;
}

} // namespace lobbydesk
