#include "app/keyslips.h"

#include "app/slipparts.h"
#include "app/slipwords.h"

#include <QCoreApplication>

namespace lobbydesk {
namespace {

constexpr char kContext[] = "KeySlip";

} // namespace

QString keyTypeText(KeyType type, const QString &language)
{
    const SlipWords words(language);
    switch (type) {
    case KeyType::UnitSpare:
        return words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Owner's spare key"));
    case KeyType::Common:
        return words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Common-area key"));
    case KeyType::PlantRoom:
        return words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Plant-room key"));
    case KeyType::Master:
        return words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Master key"));
    }
    Q_UNREACHABLE();
}

Receipt keyDepositReceipt(const Key &key, const QString &siteName, PaperWidth paper)
{
    const SlipWords words(key.ownerLanguage);
    Receipt receipt(paper);
    addSlipHeader(receipt, siteName, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Key deposit")));
    receipt.addText(words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Tag %1")).arg(key.tag),
        { TextSize::DoubleHeight, true, Alignment::Centre });
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Owner")), key.ownerName);
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Key")), key.label);
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Deposited")),
        localMinute(key.registeredAt));
    receipt.addSeparator();
    receipt.addText(words(kContext, QT_TRANSLATE_NOOP("KeySlip", "May borrow it")),
        { TextSize::Normal, true, Alignment::Left });
    receipt.addText(
        QStringLiteral("1. %1 (%2)")
            .arg(key.ownerName, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "owner"))));
    for (qsizetype i = 0; i < key.authorised.size(); ++i)
        receipt.addText(QStringLiteral("%1. %2").arg(i + 2).arg(key.authorised[i].name));
    receipt.addSeparator();
    receipt.addText(words(kContext,
        QT_TRANSLATE_NOOP("KeySlip",
            "You are told each time the key leaves the cabinet. Show "
            "this receipt to change the list or take the key back.")));
    receipt.addFeed(3);
    receipt.addCut();
    return receipt;
}

Receipt keySignOutReceipt(const KeyLoan &loan, const QString &siteName, PaperWidth paper)
{
    const SlipWords words(loan.language);
    Receipt receipt(paper);
    addSlipHeader(receipt, siteName, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Key borrowed")));
    receipt.addText(words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Tag %1")).arg(loan.tag),
        { TextSize::DoubleHeight, true, Alignment::Centre });
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Type")),
        keyTypeText(loan.keyType, loan.language));
    addSlipLine(
        receipt, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Borrower")), loan.borrowerName);
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Reason")), loan.reason);
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Work")), loan.workReason);
    addSlipLine(
        receipt, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Out")), localMinute(loan.outAt));
    receipt.addText(
        words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Return by %1")).arg(localMinute(loan.dueAt)),
        { TextSize::DoubleHeight, true, Alignment::Left });
    addSlipLine(receipt, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Lent by")), loan.outBy);
    addSlipLine(
        receipt, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Confirmed by")), loan.secondStaff);
    receipt.addSeparator();
    receipt.addText(words(kContext,
        QT_TRANSLATE_NOOP("KeySlip",
            "Bring the key back to the front desk by the time above. "
            "The tag is scanned on return.")));
    receipt.addFeed(3);
    receipt.addCut();
    return receipt;
}

} // namespace lobbydesk
