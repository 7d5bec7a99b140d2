#pragma once

#include "services/cards.h"
#include "services/tenantpins.h"

namespace lobbydesk {

// A tenant without their card reports it lost at the kiosk (docs/ic-cards.md): their card PIN,
// verified offline, stands in for the desk's identity check, so the card is blocked at once
// through the desk's own report-lost path (Cards::reportLost: blocked here now, on every
// terminal after sync, the holder's open key loans flagged).
struct LostCardByPin
{
    TenantPins::Check pin; // Right: the cards below were blocked
    Cards::Outcome outcome;
    QDateTime blockedAt;
};

// A wrong, locked or missing PIN records nothing about the cards (a wrong one counts towards
// the lock-out). Throws Error when the right PIN's holder has no active card.
LostCardByPin reportLostByPin(TenantPins &pins, Cards &cards, const QString &personId,
    const QString &pin, const QString &actor);

} // namespace lobbydesk
