#pragma once

#include <QDate>
#include <QObject>
#include <QUuid>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace lobbydesk {

class TerminalApp;
struct CardRequestForm;

// The IC-card request a tenant composes at the kiosk (product.md, "IC-card requests"): who
// they are (their tapped card, or unit + phone when the card is lost), what they ask for, a
// temporary card's holder and days; then it goes to the desk, which approves it. Every rule
// is the Cards service's. One flow is one request: submitting again records nothing new.
// A tenant without their card who has a card PIN types it instead: the card is then blocked
// at once (reportLostByPin), and a replacement may still be asked of the desk.
class CardRequestFlow : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString personId READ personId NOTIFY personChanged)
    Q_PROPERTY(QString personName READ personName NOTIFY personChanged)
    Q_PROPERTY(QStringList units READ units NOTIFY personChanged)
    Q_PROPERTY(QString unit MEMBER m_unit NOTIFY changed)
    // "card" (tapped) or "phone" (unit + phone, the card is gone)
    Q_PROPERTY(QString identifiedBy READ identifiedBy NOTIFY personChanged)
    // [{key, label}] the tenant may ask for, as identified.
    Q_PROPERTY(QVariantList kinds READ kinds NOTIFY personChanged)
    Q_PROPERTY(QString kind MEMBER m_kind NOTIFY changed)
    Q_PROPERTY(QString kindLabel READ kindLabel NOTIFY changed)
    Q_PROPERTY(QString holderName MEMBER m_holderName NOTIFY changed)
    Q_PROPERTY(int days MEMBER m_days NOTIFY changed)
    Q_PROPERTY(int maxDays READ maxDays CONSTANT)
    // The configured fee and deposit of what is asked, in words ("¥20.00 fee"); empty if free.
    Q_PROPERTY(QString chargesText READ chargesText NOTIFY changed)
    Q_PROPERTY(QVariantMap problems READ problems NOTIFY problemsChanged)
    Q_PROPERTY(bool submitted READ submitted NOTIFY resultChanged)
    Q_PROPERTY(QString reference READ reference NOTIFY resultChanged)
    Q_PROPERTY(QString printNote READ printNote NOTIFY resultChanged)
    // Identified by unit + phone, with a card PIN and an active card: the PIN pad comes next.
    Q_PROPERTY(bool pinAsked READ pinAsked NOTIFY personChanged)
    // Too many wrong PINs: the pad is closed, the message sends them to the desk.
    Q_PROPERTY(bool pinLocked READ pinLocked NOTIFY problemsChanged)
    Q_PROPERTY(int pinMaxDigits READ pinMaxDigits CONSTANT)
    // The card was blocked with the PIN: one line per card ("Card ending B2C3, blocked at
    // 09:05") and why no slip printed, if none did.
    Q_PROPERTY(bool lostReported READ lostReported NOTIFY lostChanged)
    Q_PROPERTY(QStringList blockedLines READ blockedLines NOTIFY lostChanged)
    Q_PROPERTY(QString blockedPrintNote READ blockedPrintNote NOTIFY lostChanged)

public:
    explicit CardRequestFlow(QObject *parent = nullptr);

    static void attachTerminal(TerminalApp *terminal);

    [[nodiscard]] QString personId() const { return m_personId; }
    [[nodiscard]] QString personName() const { return m_personName; }
    [[nodiscard]] QStringList units() const { return m_units; }
    [[nodiscard]] QString identifiedBy() const { return m_identifiedBy; }
    [[nodiscard]] QVariantList kinds() const;
    [[nodiscard]] QString kindLabel() const;
    [[nodiscard]] int maxDays() const;
    [[nodiscard]] QString chargesText() const;
    [[nodiscard]] QVariantMap problems() const { return m_problems; }
    [[nodiscard]] bool submitted() const { return !m_requestId.isEmpty(); }
    [[nodiscard]] QString reference() const { return m_requestId.left(8).toUpper(); }
    [[nodiscard]] QString printNote() const { return m_printNote; }
    [[nodiscard]] bool pinAsked() const { return m_pinAsked; }
    [[nodiscard]] bool pinLocked() const { return m_pinLocked; }
    [[nodiscard]] int pinMaxDigits() const;
    [[nodiscard]] bool lostReported() const { return !m_blockedLines.isEmpty(); }
    [[nodiscard]] QStringList blockedLines() const { return m_blockedLines; }
    [[nodiscard]] QString blockedPrintNote() const { return m_blockedPrintNote; }

    // The tenant of the card just tapped (TenantCard); false when the card was refused.
    Q_INVOKABLE bool useTappedCard();
    // Without the card: the unit and the phone number the directory has for them.
    Q_INVOKABLE bool identify(const QString &unit, const QString &phone);
    // The problem shown for a field, or "" (QML binds through `problems` and calls this).
    Q_INVOKABLE QString problem(const QString &field) const
    {
        return m_problems.value(field).toString();
    }
    // Checks what is asked so far; shows the problems; true when none.
    Q_INVOKABLE bool validate();
    // Records card.requested (actor: the tenant) and prints its receipt.
    Q_INVOKABLE bool submit();
    // Without the card, with the tenant's card PIN: blocks their cards at once and prints a
    // slip if the printer works. A wrong PIN (problem "pin") counts towards the lock-out.
    Q_INVOKABLE bool reportLostWithPin(const QString &pin);

signals:
    void changed();
    void personChanged();
    void problemsChanged();
    void resultChanged();
    void lostChanged();

private:
    [[nodiscard]] CardRequestForm form() const; // as answered so far, in the screen's language
    void setPerson(const QString &personId, const QString &how);
    void show(const QVariantMap &problems);
    void printBlockedSlip(const QStringList &uids, const QDateTime &at);

    QUuid m_id;
    QString m_personId;
    QString m_personName;
    QStringList m_units;
    QString m_identifiedBy;
    QString m_unit;
    QString m_kind;
    QString m_holderName;
    int m_days = 1;
    QVariantMap m_problems;
    QString m_requestId;
    QString m_printNote;
    bool m_pinAsked = false;
    bool m_pinLocked = false;
    QStringList m_blockedLines;
    QString m_blockedPrintNote;
};

} // namespace lobbydesk
