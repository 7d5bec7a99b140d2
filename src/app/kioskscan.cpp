#include "app/kioskscan.h"

#include "app/navigator.h"
#include "core/logging.h"
#include "core/passtoken.h"
#include "services/visits.h"

#include <QRegularExpression>

namespace lobbydesk {
namespace {

const QString kInvitation = QStringLiteral("invitation");
const QString kCheckOut = QStringLiteral("visitor-checkout");

} // namespace

KioskScan::KioskScan(Visits &visits, Navigator &navigator, QObject *parent)
    : QObject(parent)
    , m_visits(visits)
    , m_navigator(navigator)
{ }

QString KioskScan::screenFor(const QString &text) const
{
    const PassTokenCheck check = verifyPassToken(text.trimmed(), m_visits.signers());
    if (check.genuine()
        && check.payload.value(QStringLiteral("k")).toString() == QStringLiteral("invite"))
        return kInvitation;
    // A slip, a visit number, or a code that is none of ours: the check-out screen says which.
    return kCheckOut;
}

void KioskScan::scanned(const QString &text)
{
    const QString here = m_navigator.screen();
    QString target;
    if (here == kInvitation || here == kCheckOut)
        target = here;
    else if (m_navigator.atHome())
        target = screenFor(text);
    if (target.isEmpty()) {
        qCInfo(lcApp) << "scan ignored on the" << here << "screen";
        return;
    }
    m_pendingScreen = target;
    m_pending = text;
    if (target != here)
        m_navigator.open(target); // its form takes the scan as it opens
    if (!m_pending.isEmpty())
        emit arrived(target);
}

QString KioskScan::take(const QString &screen)
{
    if (screen != m_pendingScreen)
        return {};
    m_pendingScreen.clear();
    return std::exchange(m_pending, QString());
}

} // namespace lobbydesk
