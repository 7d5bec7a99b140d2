#include "escposparser.h"

#include <QPainter>
#include <stdexcept>

namespace {

int fixedLength(quint8 a, quint8 b)
{
    if (a == 0x1b && b == 0x40)
        return 2;
    if (a == 0x1c && (b == 0x26 || b == 0x2e))
        return 2;
    if ((a == 0x1b && (b == 0x45 || b == 0x61 || b == 0x64)) || (a == 0x1d && b == 0x21))
        return 3;
    if (a == 0x1d && b == 0x56)
        return 4;
    return 0;
}

} // namespace

QList<EscPosItem> parseEscPos(const QByteArray &job)
{
    QList<EscPosItem> items;
    const auto at = [&](qsizetype i) {
        if (i >= job.size())
            throw std::runtime_error("truncated command");
        return quint8(job.at(i));
    };
    qsizetype i = 0;
    while (i < job.size()) {
        const quint8 c = at(i);
        if (c == 0x1b || c == 0x1c || c == 0x1d) {
            const quint8 d = at(i + 1);
            if (const int n = fixedLength(c, d)) {
                at(i + n - 1);
                items.append({ EscPosItem::Kind::Command, job.mid(i, n), {} });
                i += n;
            } else if (c == 0x1d && d == 0x28 && at(i + 2) == 0x6b) {
                const int len = at(i + 3) | at(i + 4) << 8;
                at(i + 4 + len);
                const QByteArray cmd = job.mid(i, 5 + len);
                if (len >= 3 && cmd.at(6) == 0x50)
                    items.append({ EscPosItem::Kind::QrStore, cmd.mid(8), {} });
                items.append({ EscPosItem::Kind::Command, cmd, {} });
                i += 5 + len;
            } else if (c == 0x1d && d == 0x76 && at(i + 2) == 0x30) {
                const int x = at(i + 4) | at(i + 5) << 8;
                const int y = at(i + 6) | at(i + 7) << 8;
                at(i + 7 + qsizetype(x) * y);
                QImage image(x * 8, y, QImage::Format_Grayscale8);
                for (int row = 0; row < y; ++row) {
                    for (int col = 0; col < x * 8; ++col) {
                        const quint8 byte = at(i + 8 + qsizetype(row) * x + col / 8);
                        image.scanLine(row)[col] = (byte & (0x80 >> (col % 8))) ? 0 : 255;
                    }
                }
                items.append({ EscPosItem::Kind::Raster, job.mid(i, 8 + x * y), image });
                i += 8 + qsizetype(x) * y;
            } else {
                throw std::runtime_error("unknown command");
            }
        } else {
            qsizetype end = i;
            while (end < job.size() && !QByteArray("\x1b\x1c\x1d", 3).contains(job.at(end)))
                ++end;
            items.append({ EscPosItem::Kind::Text, job.mid(i, end - i), {} });
            i = end;
        }
    }
    return items;
}

QImage stackedRaster(const QList<EscPosItem> &items)
{
    int width = 0;
    int height = 0;
    for (const EscPosItem &item : items) {
        if (item.kind == EscPosItem::Kind::Raster) {
            width = qMax(width, item.raster.width());
            height += item.raster.height();
        }
    }
    QImage page(qMax(1, width), qMax(1, height), QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    int y = 0;
    for (const EscPosItem &item : items) {
        if (item.kind == EscPosItem::Kind::Raster) {
            painter.drawImage(0, y, item.raster);
            y += item.raster.height();
        }
    }
    return page;
}
