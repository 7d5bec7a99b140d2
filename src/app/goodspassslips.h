#pragma once

#include "drivers/printer/receipt.h"
#include "services/goodspasses.h"

namespace lobbydesk {

// What the printer hands out for a goods pass, in the screen's current language: the receipt
// of a request (kiosk or desk), and the pass slip with its items and signed QR code.
[[nodiscard]] Receipt goodsPassRequestReceipt(
    const GoodsPass &pass, const QString &siteName, PaperWidth paper);
[[nodiscard]] Receipt goodsPassSlip(
    const GoodsPass &pass, const QString &siteName, PaperWidth paper);

// A reason (goodsPassReasons()) and a unit of measure (goodsUnitsOfMeasure()) in words, in the
// current language: the same on the screens and on the slips.
[[nodiscard]] QString goodsPassReasonText(const QString &reason);
[[nodiscard]] QString goodsUnitOfMeasureText(const QString &uom);

// A phone number with its middle hidden, as printed on a slip: +86 138****5678.
[[nodiscard]] QString maskedPhone(const QString &phone);

} // namespace lobbydesk
