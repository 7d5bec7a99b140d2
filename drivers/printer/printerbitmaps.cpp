#include "drivers/printer/printerbitmaps.h"

#include "drivers/printer/textlayout.h"
#include "src/core/error.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <exception>

namespace lobbydesk {

namespace {

// Antialiased glyph edges become pure black or white, as the print head can only do that.
void threshold(QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            row[x] = row[x] < 128 ? 0 : 255;
    }
}

int zxingEccLevel(QrEcc ecc)
{
    // ZXing 1.4 reads 0–8: 0–2 L, 3–4 M, 5–6 Q, 7–8 H (platform-notes.md).
    switch (ecc) {
    case QrEcc::L:
        return 2;
    case QrEcc::M:
        return 4;
    case QrEcc::Q:
        return 6;
    case QrEcc::H:
        return 8;
    }
    return 4;
}

} // namespace

QImage textLineBitmap(const QString &line, const TextStyle &style, PaperWidth paper)
{
    const int wx = widthFactor(style.size);
    const int hy = heightFactor(style.size);
    QImage image = blankBitmap(paper, kLineDots * hy);
    const int cell = 12;
    const int width = textColumns(line) * cell * wx;
    int x = 0;
    if (style.alignment == Alignment::Centre)
        x = (image.width() - width) / 2;
    else if (style.alignment == Alignment::Right)
        x = image.width() - width;
    x = qMax(0, x);

    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(22);
    font.setBold(style.bold);
    font.setHintingPreference(QFont::PreferFullHinting);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.translate(x, 0);
    painter.scale(wx, hy);
    // One glyph per cell keeps the printer's monospaced grid, so raster lines and font lines
    // share columns.
    const QFontMetricsF metrics(font);
    int column = 0;
    for (const char32_t ch : line.toUcs4()) {
        const QString glyph = QString::fromUcs4(&ch, 1);
        const qreal cellWidth = characterColumns(ch) * cell;
        // Proportional glyphs wider than their cell (m, W) are squeezed, not clipped.
        const qreal advance = qMax(cellWidth, metrics.horizontalAdvance(glyph) + 1);
        painter.save();
        painter.translate(column * cell + cellWidth / 2, 0);
        painter.scale(cellWidth / advance, 1);
        painter.drawText(QRectF(-advance / 2, 0, advance, kGlyphDots), Qt::AlignCenter, glyph);
        painter.restore();
        column += characterColumns(ch);
    }
    painter.end();
    threshold(image);
    return image;
}

QImage separatorBitmap(receipt::Separator::Style style, PaperWidth paper)
{
    QImage image = blankBitmap(paper, kLineDots);
    const int mid = kGlyphDots / 2;
    for (int x = 0; x < image.width(); ++x) {
        // Dashes imitate a row of '-' in the 12-dot cells: 8 dots ink, 4 dots gap.
        const bool ink
            = style == receipt::Separator::Style::Rule || ((x % 12) >= 2 && (x % 12) < 10);
        if (!ink)
            continue;
        for (int y = mid - 1; y <= mid; ++y)
            image.scanLine(y)[x] = 0;
    }
    return image;
}

QImage qrBitmap(const QString &payload, int moduleSize, QrEcc ecc, PaperWidth paper)
{
    if (payload.isEmpty())
        throw Error(Error::Kind::Invalid, QStringLiteral("QR payload is empty"));
    ZXing::BitMatrix matrix;
    try {
        matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                     .setEncoding(ZXing::CharacterSet::UTF8)
                     .setEccLevel(zxingEccLevel(ecc))
                     .setMargin(4)
                     .encode(payload.toStdString(), 0, 0);
    } catch (const std::exception &e) {
        throw Error(Error::Kind::Invalid,
            QStringLiteral("QR payload of %1 bytes cannot be encoded: %2")
                .arg(payload.toUtf8().size())
                .arg(QString::fromUtf8(e.what())));
    }
    const int side = matrix.width() * moduleSize;
    if (side > paperDots(paper)) {
        throw Error(Error::Kind::Invalid,
            QStringLiteral("QR code is %1 dots wide at module size %2; the paper has %3")
                .arg(side)
                .arg(moduleSize)
                .arg(paperDots(paper)));
    }
    QImage image = blankBitmap(paper, matrix.height() * moduleSize);
    const int left = (image.width() - side) / 2;
    for (int y = 0; y < image.height(); ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < side; ++x) {
            if (matrix.get(x / moduleSize, y / moduleSize))
                row[left + x] = 0;
        }
    }
    return image;
}

QImage imageBitmap(const QImage &image, PaperWidth paper)
{
    QImage scaled = image.convertToFormat(QImage::Format_ARGB32);
    // Transparent areas print as paper, not as black.
    QImage flat(scaled.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter(&flat).drawImage(0, 0, scaled);
    QImage grey = flat.scaledToWidth(paperDots(paper), Qt::SmoothTransformation)
                      .convertToFormat(QImage::Format_Grayscale8);
    threshold(grey);
    return grey;
}

QImage blankBitmap(PaperWidth paper, int height)
{
    QImage image(paperDots(paper), height, QImage::Format_Grayscale8);
    image.fill(255);
    return image;
}

} // namespace lobbydesk
