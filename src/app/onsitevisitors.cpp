#include "app/onsitevisitors.h"

#include "core/error.h"
#include "core/logging.h"
#include "services/visits.h"
#include "store/eventlog.h"

#include <QVariantMap>

namespace lobbydesk {

OnSiteVisitors::OnSiteVisitors(Visits &visits, EventLog &events, QObject *parent)
    : QObject(parent)
    , m_visits(visits)
{
    connect(&events, &EventLog::recorded, this, &OnSiteVisitors::refresh);
    refresh();
}

void OnSiteVisitors::refresh()
{
    QVariantList rows;
    try {
        for (const Visit &visit : m_visits.list(VisitList::OnSite)) {
            QStringList host;
            for (const QString &part : { visit.hostName, visit.companyName }) {
                if (!part.isEmpty())
                    host.append(part);
            }
            rows.append(QVariantMap { { QStringLiteral("name"), visit.name },
                { QStringLiteral("companions"), visit.companions },
                { QStringLiteral("host"), host.join(QStringLiteral(" · ")) },
                { QStringLiteral("place"),
                    visit.floor.isEmpty() ? visit.unit
                                          : visit.floor + QStringLiteral(" / ") + visit.unit },
                { QStringLiteral("timeIn"),
                    visit.checkedInAt.toLocalTime().toString(QStringLiteral("HH:mm")) },
                { QStringLiteral("number"), visit.number } });
        }
        m_count = m_visits.onSiteCount();
    } catch (const Error &error) {
        qCWarning(lcApp) << "cannot read who is on site:" << error.message();
    }
    m_visitors = rows;
    emit changed();
}

} // namespace lobbydesk
