#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace lobbydesk {

// Money is kept in fen (1/100 yuan) as whole numbers: no rounding on the way to a receipt.
// "20", "20.5", "20.00", "¥20" → 2000, 2050, 2000, 2000. Anything else (text, a negative
// amount, three decimals, more than ¥100,000) → nullopt.
[[nodiscard]] std::optional<qint64> parseYuan(const QString &typed);
// 2000 → "20.00".
[[nodiscard]] QString yuanText(qint64 fen);

// The card types a desk issues (packaging/lobbydesk.ini, [cards]).
[[nodiscard]] const QStringList &cardTypes(); // resident, temporary

// Fees and deposits per card type, in fen, and how long a temporary card may live.
struct CardFees
{
    static constexpr qint64 kMaxFen = 100000 * 100;
    static constexpr int kMaxTemporaryDays = 365;

    QMap<QString, qint64> fee { { QStringLiteral("resident"), 2000 },
        { QStringLiteral("temporary"), 0 } };
    QMap<QString, qint64> deposit { { QStringLiteral("resident"), 0 },
        { QStringLiteral("temporary"), 5000 } };
    int temporaryMaxDays = 30;

    [[nodiscard]] qint64 feeFor(const QString &type) const { return fee.value(type, 0); }
    [[nodiscard]] qint64 depositFor(const QString &type) const { return deposit.value(type, 0); }
};

} // namespace lobbydesk
