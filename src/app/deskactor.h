#pragma once

#include <QString>

namespace lobbydesk {

class TerminalApp;

// Who an action taken at this terminal's screens is recorded as (the events' actor). One place,
// so that every desk and guard screen records the same person: the signed-in staff member as
// "王芳 (S-002)", or the terminal's name where staff sign-in is not set up (docs/staff.md).
[[nodiscard]] QString deskActor(TerminalApp &app);

} // namespace lobbydesk
