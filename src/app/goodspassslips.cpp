#include "app/goodspassslips.h"

#include "app/slipparts.h"

#include <QCoreApplication>

namespace lobbydesk {
namespace {

// The messages' translation context, declared so that lupdate files them under it too.
struct SlipText
{
    Q_DECLARE_TR_FUNCTIONS(SlipText)
};

} // namespace

QString goodsPassReasonText(const QString &reason)
{
    if (reason == QStringLiteral("move-out"))
        return SlipText::tr("Moving out");
    if (reason == QStringLiteral("repair"))
        return SlipText::tr("Repair");
    if (reason == QStringLiteral("disposal"))
        return SlipText::tr("Disposal");
    if (reason == QStringLiteral("return-to-supplier"))
        return SlipText::tr("Return to supplier");
    if (reason == QStringLiteral("relocation"))
        return SlipText::tr("Relocation within the company");
    return SlipText::tr("Other");
}

QString goodsUnitOfMeasureText(const QString &uom)
{
    if (uom == QStringLiteral("pcs"))
        return SlipText::tr("pcs");
    if (uom == QStringLiteral("boxes"))
        return SlipText::tr("boxes");
    if (uom == QStringLiteral("sets"))
        return SlipText::tr("sets");
    if (uom == QStringLiteral("bags"))
        return SlipText::tr("bags");
    if (uom == QStringLiteral("pallets"))
        return SlipText::tr("pallets");
    return SlipText::tr("kg");
}

namespace {

void addRequestFacts(Receipt &receipt, const GoodsPass &pass)
{
    const GoodsPassRequest &request = pass.request;
    addSlipLine(receipt, SlipText::tr("Unit"), request.unit);
    addSlipLine(receipt, SlipText::tr("Applicant"), request.applicantName);
    addSlipLine(receipt, SlipText::tr("Carrier"),
        QStringLiteral("%1, %2, ID …%3")
            .arg(request.carrierName, maskedPhone(request.carrierPhone), request.carrierIdLast4));
    addSlipLine(receipt, SlipText::tr("Vehicle"), request.plate);
    addSlipLine(receipt, SlipText::tr("Valid"),
        QStringLiteral("%1 – %2").arg(
            localMinute(request.validFrom), localMinute(request.validUntil)));
    addSlipLine(receipt, SlipText::tr("Reason"),
        request.reasonNote.isEmpty() ? goodsPassReasonText(request.reason)
                                     : goodsPassReasonText(request.reason) + QStringLiteral(" (")
                + request.reasonNote + QLatin1Char(')'));
    if (request.returnable)
        addSlipLine(
            receipt, SlipText::tr("Returns by"), request.expectedReturn.toString(Qt::ISODate));
}

void addItems(Receipt &receipt, const QList<GoodsItem> &items)
{
    receipt.addSeparator();
    receipt.addText(
        SlipText::tr("Items (%1)").arg(items.size()), { TextSize::Normal, true, Alignment::Left });
    for (qsizetype i = 0; i < items.size(); ++i)
        receipt.addText(QStringLiteral("%1. %2 × %3 %4")
                            .arg(i + 1)
                            .arg(items[i].name, quantityText(items[i].quantity),
                                goodsUnitOfMeasureText(items[i].unitOfMeasure)));
    receipt.addSeparator();
}

} // namespace

QString maskedPhone(const QString &phone)
{
    if (phone.size() < 8)
        return phone;
    QString masked = phone;
    // Keep the country code and first digits, and the last four.
    const qsizetype keepStart = phone.startsWith(QLatin1Char('+')) ? phone.size() - 8 : 3;
    for (qsizetype i = keepStart; i < phone.size() - 4; ++i)
        masked[i] = QLatin1Char('*');
    return masked;
}

Receipt goodsPassRequestReceipt(const GoodsPass &pass, const QString &siteName, PaperWidth paper)
{
    Receipt receipt(paper);
    addSlipHeader(receipt, siteName, SlipText::tr("Goods pass request"));
    addSlipLine(receipt, SlipText::tr("Received"), localMinute(pass.requestedAt));
    addSlipLine(receipt, SlipText::tr("Reference"), pass.id.left(8).toUpper());
    addRequestFacts(receipt, pass);
    addItems(receipt, pass.request.items);
    receipt.addText(
        SlipText::tr("This is not a pass. The front desk checks the request; the pass slip "
                     "with its QR code is collected there."));
    receipt.addFeed(3);
    receipt.addCut();
    return receipt;
}

Receipt goodsPassSlip(const GoodsPass &pass, const QString &siteName, PaperWidth paper)
{
    Receipt receipt(paper);
    addSlipHeader(receipt, siteName, SlipText::tr("Goods release pass"));
    receipt.addText(pass.number, { TextSize::DoubleHeight, true, Alignment::Centre });
    addRequestFacts(receipt, pass);
    addItems(receipt, pass.request.items);
    receipt.addQr(pass.token, paper == PaperWidth::Mm58 ? 3 : 4, QrEcc::M);
    receipt.addText(SlipText::tr("Show this slip at the exit. Valid once."),
        { TextSize::Normal, false, Alignment::Centre });
    addSlipLine(receipt, SlipText::tr("Approved"),
        QStringLiteral("%1, %2").arg(localMinute(pass.decidedAt), pass.decidedBy));
    receipt.addFeed(3);
    receipt.addCut();
    return receipt;
}

} // namespace lobbydesk
