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

// A reason key (goodsPassReasons) and a unit of measure key in the current language.
[[nodiscard]] QString goodsPassReasonText(const QString &reason);
[[nodiscard]] QString unitOfMeasureText(const QString &uom);

// A phone number with its middle hidden, as printed on a slip: +86 138****5678.
[[nodiscard]] QString maskedPhone(const QString &phone);

} // namespace lobbydesk
