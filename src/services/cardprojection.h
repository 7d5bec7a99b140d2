#pragma once

#include "core/event.h"

#include <QSqlDatabase>

namespace lobbydesk {

// Applies card.* events to the terminal's card tables (migration 11), for events recorded here
// and pulled from the hub alike. A block always wins: an issue or a cancellation that arrives
// later never makes a blocked UID usable again.
[[nodiscard]] bool isCardEvent(const QString &type);
void applyCardEvent(const Event &event, QSqlDatabase &db);

} // namespace lobbydesk
