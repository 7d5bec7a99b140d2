#include "drivers/cardreader/pn532framedecoder.h"

namespace lobbydesk {

namespace {

using Item = Pn532FrameDecoder::Item;
using Problem = Pn532FrameDecoder::Problem;

Item problemItem(Problem problem, const QString &reason)
{
    Item item;
    item.kind = Item::Kind::Problem;
    item.problem = problem;
    item.reason = reason;
    return item;
}

QString hexByte(quint8 byte)
{
    return QStringLiteral("%1").arg(uint(byte), 2, 16, QLatin1Char('0')).toUpper();
}

} // namespace

Pn532FrameDecoder::Pn532FrameDecoder(quint8 expectedTfi)
    : m_expectedTfi(expectedTfi)
{ }

QList<Item> Pn532FrameDecoder::feed(QByteArrayView bytes)
{
    QList<Item> out;
    m_buffer.append(bytes.data(), bytes.size());
    drain(out, false);
    return out;
}

QList<Item> Pn532FrameDecoder::flush()
{
    QList<Item> out;
    drain(out, true);
    m_buffer.clear();
    return out;
}

void Pn532FrameDecoder::drain(QList<Item> &out, bool quiet)
{
    const auto *bytes = reinterpret_cast<const quint8 *>(m_buffer.constData());
    const qsizetype size = m_buffer.size();
    // Preamble and postamble zeros between frames are normal, and so is the wake-up's 55 55
    // on the host's side of the line; anything else is worth a line.
    const bool wakeUpIsNormal = m_expectedTfi == Pn532Frame::HostToChip;
    const auto skip = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            if (bytes[i] != 0 && !(wakeUpIsNormal && bytes[i] == 0x55)) {
                out.append(problemItem(Problem::Garbage,
                    QStringLiteral("skipped %1 bytes that are not a frame").arg(to - from)));
                return;
            }
        }
    };
    qsizetype pos = 0;
    while (true) {
        qsizetype start = pos;
        while (start + 1 < size && !(bytes[start] == 0x00 && bytes[start + 1] == 0xFF))
            ++start;
        if (start + 1 >= size) {
            // A trailing 00 may be the first half of a start code still on the wire.
            const qsizetype keep = (!quiet && size > pos && bytes[size - 1] == 0) ? size - 1 : size;
            skip(pos, keep);
            pos = keep;
            break;
        }
        skip(pos, start);
        const Step step = decodeAt(start, quiet, out);
        pos = step.next;
        if (step.needMore)
            break;
    }
    m_buffer.remove(0, pos);
}

Pn532FrameDecoder::Step Pn532FrameDecoder::decodeAt(
    qsizetype start, bool quiet, QList<Item> &out) const
{
    const auto *b = reinterpret_cast<const quint8 *>(m_buffer.constData()) + start;
    const qsizetype available = m_buffer.size() - start;
    // A rejected frame resumes the search right after its start code: its claimed length
    // is not trusted, so a good frame inside it is still found.
    const auto fail = [&](Problem problem, const QString &reason) {
        out.append(problemItem(problem, reason));
        return Step { false, start + 1 };
    };
    const auto needMore = [&]() {
        if (quiet) {
            return fail(Problem::Truncated,
                QStringLiteral("frame cut short after %1 bytes").arg(available));
        }
        return Step { true, start };
    };
    const auto endOfShortFrame = [&](Item::Kind kind) {
        Item item;
        item.kind = kind;
        out.append(item);
        // The postamble is optional here: a late 00 is skipped as an ordinary zero.
        return Step { false, start + (available > 4 && b[4] == 0x00 ? 5 : 4) };
    };

    if (available < 4)
        return needMore();
    const quint8 len = b[2];
    const quint8 lcs = b[3];
    if (len == 0x00 && lcs == 0xFF)
        return endOfShortFrame(Item::Kind::Ack);
    if (len == 0xFF && lcs == 0x00)
        return endOfShortFrame(Item::Kind::Nack);

    qsizetype bodyAt = 4;
    qsizetype length = len;
    if (len == 0xFF && lcs == 0xFF) {
        if (available < 7)
            return needMore();
        if (quint8(b[4] + b[5] + b[6]) != 0)
            return fail(Problem::BadLengthChecksum,
                QStringLiteral("extended length checksum %1 does not match %2 %3")
                    .arg(hexByte(b[6]), hexByte(b[4]), hexByte(b[5])));
        length = b[4] * 256 + b[5];
        if (length > Pn532Frame::MaxExtendedLength)
            return fail(Problem::AbsurdLength,
                QStringLiteral("extended frame of %1 bytes is longer than a PN532 sends")
                    .arg(length));
        bodyAt = 7;
    } else if (quint8(len + lcs) != 0) {
        return fail(Problem::BadLengthChecksum,
            QStringLiteral("length checksum %1 does not match length %2")
                .arg(hexByte(lcs), hexByte(len)));
    }
    if (length == 0)
        return fail(Problem::AbsurdLength, QStringLiteral("frame of length 0"));
    if (available < bodyAt + 1)
        return needMore();

    const quint8 tfi = b[bodyAt];
    const bool isErrorFrame = tfi == Pn532Frame::ErrorTfi && length == 1;
    if (!isErrorFrame && tfi != m_expectedTfi)
        return fail(Problem::WrongTfi,
            QStringLiteral("frame identifier %1, expected %2")
                .arg(hexByte(tfi), hexByte(m_expectedTfi)));
    if (!isErrorFrame && length < 2)
        return fail(Problem::AbsurdLength, QStringLiteral("frame without a command code"));
    if (available < bodyAt + length + 2)
        return needMore();

    quint8 sum = 0;
    for (qsizetype i = 0; i <= length; ++i)
        sum += b[bodyAt + i];
    if (sum != 0)
        return fail(Problem::BadDataChecksum,
            QStringLiteral("data checksum %1 is wrong for a %2-byte frame")
                .arg(hexByte(b[bodyAt + length]))
                .arg(length));
    if (b[bodyAt + length + 1] != 0x00)
        return fail(Problem::MissingPostamble,
            QStringLiteral("postamble %1 instead of 00").arg(hexByte(b[bodyAt + length + 1])));

    Item item;
    if (isErrorFrame) {
        item.kind = Item::Kind::ErrorFrame;
    } else {
        item.kind = Item::Kind::Frame;
        item.frame.tfi = tfi;
        item.frame.command = b[bodyAt + 1];
        item.frame.data = QByteArray(reinterpret_cast<const char *>(b + bodyAt + 2), length - 2);
    }
    out.append(item);
    return Step { false, start + bodyAt + length + 2 };
}

} // namespace lobbydesk
