#pragma once

#include "app/qmlsingleton.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace lobbydesk {

class Store;
class CardReader;
class Cards;

// Who tapped their IC card at this terminal: the card's holder as the desk bound it or the local
// building directory lists it (works offline), or why the card is not accepted. A card reported
// lost is refused and recorded (card.blocked.tapped) so that the desk sees it. The goods-pass
// request uses it to know the applicant; "card as identity" (issue 7) reuses it.
class TenantCard final : public QObject, public QmlSingleton<TenantCard>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // {id, name, units: [..], roles: [..]} of the card's holder; empty when none.
    Q_PROPERTY(QVariantMap person READ person NOTIFY changed)
    // The holder's directory id (person()["id"]); empty when none.
    Q_PROPERTY(QString personId READ personId NOTIFY changed)
    Q_PROPERTY(bool known READ known NOTIFY changed)
    Q_PROPERTY(QString greeting READ greeting NOTIFY changed)
    // The kiosk home's welcome by the time of day: "Good morning, 张三".
    Q_PROPERTY(QString welcome READ welcome NOTIFY changed)
    // Why the last card is not accepted, in the current language; empty otherwise.
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    // The last card was reported lost: refused, and the desk was told.
    Q_PROPERTY(bool blocked READ blocked NOTIFY changed)

public:
    // `reader` may be null (no card reader on this terminal): present() still works.
    TenantCard(Store &store, Cards &cards, CardReader *reader, QObject *parent = nullptr);
    ~TenantCard() override;

    [[nodiscard]] QVariantMap person() const { return m_person; }
    [[nodiscard]] QString personId() const
    {
        return m_person.value(QStringLiteral("id")).toString();
    }
    [[nodiscard]] bool known() const { return !m_person.isEmpty(); }
    [[nodiscard]] QString greeting() const;
    [[nodiscard]] QString welcome() const;
    [[nodiscard]] QString problem() const { return m_problem; }
    // The UID of the last card presented: a staff card is not a tenant's, but the key desk
    // lends keys to staff.
    [[nodiscard]] QString lastUid() const { return m_lastUid; }
    [[nodiscard]] bool blocked() const { return m_blocked; }

    // A card on the reader (the device's signal; tests call it too).
    Q_INVOKABLE void present(const QString &uid);
    Q_INVOKABLE void clear();

signals:
    void changed();
    // After every tap, known or not: a screen waiting for a card moves on.
    void presented();

private:
    Cards &m_cards;
    QVariantMap m_person;
    QString m_problem;
    QString m_lastUid;
    bool m_blocked = false;
};

} // namespace lobbydesk
