#pragma once

#include "drivers/printer/receipt.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

// Line layout shared by the ESC/POS renderer and the preview, so both wrap and place text alike.
namespace lobbydesk {

// Horizontal and vertical magnification of a text size (1 or 2).
[[nodiscard]] int widthFactor(TextSize size);
[[nodiscard]] int heightFactor(TextSize size);

// Columns one character takes: ASCII 1; everything else 2, as printers in Chinese mode print
// every two-byte code (and we raster every other character) on a 24-dot cell.
[[nodiscard]] int characterColumns(char32_t ch);
[[nodiscard]] int textColumns(const QString &line);

// Columns available to one line of this size on this paper.
[[nodiscard]] int lineColumns(PaperWidth paper, TextSize size);

// Greedy wrap: breaks at spaces in Latin text and between any two CJK characters; a word
// longer than a line is split. Never returns an empty list (an empty paragraph is one line).
[[nodiscard]] QStringList wrapText(const QString &text, int columns);

// The bytes the printer's own font prints for this line: ASCII as is and, in Chinese mode,
// GBK characters as GB18030 two-byte codes. nullopt when any character is outside that set
// (it then has to go out as a raster image).
[[nodiscard]] std::optional<QByteArray> encodeForPrinterFont(const QString &line, bool chineseMode);

} // namespace lobbydesk
