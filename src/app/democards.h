#pragma once

#include "services/cards.h"

namespace lobbydesk {

class Store;
class TenantPins;

// IC cards on a throw-away terminal, for the screenshots of the desk's Cards screen and the
// QML tests: never on a real terminal's data.
namespace demo {

struct DemoCards
{
    CardRequest waiting; // a kiosk request for a new card, to approve
    CardRequest proxy; // a replacement asked by a proxy with an authorisation letter
    CardRequest toIssue; // approved and paid: waits for the card on the reader
};

// Units 1201 and 1202 and their people (张三 with card 04A1B2C3, 李娜 04A1B2C4, 王伟 none) in
// the directory; two requests waiting, one approved to issue, 李娜's card reported lost and
// tapped twice since (the first tap acknowledged), and today's fees.
DemoCards seedCards(Store &store, Cards &cards);

// A tenant who can report a lost card at the kiosk with a card PIN: how they identify.
struct PinTenant
{
    QString unit;
    QString phone;
    QString pin;
};

// Three tenants of the sample directory (刘洋, 杨帆, 周杰) with a card and a card PIN, for the
// screenshots of a lost card blocked with the PIN: one per language, as each card can be
// blocked only once.
QList<PinTenant> seedPinTenants(Store &store, TenantPins &pins);

} // namespace demo
} // namespace lobbydesk
