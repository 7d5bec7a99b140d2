#include "services/lostcardbypin.h"

#include <QCoreApplication>

namespace lobbydesk {
namespace {

// The messages' translation context, declared so that lupdate files them under it too.
struct LostCardText
{
    Q_DECLARE_TR_FUNCTIONS(LostCardText)
};

} // namespace

LostCardByPin reportLostByPin(TenantPins &pins, Cards &cards, const QString &personId,
    const QString &pin, const QString &actor)
{
    LostCardByPin result;
    result.pin = pins.check(personId, pin);
    if (result.pin.is != TenantPins::Check::Is::Right)
        return result;
    result.blockedAt = cards.now();
    result.outcome = cards.reportLost(
        personId, LostCardText::tr("reported lost at the kiosk with the tenant's PIN"), actor);
    return result;
}

} // namespace lobbydesk
