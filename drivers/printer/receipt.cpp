#include "drivers/printer/receipt.h"

#include "drivers/printer/printerbitmaps.h"
#include "src/core/error.h"

namespace lobbydesk {

int paperDots(PaperWidth paper)
{
    return paper == PaperWidth::Mm58 ? 384 : 576;
}

int paperColumns(PaperWidth paper)
{
    return paper == PaperWidth::Mm58 ? 32 : 48;
}

Receipt &Receipt::addText(const QString &text, TextStyle style)
{
    for (const QChar ch : text) {
        // A control byte would reach the printer as a command and derail the rest of the job.
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f
            || (ch.unicode() >= 0x80 && ch.unicode() < 0xa0)) {
            throw Error(Error::Kind::Invalid,
                QStringLiteral("Receipt text contains control character U+%1: \"%2\"")
                    .arg(ch.unicode(), 4, 16, QLatin1Char('0'))
                    .arg(text.left(40)));
        }
    }
    if (!text.isValidUtf16())
        throw Error(Error::Kind::Invalid, QStringLiteral("Receipt text has a broken surrogate"));
    m_blocks.emplace_back(receipt::Text { text, style });
    return *this;
}

Receipt &Receipt::addQr(const QString &payload, int moduleSize, QrEcc ecc)
{
    if (moduleSize < 1 || moduleSize > 16) {
        throw Error(Error::Kind::Invalid,
            QStringLiteral("QR module size %1 is outside 1–16 dots").arg(moduleSize));
    }
    // Encoding once here refuses empty or oversized payloads before anything is printed; it also
    // checks the symbol fits the roll at this module size.
    const QImage probe = qrBitmap(payload, moduleSize, ecc, m_paper);
    Q_UNUSED(probe);
    m_blocks.emplace_back(receipt::Qr { payload, moduleSize, ecc });
    return *this;
}

Receipt &Receipt::addImage(const QImage &image)
{
    if (image.isNull())
        throw Error(Error::Kind::Invalid, QStringLiteral("Receipt image is empty"));
    m_blocks.emplace_back(receipt::Image { image });
    return *this;
}

Receipt &Receipt::addSeparator(receipt::Separator::Style style)
{
    m_blocks.emplace_back(receipt::Separator { style });
    return *this;
}

Receipt &Receipt::addFeed(int lines)
{
    if (lines < 0 || lines > 255)
        throw Error(
            Error::Kind::Invalid, QStringLiteral("Feed of %1 lines is outside 0–255").arg(lines));
    m_blocks.emplace_back(receipt::Feed { lines });
    return *this;
}

Receipt &Receipt::addCut()
{
    m_blocks.emplace_back(receipt::Cut {});
    return *this;
}

} // namespace lobbydesk
