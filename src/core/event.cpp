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

QDateTime parseIsoUtc(const QString &text)
{
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T'
        || text[13] != u':' || text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return {};
    bool digits = true;
    auto number = [&](int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t c = text[i].unicode();
            digits = digits && c >= u'0' && c <= u'9';
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
    if (!digits || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace lobbydesk
