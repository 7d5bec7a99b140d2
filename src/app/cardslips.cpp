#include "app/cardslips.h"

#include "app/slipparts.h"
#include "app/slipwords.h"
#include "core/cardfees.h"

namespace lobbydesk {
namespace {

constexpr char kContext[] = "CardSlipText";

} // namespace

QString cardRequestKindText(CardRequestKind kind, const QString &language)
{
    const SlipWords words(language);
    switch (kind) {
    case CardRequestKind::New:
        return words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "New card"));
    case CardRequestKind::ReplacementLost:
        return words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Replacement (lost card)"));
    case CardRequestKind::ReplacementDamaged:
        return words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Replacement (damaged card)"));
    case CardRequestKind::ReportLost:
        return words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Report lost"));
    case CardRequestKind::Cancel:
        return words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Cancel card (move-out)"));
    case CardRequestKind::Temporary:
        return words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Temporary card"));
    }
    Q_UNREACHABLE();
}

QString cardPaymentKindText(const QString &kind, const QString &language)
{
    const SlipWords words(language);
    if (kind == u"fee")
        return words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Card fee"));
    if (kind == u"deposit")
        return words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Card deposit"));
    return words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Deposit refund"));
}

Receipt cardPaymentReceipt(const CardPayment &payment, const CardRequest &request,
    const QString &siteName, PaperWidth paper)
{
    const SlipWords words(request.language);
    Receipt receipt(paper);
    addSlipHeader(receipt, siteName,
        payment.kind == u"refund"
            ? words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Refund receipt"))
            : words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Payment receipt")));
    receipt.addText(payment.receipt, { TextSize::DoubleHeight, true, Alignment::Centre });
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Date")),
        localMinute(payment.paidAt));
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "For")),
        cardRequestKindText(request.kind, request.language));
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Card holder")),
        request.personName);
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Unit")), request.unit);
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Card")), payment.uid);
    receipt.addSeparator();
    receipt.addText(
        QStringLiteral("%1: ¥%2").arg(
            cardPaymentKindText(payment.kind, request.language), yuanText(payment.signedFen())),
        { TextSize::DoubleHeight, true, Alignment::Left });
    receipt.addSeparator();
    receipt.addQr(payment.receipt, paper == PaperWidth::Mm58 ? 4 : 5, QrEcc::M);
    addSlipLine(
        receipt, words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Received by")), payment.paidBy);
    receipt.addText(words(kContext,
                        QT_TRANSLATE_NOOP("CardSlipText",
                            "Keep this receipt: a deposit is refunded against it.")),
        { TextSize::Normal, false, Alignment::Centre });
    receipt.addFeed(3);
    receipt.addCut();
    return receipt;
}

Receipt cardRequestReceipt(const CardRequest &request, const QString &siteName, PaperWidth paper)
{
    const SlipWords words(request.language);
    Receipt receipt(paper);
    addSlipHeader(
        receipt, siteName, words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "IC-card request")));
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Received")),
        localMinute(request.requestedAt));
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Reference")),
        request.id.left(8).toUpper());
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "For")),
        cardRequestKindText(request.kind, request.language));
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Card holder")),
        request.personName);
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Unit")), request.unit);
    receipt.addText(words(kContext,
        QT_TRANSLATE_NOOP("CardSlipText",
            "Bring your ID to the front desk: the desk checks it, takes "
            "the fee and hands out the card.")));
    receipt.addFeed(3);
    receipt.addCut();
    return receipt;
}

QString cardEnding(const QString &uid)
{
    return uid.right(4);
}

Receipt cardBlockedSlip(const QString &personName, const QString &unit, const QStringList &uids,
    const QDateTime &blockedAt, const QString &language, const QString &siteName, PaperWidth paper)
{
    const SlipWords words(language);
    Receipt receipt(paper);
    addSlipHeader(
        receipt, siteName, words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Card blocked")));
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Blocked at")),
        localMinute(blockedAt));
    for (const QString &uid : uids)
        addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Card ending")),
            cardEnding(uid));
    addSlipLine(
        receipt, words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Card holder")), personName);
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("CardSlipText", "Unit")), unit);
    receipt.addText(words(kContext,
        QT_TRANSLATE_NOOP("CardSlipText",
            "Reported lost at the kiosk with your PIN. The card is "
            "refused here now, and at every terminal of the building "
            "after their next sync. A new card is issued at the front "
            "desk.")));
    receipt.addFeed(3);
    receipt.addCut();
    return receipt;
}

} // namespace lobbydesk
