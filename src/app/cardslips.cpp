#include "app/cardslips.h"

#include "core/cardfees.h"

#include <QCoreApplication>

namespace lobbydesk {
namespace {

// The messages' translation context, declared so that lupdate files them under it too.
struct CardSlipText
{
    Q_DECLARE_TR_FUNCTIONS(CardSlipText)
};

QString when(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void addLine(Receipt &receipt, const QString &label, const QString &value)
{
    if (!value.isEmpty())
        receipt.addText(label + QStringLiteral(": ") + value);
}

void addHeader(Receipt &receipt, const QString &siteName, const QString &title)
{
    receipt.addText(siteName, { TextSize::Normal, true, Alignment::Centre });
    receipt.addText(title, { TextSize::DoubleBoth, true, Alignment::Centre });
    receipt.addSeparator(receipt::Separator::Style::Rule);
}

} // namespace

QString cardRequestKindText(CardRequestKind kind)
{
    switch (kind) {
    case CardRequestKind::New:
        return CardSlipText::tr("New card");
    case CardRequestKind::ReplacementLost:
        return CardSlipText::tr("Replacement (lost card)");
    case CardRequestKind::ReplacementDamaged:
        return CardSlipText::tr("Replacement (damaged card)");
    case CardRequestKind::ReportLost:
        return CardSlipText::tr("Report lost");
    case CardRequestKind::Cancel:
        return CardSlipText::tr("Cancel card (move-out)");
    case CardRequestKind::Temporary:
        return CardSlipText::tr("Temporary card");
    }
    Q_UNREACHABLE();
}

QString cardPaymentKindText(const QString &kind)
{
    if (kind == u"fee")
        return CardSlipText::tr("Card fee");
    if (kind == u"deposit")
        return CardSlipText::tr("Card deposit");
    return CardSlipText::tr("Deposit refund");
}

Receipt cardPaymentReceipt(const CardPayment &payment, const CardRequest &request,
    const QString &siteName, PaperWidth paper)
{
    Receipt receipt(paper);
    addHeader(receipt, siteName,
        payment.kind == u"refund" ? CardSlipText::tr("Refund receipt")
                                  : CardSlipText::tr("Payment receipt"));
    receipt.addText(payment.receipt, { TextSize::DoubleHeight, true, Alignment::Centre });
    addLine(receipt, CardSlipText::tr("Date"), when(payment.paidAt));
    addLine(receipt, CardSlipText::tr("For"), cardRequestKindText(request.kind));
    addLine(receipt, CardSlipText::tr("Card holder"), request.personName);
    addLine(receipt, CardSlipText::tr("Unit"), request.unit);
    addLine(receipt, CardSlipText::tr("Card"), payment.uid);
    receipt.addSeparator();
    receipt.addText(QStringLiteral("%1: ¥%2").arg(
                        cardPaymentKindText(payment.kind), yuanText(payment.signedFen())),
        { TextSize::DoubleHeight, true, Alignment::Left });
    receipt.addSeparator();
    receipt.addQr(payment.receipt, paper == PaperWidth::Mm58 ? 4 : 5, QrEcc::M);
    addLine(receipt, CardSlipText::tr("Received by"), payment.paidBy);
    receipt.addText(CardSlipText::tr("Keep this receipt: a deposit is refunded against it."),
        { TextSize::Normal, false, Alignment::Centre });
    receipt.addFeed(3);
    receipt.addCut();
    return receipt;
}

Receipt cardRequestReceipt(const CardRequest &request, const QString &siteName, PaperWidth paper)
{
    Receipt receipt(paper);
    addHeader(receipt, siteName, CardSlipText::tr("IC-card request"));
    addLine(receipt, CardSlipText::tr("Received"), when(request.requestedAt));
    addLine(receipt, CardSlipText::tr("Reference"), request.id.left(8).toUpper());
    addLine(receipt, CardSlipText::tr("For"), cardRequestKindText(request.kind));
    addLine(receipt, CardSlipText::tr("Card holder"), request.personName);
    addLine(receipt, CardSlipText::tr("Unit"), request.unit);
    receipt.addText(CardSlipText::tr("Bring your ID to the front desk: the desk checks it, takes "
                                     "the fee and hands out the card."));
    receipt.addFeed(3);
    receipt.addCut();
    return receipt;
}

QString cardEnding(const QString &uid)
{
    return uid.right(4);
}

Receipt cardBlockedSlip(const QString &personName, const QString &unit, const QStringList &uids,
    const QDateTime &blockedAt, const QString &siteName, PaperWidth paper)
{
    Receipt receipt(paper);
    addHeader(receipt, siteName, CardSlipText::tr("Card blocked"));
    addLine(receipt, CardSlipText::tr("Blocked at"), when(blockedAt));
    for (const QString &uid : uids)
        addLine(receipt, CardSlipText::tr("Card ending"), cardEnding(uid));
    addLine(receipt, CardSlipText::tr("Card holder"), personName);
    addLine(receipt, CardSlipText::tr("Unit"), unit);
    receipt.addText(CardSlipText::tr("Reported lost at the kiosk with your PIN. The card is "
                                     "refused here now, and at every terminal of the building "
                                     "after their next sync. A new card is issued at the front "
                                     "desk."));
    receipt.addFeed(3);
    receipt.addCut();
    return receipt;
}

} // namespace lobbydesk
