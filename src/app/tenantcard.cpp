#include "app/tenantcard.h"

#include "core/error.h"
#include "core/logging.h"
#include "drivers/cardreader/cardreader.h"
#include "services/cards.h"
#include "store/store.h"

#include <QTime>

namespace lobbydesk {

TenantCard::TenantCard(Store &store, Cards &cards, CardReader *reader, QObject *parent)
    : QObject(parent)
    , m_cards(cards)
{
    Q_UNUSED(store);
    if (reader)
        connect(reader, &CardReader::cardPresented, this, &TenantCard::present);
}

TenantCard::~TenantCard() = default;

QString TenantCard::greeting() const
{
    return known() ? tr("Hello, %1").arg(m_person.value(QStringLiteral("name")).toString())
                   : QString();
}

QString TenantCard::welcome() const
{
    if (!known())
        return {};
    const QString name = m_person.value(QStringLiteral("name")).toString();
    const int hour = QTime::currentTime().hour();
    if (hour < 5 || hour >= 18)
        return tr("Good evening, %1").arg(name);
    if (hour < 12)
        return tr("Good morning, %1").arg(name);
    return tr("Good afternoon, %1").arg(name);
}

void TenantCard::present(const QString &uid)
{
    m_person.clear();
    m_problem.clear();
    m_lastUid = uid;
    m_blocked = false;
    try {
        const CardCheck card = m_cards.tapped(uid);
        switch (card.status) {
        case CardCheck::Status::Tenant:
            m_person = QVariantMap {
                { QStringLiteral("id"), card.personId },
                { QStringLiteral("name"), card.personName },
                { QStringLiteral("units"), card.units },
                { QStringLiteral("roles"), card.roles },
            };
            break;
        case CardCheck::Status::Blocked:
            m_blocked = true;
            m_problem = tr("This card was reported lost and is blocked. The front desk has been "
                           "told; please see them.");
            break;
        case CardCheck::Status::Cancelled:
            m_problem = tr("This card was cancelled or replaced. Please use your new card, or "
                           "ask at the front desk.");
            break;
        case CardCheck::Status::Expired:
            m_problem = tr("This temporary card has expired. Please return it to the front desk.");
            break;
        case CardCheck::Status::Temporary:
            m_problem = tr("This is a temporary card for %1: the kiosk's tenant services need a "
                           "tenant's own card.")
                            .arg(card.personName);
            break;
        case CardCheck::Status::Staff:
            m_problem = tr("This is a staff card. Please tap the tenant's own card, or use the "
                           "front desk terminal.");
            break;
        case CardCheck::Status::Unknown:
            m_problem = tr("This card is not registered to a tenant of this building, or it is "
                           "no longer valid. Please ask at the front desk.");
            break;
        }
    } catch (const Error &error) {
        qCWarning(lcApp) << "card lookup failed:" << error.what();
        m_problem = tr("The building directory cannot be read on this terminal; please ask at "
                       "the front desk.");
    }
    emit changed();
    emit presented();
}

void TenantCard::clear()
{
    if (m_person.isEmpty() && m_problem.isEmpty())
        return;
    m_person.clear();
    m_problem.clear();
    m_blocked = false;
    emit changed();
}

} // namespace lobbydesk
