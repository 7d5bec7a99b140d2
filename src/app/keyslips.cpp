#include "app/keyslips.h"

#include "app/slipwords.h"

#include <QCoreApplication>

namespace lobbydesk {
namespace {

constexpr char kContext[] = "KeySlip";

QString when(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void addHeader(Receipt &receipt, const QString &siteName, const QString &title)
{
    receipt.addText(siteName, { TextSize::Normal, true, Alignment::Centre });
    receipt.addText(title, { TextSize::DoubleBoth, true, Alignment::Centre });
    receipt.addSeparator(receipt::Separator::Style::Rule);
}

void addLine(Receipt &receipt, const QString &label, const QString &value)
{
    if (!value.isEmpty())
        receipt.addText(label + QStringLiteral(": ") + value);
}

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
    addHeader(receipt, siteName, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Key deposit")));
    receipt.addText(words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Tag %1")).arg(key.tag),
        { TextSize::DoubleHeight, true, Alignment::Centre });
    addLine(receipt, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Owner")), key.ownerName);
    addLine(receipt, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Key")), key.label);
    addLine(receipt, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Deposited")),
        when(key.registeredAt));
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
    addHeader(receipt, siteName, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Key borrowed")));
    receipt.addText(words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Tag %1")).arg(loan.tag),
        { TextSize::DoubleHeight, true, Alignment::Centre });
    addLine(receipt, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Type")),
        keyTypeText(loan.keyType, loan.language));
    addLine(receipt, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Borrower")), loan.borrowerName);
    addLine(receipt, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Reason")), loan.reason);
    addLine(receipt, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Work")), loan.workReason);
    addLine(receipt, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Out")), when(loan.outAt));
    receipt.addText(
        words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Return by %1")).arg(when(loan.dueAt)),
        { TextSize::DoubleHeight, true, Alignment::Left });
    addLine(receipt, words(kContext, QT_TRANSLATE_NOOP("KeySlip", "Lent by")), loan.outBy);
    addLine(
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
