#pragma once

#include "drivers/printer/receipt.h"
#include "services/cardrequest.h"

namespace lobbydesk {

// The receipt of a card fee, deposit or refund, in the tenant's language (the request's), with a QR
// code carrying the receipt number (the finance office scans it to find the payment).
[[nodiscard]] Receipt cardPaymentReceipt(const CardPayment &payment, const CardRequest &request,
    const QString &siteName, PaperWidth paper);

// What the kiosk prints for a request sent to the desk: its reference and what to bring.
[[nodiscard]] Receipt cardRequestReceipt(
    const CardRequest &request, const QString &siteName, PaperWidth paper);

// A request kind and a payment kind in words, in a language (zh_CN, zh_TW, en): the screen's
// on screens, the tenant's on slips.
[[nodiscard]] QString cardRequestKindText(CardRequestKind kind, const QString &language);
[[nodiscard]] QString cardPaymentKindText(const QString &kind, const QString &language);

} // namespace lobbydesk
