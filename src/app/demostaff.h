#pragma once

#include <QString>

namespace lobbydesk {

class Store;

// Staff sign-in on a throw-away terminal, for the sign-in screenshots and tests: never on a
// real terminal's data (there, PINs come from the hub: lobbydesk-ctl hub staff-pin).
namespace demo {

// Puts staff member `staffId` (王芳, S-002, card 0A0B0C0E, unless the store has its own
// directory) with PIN `pin` into the store, as the hub's directory.staff.pin_set would.
void seedStaffPin(Store &store, const QString &staffId, const QString &pin);

} // namespace demo
} // namespace lobbydesk
