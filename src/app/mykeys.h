#pragma once

#include "app/qmlsingleton.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace lobbydesk {

class Keys;
class TenantCard;
class EventLog;

// Key handover at the kiosk for a tenant who tapped their card (product.md, "Key handover"):
// the keys they hold and when each is due back, and where the spares they deposited are (in the
// cabinet, or lent to whom until when). Keys change hands at the desk; the kiosk only tells.
class MyKeys final : public QObject, public QmlSingleton<MyKeys>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // [{tag, label, due, overdue}] of the keys the card's holder has out.
    Q_PROPERTY(QVariantList held READ held NOTIFY changed)
    // [{tag, label, out, where}] of the spares the card's holder deposited as the owner.
    Q_PROPERTY(QVariantList owned READ owned NOTIFY changed)

public:
    MyKeys(Keys &keys, TenantCard &card, EventLog &events, QObject *parent = nullptr);

    [[nodiscard]] QVariantList held() const { return m_held; }
    [[nodiscard]] QVariantList owned() const { return m_owned; }

    Q_INVOKABLE void refresh();

signals:
    void changed();

private:
    Keys &m_keys;
    TenantCard &m_card;
    QVariantList m_held;
    QVariantList m_owned;
};

} // namespace lobbydesk
