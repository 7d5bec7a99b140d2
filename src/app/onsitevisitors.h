#pragma once

#include "app/qmlsingleton.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace lobbydesk {

class Visits;
class EventLog;

// Who is on site as this terminal knows it (product.md, "Who is on site"): visitors checked
// in here or synced from the site's other terminals and not yet checked out, kept current as
// events are recorded or pulled.
class OnSiteVisitors final : public QObject, public QmlSingleton<OnSiteVisitors>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // [{name, companions, host, place, timeIn, number}], newest first.
    Q_PROPERTY(QVariantList visitors READ visitors NOTIFY changed)
    // People, companions included.
    Q_PROPERTY(int count READ count NOTIFY changed)

public:
    OnSiteVisitors(Visits &visits, EventLog &events, QObject *parent = nullptr);

    Q_INVOKABLE void refresh();
    [[nodiscard]] QVariantList visitors() const { return m_visitors; }
    [[nodiscard]] int count() const { return m_count; }

signals:
    void changed();

private:
    Visits &m_visits;
    QVariantList m_visitors;
    int m_count = 0;
};

} // namespace lobbydesk
