#include "drivers/cardreader/rdm6300decoder.h"

namespace lobbydesk {

namespace {

constexpr char Stx = 0x02;
constexpr char Etx = 0x03;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Why the 14 bytes at frame are not a valid frame, or an empty string when they are.
QString frameProblem(const char *frame, QByteArray &bytes)
{
    if (frame[Rdm6300Decoder::FrameBytes - 1] != Etx)
        return QStringLiteral("frame does not end with ETX");
    quint8 xorSum = 0;
    for (int i = 0; i < 6; ++i) {
        const int high = hexValue(frame[1 + 2 * i]);
        const int low = hexValue(frame[2 + 2 * i]);
        if (high < 0 || low < 0)
            return QStringLiteral("frame holds a byte that is not ASCII hex");
        const auto byte = quint8(high << 4 | low);
        if (i < 5) {
            bytes.append(char(byte));
            xorSum ^= byte;
        } else if (byte != xorSum) {
            return QStringLiteral("checksum %1 does not match %2")
                .arg(QString::number(byte, 16).rightJustified(2, u'0').toUpper(),
                    QString::number(xorSum, 16).rightJustified(2, u'0').toUpper());
        }
    }
    return {};
}

} // namespace

QList<UidReading> Rdm6300Decoder::feed(QByteArrayView bytes)
{
    QList<UidReading> out;
    m_buffer.append(bytes.data(), bytes.size());
    qsizetype pos = 0;
    while (pos < m_buffer.size()) {
        const qsizetype start = m_buffer.indexOf(Stx, pos);
        const qsizetype garbageEnd = start < 0 ? m_buffer.size() : start;
        if (garbageEnd > pos) {
            out.append(UidReading { std::nullopt,
                QStringLiteral("skipped %1 bytes outside a frame").arg(garbageEnd - pos) });
        }
        pos = garbageEnd;
        if (start < 0 || m_buffer.size() - start < FrameBytes)
            break;
        QByteArray uid;
        const QString problem = frameProblem(m_buffer.constData() + start, uid);
        if (problem.isEmpty()) {
            out.append(UidReading { QString::fromLatin1(uid.toHex().toUpper()), {} });
            pos = start + FrameBytes;
        } else {
            // Another STX inside the rejected 14 bytes may start the real frame.
            out.append(UidReading { std::nullopt, problem });
            pos = start + 1;
        }
    }
    m_buffer.remove(0, pos);
    return out;
}

} // namespace lobbydesk
