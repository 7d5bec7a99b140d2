#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace lobbydesk {

class TerminalApp;

// A tenant sets or changes their card PIN at the kiosk (docs/ic-cards.md): their tapped card
// says who they are; they type the new PIN twice on the PIN pad. Every rule (4 to 6 digits,
// nothing guessable, the two entries the same) is TenantPins'; this keeps the step and the
// first entry until the second one is typed. One flow per screen visit.
class CardPinFlow : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // "card" (tap first), "first" (the new PIN), "repeat" (again), "done"
    Q_PROPERTY(QString step READ step NOTIFY changed)
    Q_PROPERTY(QString personName READ personName NOTIFY changed)
    // They had a PIN before: the screen says "change".
    Q_PROPERTY(bool changing READ changing NOTIFY changed)
    // Why the last entry was refused, in the current language; empty otherwise.
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(int maxDigits READ maxDigits CONSTANT)

public:
    explicit CardPinFlow(QObject *parent = nullptr);
    ~CardPinFlow() override;

    static void attachTerminal(TerminalApp *terminal);

    [[nodiscard]] QString step() const { return m_step; }
    [[nodiscard]] QString personName() const { return m_personName; }
    [[nodiscard]] bool changing() const { return m_changing; }
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] int maxDigits() const;

    // The tenant of the card just tapped (TenantCard): then the PIN pad. False when none.
    Q_INVOKABLE bool useTappedCard();
    // The PIN typed on the pad: the first entry is checked against the rules, the second must
    // be the same; then tenant.pin.set is recorded (the hash only). True when it moved on.
    Q_INVOKABLE bool enter(const QString &pin);
    // Back to the first entry (forgets it).
    Q_INVOKABLE void startAgain();

signals:
    void changed();

private:
    void moveTo(const QString &step, const QString &problem = {});

    QString m_step = QStringLiteral("card");
    QString m_personId;
    QString m_personName;
    bool m_changing = false;
    QString m_problem;
    QString m_first; // the first entry, until the second one is typed
};

} // namespace lobbydesk
