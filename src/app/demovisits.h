#pragma once

#include "services/visits.h"

namespace lobbydesk {

class Store;

// Visits on a throw-away terminal (enrolled with demo::enrolThrowAwayTerminal and its
// directory), for the screenshots of the desk's Visitors screen: never on a real terminal's data.
namespace demo {

struct DemoVisits
{
    Visit held; // matched the deny list this morning
    Visit waiting; // a kiosk walk-in whose host confirms
    Invitation invitation; // for tomorrow
};

// Today: visitors on site, one checked out, one closed at the end of yesterday, one held by the
// deny list, one waiting for the host; the last 7 days rated, 3 days ago under 85%.
DemoVisits seedVisits(Store &store, Visits &visits);
// A walk-in admitted at once (an auto-approval host), slip signed: for check-out screens.
CheckInResult checkInVisitor(Visits &visits);
// The site's kiosk out of paper since this morning (the desk's printer-trouble banner).
void seedKioskPaperOut(Store &store);

} // namespace demo
} // namespace lobbydesk
