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

// What the kiosk prints when a tenant blocked their lost card with their PIN: which cards
// (their last digits), when, and what happens next, in the language they used.
[[nodiscard]] Receipt cardBlockedSlip(const QString &personName, const QString &unit,
    const QStringList &uids, const QDateTime &blockedAt, const QString &language,
    const QString &siteName, PaperWidth paper);

// "B2C3" of 04A1B2C3: how a card is named on a screen or slip a stranger may see.
[[nodiscard]] QString cardEnding(const QString &uid);

// A request kind and a payment kind in words, in a language (zh_CN, zh_TW, en): the screen's
// on screens, the tenant's on slips.
[[nodiscard]] QString cardRequestKindText(CardRequestKind kind, const QString &language);
[[nodiscard]] QString cardPaymentKindText(const QString &kind, const QString &language);

} // namespace lobbydesk
