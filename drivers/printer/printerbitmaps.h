#pragma once

#include "drivers/printer/receipt.h"

#include <QImage>

// Everything that reaches paper as dots, drawn once for both renderers. Each bitmap is the full
// paper width, Format_Grayscale8 holding only 0 (black) and 255 (white): what the preview shows
// is exactly what the raster command prints.
namespace lobbydesk {

// Height in dots of one text line of the 24-dot font, including the printer's line gap.
inline constexpr int kLineDots = 30;
inline constexpr int kGlyphDots = 24;

// A wrapped text line drawn with Noto Sans CJK SC on the printer's cell grid (12 dots per
// column), at the style's size, weight and alignment. Needs a QGuiApplication (fonts).
[[nodiscard]] QImage textLineBitmap(const QString &line, const TextStyle &style, PaperWidth paper);

[[nodiscard]] QImage separatorBitmap(receipt::Separator::Style style, PaperWidth paper);

// The QR symbol from ZXing (UTF-8, 4-module quiet zone), centred. Throws lobbydesk::Error when
// the payload is empty, too long for a QR code, or wider than the paper at this module size.
[[nodiscard]] QImage qrBitmap(const QString &payload, int moduleSize, QrEcc ecc, PaperWidth paper);

// The picture scaled to the paper width and thresholded at mid-grey.
[[nodiscard]] QImage imageBitmap(const QImage &image, PaperWidth paper);

// White paper of the printer's full dot width, `height` dots tall (grayscale, 255 = white).
[[nodiscard]] QImage blankBitmap(PaperWidth paper, int height);

} // namespace lobbydesk
