#include "core/event.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace lobbydesk {

QJsonObject Event::payloadObject() const
{
    return QJsonDocument::fromJson(payload).object();
}

QJsonObject Event::toJson() const
{
    QJsonObject json {
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
    if (redacted)
        json.insert(QStringLiteral("redacted"), true);
    return json;
}

QString isoUtc(const QDateTime &time)
{
    // Written by hand, as parseIsoUtc reads it: QDateTime::toString formats through
    // QString::asprintf, a tenth of the hub's time for taking a batch in (hashing needs it).
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (!utc.isValid() || date.year() < 0 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    QString text(24, Qt::Uninitialized);
    QChar *out = text.data();
    auto put = [&out](int value, int digits, char16_t after) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            out[i] = QChar(char16_t(u'0' + value % 10));
        out[digits] = QChar(after);
        out += digits + 1;
    };
    put(date.year(), 4, u'-');
    put(date.month(), 2, u'-');
    put(date.day(), 2, u'T');
    put(clock.hour(), 2, u':');
    put(clock.minute(), 2, u':');
    put(clock.second(), 2, u'.');
    put(clock.msec(), 3, u'Z');
    return text;
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

QUuid newEventId()
{
    const quint64 millis = quint64(QDateTime::currentMSecsSinceEpoch());
    QRandomGenerator *random = QRandomGenerator::system();
    const quint64 high = (millis << 16) | 0x7000u | (random->generate() & 0x0fffu);
    const quint64 low = (random->generate64() & 0x3fffffffffffffffull) | 0x8000000000000000ull;
    return QUuid(uint(high >> 32), ushort(high >> 16), ushort(high), uchar(low >> 56),
        uchar(low >> 48), uchar(low >> 40), uchar(low >> 32), uchar(low >> 24), uchar(low >> 16),
        uchar(low >> 8), uchar(low));
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace lobbydesk
