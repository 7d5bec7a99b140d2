#pragma once

#include <QString>

namespace lobbydesk {

class TerminalApp;

// Who an action taken at this terminal's screens is recorded as (the events' actor). One place,
// so that every desk and guard screen records the same person.
[[nodiscard]] QString deskActor(TerminalApp &app);

} // namespace lobbydesk
