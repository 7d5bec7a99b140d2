#include "app/slipparts.h"

namespace lobbydesk {

QString localMinute(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
}

void addSlipHeader(Receipt &receipt, const QString &siteName, const QString &title)
{
    receipt.addText(siteName, { TextSize::Normal, true, Alignment::Centre });
    receipt.addText(title, { TextSize::DoubleBoth, true, Alignment::Centre });
    receipt.addSeparator(receipt::Separator::Style::Rule);
}

void addSlipLine(Receipt &receipt, const QString &label, const QString &value)
{
    if (!value.isEmpty())
        receipt.addText(label + QStringLiteral(": ") + value);
}

} // namespace lobbydesk
