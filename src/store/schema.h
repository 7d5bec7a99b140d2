#pragma once

#include "store/migrations.h"

namespace lobbydesk {

// The terminal database's migrations, oldest first. Append; never edit a released step.
[[nodiscard]] const std::vector<Migration> &terminalSchema();

} // namespace lobbydesk
