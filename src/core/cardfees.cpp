#include "core/cardfees.h"

#include <QRegularExpression>

namespace lobbydesk {

std::optional<qint64> parseYuan(const QString &typed)
{
    static const QRegularExpression amount(
        QStringLiteral("^(?:¥|￥|RMB\\s*)?\\s*(\\d{1,6})(?:\\.(\\d{1,2}))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = amount.match(typed.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 yuan = match.captured(1).toLongLong();
    const QString decimals = match.captured(2).leftJustified(2, QLatin1Char('0'));
    const qint64 fen = yuan * 100 + decimals.toLongLong();
    if (fen > CardFees::kMaxFen)
        return std::nullopt;
    return fen;
}

QString yuanText(qint64 fen)
{
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    const qint64 value = fen < 0 ? -fen : fen;
    return sign
        + QStringLiteral("%1.%2").arg(value / 100).arg(value % 100, 2, 10, QLatin1Char('0'));
}

const QStringList &cardTypes()
{
    static const QStringList types { QStringLiteral("resident"), QStringLiteral("temporary") };
    return types;
}

} // namespace lobbydesk
