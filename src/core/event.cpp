#include "core/event.h"

#include <QJsonDocument>

namespace lobbydesk {

QJsonObject Event::payloadObject() const
{
    return QJsonDocument::fromJson(payload).object();
}

QJsonObject Event::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), uuidText(id) },
        { QStringLiteral("terminal"), terminalId },
        { QStringLiteral("seq"), seq },
        { QStringLiteral("type"), type },
        { QStringLiteral("payload"), payloadObject() },
        { QStringLiteral("time"), isoUtc(occurredAt) },
        { QStringLiteral("actor"), actor },
        { QStringLiteral("prev_hash"), QString::fromLatin1(prevHash.toHex()) },
        { QStringLiteral("hash"), QString::fromLatin1(hash.toHex()) },
        { QStringLiteral("acked"), acked },
    };
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace lobbydesk
