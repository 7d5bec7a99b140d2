#include "services/lostcardbypin.h"

#include <QCoreApplication>

namespace lobbydesk {
LostCardByPin reportLostByPin(TenantPins &pins, Cards &cards, const QString &personId,
    const QString &pin, const QString &actor)
{
    LostCardByPin result;
    result.pin = pins.check(personId, pin);
    if (result.pin.is != TenantPins::Check::Is::Right)
        return result;
    result.blockedAt = cards.now();
    result.outcome = cards.reportLost(personId,
        QString::fromUtf8(
            QT_TRANSLATE_NOOP("CardText", "reported lost at the kiosk with the tenant's PIN")),
        actor);
    return result;
}

} // namespace lobbydesk
