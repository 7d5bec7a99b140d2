#pragma once

#include "drivers/printer/receipt.h"

#include <QDateTime>
#include <QString>

namespace lobbydesk {

// The parts every slip and desk list shares, so that all of them read the same way.

// A time to the minute in local time as slips and desk lists print it (2026-11-23 08:40);
// empty for no time.
[[nodiscard]] QString localMinute(const QDateTime &time);

// The site's name over the slip's title in large letters, then a rule.
void addSlipHeader(Receipt &receipt, const QString &siteName, const QString &title);

// "Label: value", or nothing when there is no value.
void addSlipLine(Receipt &receipt, const QString &label, const QString &value);

} // namespace lobbydesk
