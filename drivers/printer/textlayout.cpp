#include "drivers/printer/textlayout.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace lobbydesk {

int widthFactor(TextSize size)
{
    return size == TextSize::DoubleWidth || size == TextSize::DoubleBoth ? 2 : 1;
}

int heightFactor(TextSize size)
{
    return size == TextSize::DoubleHeight || size == TextSize::DoubleBoth ? 2 : 1;
}

int characterColumns(char32_t ch)
{
    return ch < 0x80 ? 1 : 2;
}

int textColumns(const QString &line)
{
    int columns = 0;
    for (const char32_t ch : line.toUcs4())
        columns += characterColumns(ch);
    return columns;
}

int lineColumns(PaperWidth paper, TextSize size)
{
    return paperColumns(paper) / widthFactor(size);
}

QStringList wrapText(const QString &text, int columns)
{
    const QList<uint> chars = text.toUcs4();
    QStringList lines;
    QList<uint> line;
    int used = 0;
    const auto flush = [&] {
        while (!line.isEmpty() && line.last() == ' ')
            line.removeLast();
        lines.append(
            QString::fromUcs4(reinterpret_cast<const char32_t *>(line.constData()), line.size()));
        line.clear();
        used = 0;
    };

    qsizetype i = 0;
    while (i < chars.size()) {
        // A unit is one space, one wide character, or a run of non-space ASCII (a word).
        qsizetype end = i + 1;
        if (chars[i] != ' ' && chars[i] < 0x80) {
            while (end < chars.size() && chars[end] != ' ' && chars[end] < 0x80)
                ++end;
        }
        int width = 0;
        for (qsizetype k = i; k < end; ++k)
            width += characterColumns(chars[k]);

        if (chars[i] == ' ') {
            if (used > 0 && used < columns) {
                line.append(' ');
                ++used;
            }
            i = end;
            continue;
        }
        if (used + width > columns && used > 0)
            flush();
        if (width > columns) {
            // A word wider than the line: take what fits and keep the rest for the next line.
            while (i < end && (used == 0 || used + characterColumns(chars[i]) <= columns)) {
                used += characterColumns(chars[i]);
                line.append(chars[i++]);
            }
            flush();
            continue;
        }
        for (qsizetype k = i; k < end; ++k)
            line.append(chars[k]);
        used += width;
        i = end;
    }
    if (!line.isEmpty() || lines.isEmpty())
        flush();
    return lines;
}

std::optional<QByteArray> encodeForPrinterFont(const QString &line, bool chineseMode)
{
    QByteArray out;
    out.reserve(line.size() * 2);
    for (const char32_t ch : line.toUcs4()) {
        if (ch < 0x80) {
            out.append(char(ch));
            continue;
        }
        if (!chineseMode)
            return std::nullopt;
        // GB18030 gives 4 bytes for anything outside GBK. A few two-byte codes (e.g. 䶮 = FE 9F)
        // are GB18030 remappings of cells GBK fonts hold as private-use glyphs, so a code only
        // counts as printable when GBK decodes it back to the same character.
        const QString one = QString::fromUcs4(&ch, 1);
        QStringEncoder encoder("GB18030");
        const QByteArray bytes = encoder.encode(one);
        if (encoder.hasError() || bytes.size() != 2)
            return std::nullopt;
        QStringDecoder gbk("GBK");
        const QString back = gbk.decode(bytes);
        if (gbk.hasError() || back != one)
            return std::nullopt;
        out.append(bytes);
    }
    return out;
}

} // namespace lobbydesk
