#include "app/visitslips.h"

#include "app/slipparts.h"
#include "app/slipwords.h"

#include <QCoreApplication>

namespace lobbydesk {
namespace {

constexpr char kContext[] = "VisitSlip";

QString hostLine(const QString &hostName, const QString &companyName)
{
    if (hostName.isEmpty())
        return companyName;
    if (companyName.isEmpty())
        return hostName;
    return hostName + QStringLiteral(" · ") + companyName;
}

QString placeLine(const SlipWords &words, const QString &floor, const QString &unit)
{
    if (floor.isEmpty())
        return unit;
    return words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Floor %1, unit %2")).arg(floor, unit);
}

} // namespace

QString visitPurposeText(const QString &purpose, const QString &language)
{
    const SlipWords words(language);
    if (purpose == QStringLiteral("visit"))
        return words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Visit"));
    if (purpose == QStringLiteral("delivery"))
        return words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Delivery"));
    if (purpose == QStringLiteral("interview"))
        return words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Interview"));
    if (purpose == QStringLiteral("contractor"))
        return words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Contractor work"));
    return words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Other"));
}

Receipt visitorSlip(const Visit &visit, const QString &siteName, PaperWidth paper)
{
    const SlipWords words(visit.language);
    Receipt receipt(paper);
    addSlipHeader(
        receipt, siteName, words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Visitor slip")));
    receipt.addText(visit.name, { TextSize::DoubleHeight, true, Alignment::Centre });
    receipt.addText(visit.number, { TextSize::Normal, false, Alignment::Centre });
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Visiting")),
        hostLine(visit.hostName, visit.companyName));
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Where")),
        placeLine(words, visit.floor, visit.unit));
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Purpose")),
        visit.purposeNote.isEmpty() ? visitPurposeText(visit.purpose, visit.language)
                                    : visitPurposeText(visit.purpose, visit.language)
                + QStringLiteral(" (") + visit.purposeNote + QLatin1Char(')'));
    if (visit.companions > 0)
        addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Companions")),
            QString::number(visit.companions));
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Vehicle")), visit.plate);
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Time in")),
        localMinute(visit.checkedInAt));
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Valid until")),
        localMinute(visit.validUntil));
    receipt.addSeparator();
    if (!visit.token.isEmpty()) {
        receipt.addQr(visit.token, paper == PaperWidth::Mm58 ? 4 : 5, QrEcc::M);
        receipt.addText(words(kContext,
                            QT_TRANSLATE_NOOP("VisitSlip",
                                "Scan this code at the kiosk or the guard post when you leave.")),
            { TextSize::Normal, false, Alignment::Centre });
    } else {
        // An unenrolled terminal cannot sign: the desk checks the visitor out by number.
        receipt.addText(
            words(kContext,
                QT_TRANSLATE_NOOP("VisitSlip", "Show this slip at the front desk when you leave.")),
            { TextSize::Normal, false, Alignment::Centre });
    }
    receipt.addFeed(3);
    receipt.addCut();
    return receipt;
}

Receipt invitationSlip(
    const Invitation &invitation, const QString &host, const QString &siteName, PaperWidth paper)
{
    const SlipWords words(invitation.language);
    Receipt receipt(paper);
    addSlipHeader(receipt, siteName, words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Invitation")));
    receipt.addText(invitation.name, { TextSize::DoubleHeight, true, Alignment::Centre });
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Visiting")), host);
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Purpose")),
        visitPurposeText(invitation.purpose, invitation.language));
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Valid")),
        QStringLiteral("%1 – %2").arg(
            localMinute(invitation.validFrom), localMinute(invitation.validUntil)));
    addSlipLine(
        receipt, words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Vehicle")), invitation.plate);
    receipt.addSeparator();
    receipt.addQr(invitation.token, paper == PaperWidth::Mm58 ? 3 : 4, QrEcc::M);
    // Typed at the kiosk when the code cannot be scanned (a cracked phone screen).
    receipt.addText(
        invitationCode(invitation.id), { TextSize::DoubleBoth, true, Alignment::Centre });
    receipt.addText(words(kContext,
                        QT_TRANSLATE_NOOP("VisitSlip",
                            "On arrival, scan this code at the lobby kiosk: no typing needed.")),
        { TextSize::Normal, false, Alignment::Centre });
    receipt.addFeed(3);
    receipt.addCut();
    return receipt;
}

Receipt evacuationList(const QList<Visit> &onSite, const QDateTime &printedAt,
    const QDateTime &lastSync, const QString &siteName, const QString &language, PaperWidth paper)
{
    const SlipWords words(language);
    Receipt receipt(paper);
    addSlipHeader(
        receipt, siteName, words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Evacuation roll call")));
    int people = 0;
    for (const Visit &visit : onSite)
        people += 1 + visit.companions;
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Printed")),
        localMinute(printedAt));
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Last sync")),
        lastSync.isValid() ? localMinute(lastSync)
                           : words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "never")));
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "Visitors on site")),
        QString::number(people));
    receipt.addSeparator();
    for (qsizetype i = 0; i < onSite.size(); ++i) {
        const Visit &visit = onSite[i];
        QString name = QStringLiteral("%1. %2").arg(i + 1).arg(visit.name);
        if (visit.companions > 0)
            name += QStringLiteral(" +%1").arg(visit.companions);
        receipt.addText(name, { TextSize::Normal, true, Alignment::Left });
        receipt.addText(QStringLiteral("   %1 · %2 · %3")
                            .arg(hostLine(visit.hostName, visit.companyName),
                                placeLine(words, visit.floor, visit.unit),
                                visit.checkedInAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
        // In full: staff call whoever is missing at the assembly point.
        receipt.addText(QStringLiteral("   ") + visit.phone + QStringLiteral("   [  ]"));
    }
    if (onSite.isEmpty())
        receipt.addText(words(kContext, QT_TRANSLATE_NOOP("VisitSlip", "No visitors on site.")));
    receipt.addSeparator();
    receipt.addText(words(kContext,
        QT_TRANSLATE_NOOP("VisitSlip",
            "Printed from this terminal's own records: visitors checked in at other terminals "
            "appear once synced.")));
    receipt.addFeed(3);
    receipt.addCut();
    return receipt;
}

} // namespace lobbydesk
