#include "app/mykeys.h"

#include "app/slipparts.h"
#include "app/tenantcard.h"
#include "core/error.h"
#include "core/logging.h"
#include "services/keys.h"
#include "store/eventlog.h"

namespace lobbydesk {

MyKeys::MyKeys(Keys &keys, TenantCard &card, EventLog &events, QObject *parent)
    : QObject(parent)
    , m_keys(keys)
    , m_card(card)
{
    connect(&card, &TenantCard::changed, this, &MyKeys::refresh);
    // A loan made or returned at the desk arrives with sync while the tenant looks.
    connect(&events, &EventLog::recorded, this, &MyKeys::refresh);
}

void MyKeys::refresh()
{
    m_held.clear();
    m_owned.clear();
    const QString person = m_card.personId();
    if (!person.isEmpty()) {
        try {
            const QDateTime now = m_keys.now();
            for (const KeyLoan &loan : m_keys.heldBy(QStringLiteral("person"), person))
                m_held.append(QVariantMap { { QStringLiteral("tag"), loan.tag },
                    { QStringLiteral("label"), loan.keyLabel },
                    { QStringLiteral("due"), localMinute(loan.dueAt) },
                    { QStringLiteral("overdue"), loan.overdue(now) } });
            for (const Key &key : m_keys.ownedBy(person)) {
                QString where = tr("In the cabinet");
                for (const KeyLoan &loan : m_keys.historyOfKey(key.id)) {
                    if (loan.open())
                        where = tr("Lent to %1 until %2")
                                    .arg(loan.borrowerName, localMinute(loan.dueAt));
                }
                m_owned.append(QVariantMap { { QStringLiteral("tag"), key.tag },
                    { QStringLiteral("label"), key.label }, { QStringLiteral("out"), key.out },
                    { QStringLiteral("where"), where } });
            }
        } catch (const Error &error) {
            qCWarning(lcApp) << "the tenant's keys could not be read:" << error.what();
        }
    }
    emit changed();
}

} // namespace lobbydesk
