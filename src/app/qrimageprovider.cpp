#include "app/qrimageprovider.h"

#include "core/error.h"
#include "core/logging.h"
#include "drivers/printer/printerbitmaps.h"

#include <QUrl>

namespace lobbydesk {

QrImageProvider::QrImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{ }

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    // QML percent-encodes what follows "image://qr/".
    const QString text = QUrl::fromPercentEncoding(id.toUtf8());
    QImage image;
    try {
        const QImage paper = qrBitmap(text, 4, QrEcc::M, PaperWidth::Mm80);
        // The bitmap is paper-wide with the symbol centred: keep the square around it.
        int left = paper.width();
        int right = 0;
        for (int y = 0; y < paper.height(); ++y) {
            const uchar *row = paper.constScanLine(y);
            for (int x = 0; x < paper.width(); ++x) {
                if (row[x] == 0) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                }
            }
        }
        const int quiet = 16;
        image = right > left
            ? paper.copy(left - quiet, 0, right - left + 1 + 2 * quiet, paper.height())
            : paper;
    } catch (const Error &error) {
        qCWarning(lcApp) << "no QR image:" << error.what();
        image = QImage(1, 1, QImage::Format_Grayscale8);
        image.fill(255);
    }
    if (requestedSize.isValid())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::FastTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace lobbydesk
