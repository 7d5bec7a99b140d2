#pragma once

#include "app/qmlsingleton.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace lobbydesk {

class TerminalApp;
class SyncStatus;
struct CardRequest;
struct CardPayment;

// The desk's IC cards (product.md, "IC-card requests"): requests to approve (identity checked,
// fee and deposit, reject), cards to issue by a tap on the desk reader, lost and blocked cards
// with the taps of blocked cards anywhere on the site, and today's payments with their total.
class CardDesk final : public QObject, public QmlSingleton<CardDesk>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // requests, issue, lost, payments
    Q_PROPERTY(QString section MEMBER m_section NOTIFY sectionChanged)
    Q_PROPERTY(QVariantList pending READ pending NOTIFY listsChanged)
    Q_PROPERTY(QVariantList toIssue READ toIssue NOTIFY listsChanged)
    Q_PROPERTY(QVariantList blocked READ blocked NOTIFY listsChanged)
    // Blocked cards tapped anywhere on the site, those to acknowledge first: {id, uid, name,
    // terminal, at, acknowledged, by, acknowledgedAt, note}.
    Q_PROPERTY(QVariantList taps READ taps NOTIFY listsChanged)
    // How many of them nobody has acknowledged yet: the Cards tab's and the home tile's count.
    Q_PROPERTY(int tapsToAcknowledge READ tapsToAcknowledge NOTIFY listsChanged)
    Q_PROPERTY(QVariantList payments READ payments NOTIFY listsChanged)
    // Today's payments minus refunds, "¥40.00".
    Q_PROPERTY(QString totalToday READ totalToday NOTIFY listsChanged)
    // The selected request, with the default fee and deposit typed in; empty when none.
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectedChanged)
    // The issue step waits for the new card on the reader.
    Q_PROPERTY(bool waitingForCard READ waitingForCard NOTIFY selectedChanged)
    // [{uid, person, text}] after a report lost: what else the desk must look at.
    Q_PROPERTY(QVariantList flags READ flags NOTIFY messageChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool problem READ problem NOTIFY messageChanged)
    // Request kinds for the desk's new-request form: [{key, label}].
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)

public:
    CardDesk(TerminalApp &app, SyncStatus &sync, QObject *parent = nullptr);

    [[nodiscard]] QVariantList pending() const { return m_pending; }
    [[nodiscard]] QVariantList toIssue() const { return m_toIssue; }
    [[nodiscard]] QVariantList blocked() const { return m_blocked; }
    [[nodiscard]] QVariantList taps() const { return m_taps; }
    [[nodiscard]] int tapsToAcknowledge() const { return m_tapsToAcknowledge; }
    [[nodiscard]] QVariantList payments() const { return m_payments; }
    [[nodiscard]] QString totalToday() const { return m_totalToday; }
    [[nodiscard]] QVariantMap selected() const { return m_selected; }
    [[nodiscard]] bool waitingForCard() const { return m_waiting; }
    [[nodiscard]] QVariantList flags() const { return m_flags; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool problem() const { return m_problem; }
    [[nodiscard]] QVariantList kinds() const;

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void select(const QString &requestId);
    // Each returns true when done; `message` says what happened either way.
    Q_INVOKABLE bool approve(
        bool identityChecked, const QString &fee, const QString &deposit, const QString &note);
    Q_INVOKABLE bool reject(const QString &reason);
    // Arms the issue step for the selected approved request: the next card on the reader is
    // bound (or refused with the reason).
    Q_INVOKABLE void startIssue();
    Q_INVOKABLE void stopIssue();
    // A card on the desk reader (the device's signal; tests call it too).
    Q_INVOKABLE bool cardTapped(const QString &uid);
    // [{id, name, cards: [uid…]}] of a unit, for report lost and new requests.
    Q_INVOKABLE QVariantList peopleAt(const QString &unit) const;
    Q_INVOKABLE bool reportLost(const QString &personId, const QString &reason);
    // The signed-in staff member has seen a blocked card's tap (its id) and did what `note`
    // says; a tap already acknowledged is refused with who did it and when.
    Q_INVOKABLE bool acknowledgeTap(const QString &tapId, const QString &note);
    // A request recorded at the desk on someone's behalf; field → problem, empty when recorded
    // (then it is selected). Keys: kind, person, unit, applicant, proxy, letter, holder, days.
    Q_INVOKABLE QVariantMap newRequest(const QVariantMap &fields);
    Q_INVOKABLE bool reprint(const QString &receipt);

signals:
    void sectionChanged();
    void listsChanged();
    void selectedChanged();
    void messageChanged();

private:
    [[nodiscard]] QVariantMap requestMap(const CardRequest &request) const;
    void printPayments(const QList<CardPayment> &payments);
    void say(const QString &message, bool problem);

    TerminalApp &m_app;
    QString m_section = QStringLiteral("requests");
    QVariantList m_pending;
    QVariantList m_toIssue;
    QVariantList m_blocked;
    QVariantList m_taps;
    int m_tapsToAcknowledge = 0;
    QVariantList m_payments;
    QString m_totalToday;
    QString m_selectedId;
    QVariantMap m_selected;
    bool m_waiting = false;
    QVariantList m_flags;
    QString m_message;
    bool m_problem = false;
};

} // namespace lobbydesk
