#pragma once

#include <QSqlDatabase>
#include <QString>

namespace lobbydesk {

// A short code for this terminal on the numbers people read, e.g. the "7F3A" of card receipt
// RC-7F3A-20261123-0001: two desks that take payments offline on the same day never print the
// same receipt number. It is the start of the terminal id, 4 hex digits, made longer while
// another terminal of the site (site_keys, as the hub distributed them) starts the same way.
[[nodiscard]] QString terminalCode(QSqlDatabase &db, const QString &terminalId);

} // namespace lobbydesk
