#include "app/tenantcard.h"

#include "core/error.h"
#include "core/logging.h"
#include "directory/directorysearch.h"
#include "drivers/cardreader/cardreader.h"
#include "store/store.h"

namespace lobbydesk {

TenantCard::TenantCard(Store &store, CardReader *reader, QObject *parent)
    : QObject(parent)
    , m_directory(std::make_unique<DirectorySearch>(store.sql()))
{
    if (reader)
        connect(reader, &CardReader::cardPresented, this, &TenantCard::present);
}

TenantCard::~TenantCard() = default;

QString TenantCard::greeting() const
{
    return known() ? tr("Hello, %1").arg(m_person.value(QStringLiteral("name")).toString())
                   : QString();
}

void TenantCard::present(const QString &uid)
{
    m_person.clear();
    m_problem.clear();
    m_lastUid = uid;
    try {
        if (const auto person = m_directory->personByCard(uid)) {
            m_person = QVariantMap {
                { QStringLiteral("id"), person->id },
                { QStringLiteral("name"), person->name },
                { QStringLiteral("units"), person->units },
                { QStringLiteral("roles"), person->roles },
            };
        } else if (m_directory->staffByCard(uid)) {
            m_problem = tr("This is a staff card. Please tap the tenant's own card, or use the "
                           "front desk terminal.");
        } else {
            m_problem = tr("This card is not registered to a tenant of this building, or it is "
                           "no longer valid. Please ask at the front desk.");
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
    emit changed();
}

} // namespace lobbydesk
