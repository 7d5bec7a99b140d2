#pragma once

#include "core/passtoken.h"

#include <QSqlDatabase>

namespace lobbydesk {

// The site's public keys as the hub distributed them (site_keys), and this terminal's own key
// before the hub has sent it back: whom a pass, invitation or slip token may be signed by.
[[nodiscard]] PassSignerLookup siteSigners(QSqlDatabase &db);

} // namespace lobbydesk
