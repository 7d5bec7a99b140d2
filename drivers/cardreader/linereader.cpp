#include "drivers/cardreader/linereader.h"

#include <algorithm>

namespace lobbydesk {

namespace {

UidReading refused(const QString &problem)
{
    return UidReading { std::nullopt, problem };
}

UidReading hexUid(QByteArrayView text, LineReader::HexOrder order)
{
    const bool allHex = std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
    if (!allHex)
        return refused(QStringLiteral("\"%1\" is not hex").arg(QString::fromLatin1(text)));
    if (text.size() != 8 && text.size() != 14 && text.size() != 20) {
        return refused(QStringLiteral("%1 hex digits; a UID has 8, 14 or 20").arg(text.size()));
    }
    QByteArray uid = QByteArray::fromHex(text.toByteArray());
    if (order == LineReader::HexOrder::Reversed)
        std::reverse(uid.begin(), uid.end());
    return UidReading { QString::fromLatin1(uid.toHex().toUpper()), {} };
}

UidReading decimalUid(QByteArrayView text, LineReader::DecimalOrder order)
{
    const bool allDigits
        = std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!allDigits)
        return refused(QStringLiteral("\"%1\" is not decimal").arg(QString::fromLatin1(text)));
    if (text.size() > 10)
        return refused(QStringLiteral("%1 decimal digits; at most 10").arg(text.size()));
    quint64 value = 0;
    for (const char c : text)
        value = value * 10 + quint64(c - '0');
    if (value > 0xFFFFFFFFu)
        return refused(QStringLiteral("%1 does not fit in a 4-byte UID").arg(value));
    QByteArray uid(4, '\0');
    for (int i = 0; i < 4; ++i)
        uid[i] = char((value >> (8 * (3 - i))) & 0xFF);
    if (order == LineReader::DecimalOrder::LittleEndian)
        std::reverse(uid.begin(), uid.end());
    return UidReading { QString::fromLatin1(uid.toHex().toUpper()), {} };
}

} // namespace

LineReader::LineReader()
    : LineReader(Config {})
{ }

LineReader::LineReader(Config config)
    : m_config(config)
{ }

void LineReader::reset()
{
    m_line.clear();
    m_discarding = false;
}

QList<UidReading> LineReader::feed(QByteArrayView bytes)
{
    QList<UidReading> out;
    for (const char c : bytes) {
        if (c == '\r' || c == '\n') {
            if (!m_discarding && !m_line.isEmpty())
                out.append(parseLine(m_line, m_config));
            m_line.clear();
            m_discarding = false;
        } else if (m_discarding) {
            continue;
        } else if (m_line.size() >= m_config.maxLineLength) {
            out.append(refused(
                QStringLiteral("line longer than %1 bytes dropped").arg(m_config.maxLineLength)));
            m_line.clear();
            m_discarding = true;
        } else {
            m_line.append(c);
        }
    }
    return out;
}

UidReading LineReader::parseLine(QByteArrayView line, const Config &config)
{
    const QByteArrayView text = line.trimmed();
    if (text.isEmpty())
        return refused(QStringLiteral("blank line"));
    switch (config.format) {
    case Format::Hex:
        return hexUid(text, config.hexOrder);
    case Format::Decimal:
        return decimalUid(text, config.decimalOrder);
    case Format::Auto: {
        const bool tenDigits = text.size() == 10
            && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
        return tenDigits ? decimalUid(text, config.decimalOrder) : hexUid(text, config.hexOrder);
    }
    }
    return refused(QStringLiteral("unknown line format"));
}

} // namespace lobbydesk
