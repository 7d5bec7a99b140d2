#include "drivers/printer/receiptpreview.h"

#include "drivers/printer/printerbitmaps.h"
#include "drivers/printer/textlayout.h"

#include <QPainter>

namespace lobbydesk {

namespace {

// Where the cutter will cut: a dotted grey line, as a person reading a preview expects.
QImage cutMark(PaperWidth paper)
{
    QImage image = blankBitmap(paper, kLineDots);
    for (int x = 0; x < image.width(); x += 6) {
        for (int dx = 0; dx < 3 && x + dx < image.width(); ++dx)
            image.scanLine(kLineDots / 2)[x + dx] = 160;
    }
    return image;
}

} // namespace

QImage ReceiptPreview::render(const Receipt &receipt)
{
    return render(receipt, receipt.paperWidth());
}

QImage ReceiptPreview::render(const Receipt &receipt, PaperWidth paper)
{
    QList<QImage> strips;
    for (const receipt::Block &block : receipt.blocks()) {
        if (const auto *text = std::get_if<receipt::Text>(&block)) {
            for (const QString &line : wrapText(text->text, lineColumns(paper, text->style.size)))
                strips.append(textLineBitmap(line, text->style, paper));
        } else if (const auto *qr = std::get_if<receipt::Qr>(&block)) {
            strips.append(qrBitmap(qr->payload, qr->moduleSize, qr->ecc, paper));
        } else if (const auto *image = std::get_if<receipt::Image>(&block)) {
            strips.append(imageBitmap(image->image, paper));
        } else if (const auto *separator = std::get_if<receipt::Separator>(&block)) {
            strips.append(separatorBitmap(separator->style, paper));
        } else if (const auto *feed = std::get_if<receipt::Feed>(&block)) {
            if (feed->lines > 0)
                strips.append(blankBitmap(paper, feed->lines * kLineDots));
        } else if (std::holds_alternative<receipt::Cut>(block)) {
            strips.append(cutMark(paper));
        }
    }

    int height = 0;
    for (const QImage &strip : strips)
        height += strip.height();
    QImage page(paperDots(paper), qMax(1, height), QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    int y = 0;
    for (const QImage &strip : strips) {
        painter.drawImage(0, y, strip);
        y += strip.height();
    }
    return page;
}

} // namespace lobbydesk
