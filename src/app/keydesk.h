#pragma once

#include "app/qmlsingleton.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace lobbydesk {

class TerminalApp;
class TenantCard;
class Receipt;
struct Key;
struct KeyLoan;

// The desk's key cabinet (product.md, "Key handover"; docs/keys.md): the keys in and out, the
// overdue and conflicting loans, history, deposit, registration, sign-out with the borrower
// identified by a card tap or picked after an ID check, and return by a scanned tag. Every
// rule is the Keys service's; this holds what the Keys screen shows and prints.
class KeyDesk final : public QObject, public QmlSingleton<KeyDesk>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // cabinet, out, overdue, conflicts, history (lists); deposit, register, signout, return.
    Q_PROPERTY(QString section READ section WRITE setSection NOTIFY sectionChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY listsChanged)
    // Each key: {id, tag, type, typeText, label, slot, unit, owner, authorised, out, borrower,
    // due, overdue}.
    Q_PROPERTY(QVariantList keys READ keys NOTIFY listsChanged)
    // Loans: {id, keyId, tag, label, typeText, borrower, borrowerKind, reason, workReason, out,
    // due, returned, condition, overdue, conflict, resolution, outTerminal, outBy}.
    Q_PROPERTY(QVariantList outLoans READ outLoans NOTIFY listsChanged)
    Q_PROPERTY(QVariantList overdueLoans READ overdueLoans NOTIFY listsChanged)
    Q_PROPERTY(QVariantList conflicts READ conflicts NOTIFY listsChanged)
    Q_PROPERTY(QVariantList history READ history NOTIFY listsChanged)
    // {cabinet, in, out, overdue, conflicts}: the tabs' counters and the screen's alert.
    Q_PROPERTY(QVariantMap counts READ counts NOTIFY listsChanged)
    Q_PROPERTY(QVariantMap selectedKey READ selectedKey NOTIFY selectedChanged)
    Q_PROPERTY(QVariantList selectedHistory READ selectedHistory NOTIFY selectedChanged)
    // Who borrows: {kind, id, name}, from a card tap or picked; empty before.
    Q_PROPERTY(QVariantMap borrower READ borrower NOTIFY borrowerChanged)
    // The owner depositing a key: {id, name, units: [..]}, from a card tap or picked.
    Q_PROPERTY(QVariantMap depositOwner READ depositOwner NOTIFY borrowerChanged)
    // Active staff [{id, name, role}] and contractors on site [{id, name}], to pick from.
    Q_PROPERTY(QVariantList staff READ staff NOTIFY listsChanged)
    Q_PROPERTY(QVariantList contractors READ contractors NOTIFY listsChanged)
    // The tag the scanner read last, for the return form.
    Q_PROPERTY(QString scannedTag READ scannedTag NOTIFY scannedTagChanged)
    Q_PROPERTY(QVariantMap fieldProblems READ fieldProblems NOTIFY fieldProblemsChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool problem READ problem NOTIFY messageChanged)

public:
    KeyDesk(TerminalApp &app, TenantCard &card, QObject *parent = nullptr);

    [[nodiscard]] QString section() const { return m_section; }
    void setSection(const QString &section);
    [[nodiscard]] QString search() const { return m_search; }
    void setSearch(const QString &search);
    [[nodiscard]] QVariantList keys() const { return m_keys; }
    [[nodiscard]] QVariantList outLoans() const { return m_outLoans; }
    [[nodiscard]] QVariantList overdueLoans() const { return m_overdueLoans; }
    [[nodiscard]] QVariantList conflicts() const { return m_conflicts; }
    [[nodiscard]] QVariantList history() const { return m_history; }
    [[nodiscard]] QVariantMap counts() const { return m_counts; }
    [[nodiscard]] QVariantMap selectedKey() const { return m_selectedKey; }
    [[nodiscard]] QVariantList selectedHistory() const { return m_selectedHistory; }
    [[nodiscard]] QVariantMap borrower() const { return m_borrower; }
    [[nodiscard]] QVariantMap depositOwner() const { return m_depositOwner; }
    [[nodiscard]] QVariantList staff() const { return m_staff; }
    [[nodiscard]] QVariantList contractors() const { return m_contractors; }
    [[nodiscard]] QString scannedTag() const { return m_scannedTag; }
    [[nodiscard]] QVariantMap fieldProblems() const { return m_fieldProblems; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool problem() const { return m_problem; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void selectKey(const QString &keyId);
    // Opens the sign-out form for a key: no borrower yet, no problems shown.
    Q_INVOKABLE void beginSignOut(const QString &keyId);
    // kind person, staff or visit; the name as shown in the list it was picked from.
    Q_INVOKABLE void pickBorrower(const QString &kind, const QString &id, const QString &name);
    Q_INVOKABLE void pickOwner(const QString &personId);
    Q_INVOKABLE void clearForm();
    Q_INVOKABLE void dismissMessage();
    // Each returns true when done; problems go beside their fields, message says the outcome.
    // form: reason, workReason, due ("yyyy-MM-dd HH:mm" local, or empty for the default),
    // secondStaffId, secondPin, language.
    Q_INVOKABLE bool signOut(const QVariantMap &form);
    // form: tag, barcode, label, slot, unit, authorisedIds, language (owner from pickOwner).
    Q_INVOKABLE bool deposit(const QVariantMap &form);
    // form: tag, barcode, type, label, slot.
    Q_INVOKABLE bool registerKey(const QVariantMap &form);
    Q_INVOKABLE bool returnKey(const QString &tag, const QString &condition, const QString &note);
    Q_INVOKABLE bool resolve(const QString &keyId, const QString &standingLoanId);
    // The due time `hours` from now, as the due field takes it (the form's quick choices).
    Q_INVOKABLE QString dueIn(int hours) const;
    // A borrower's loans, newest first (history per person).
    Q_INVOKABLE QVariantList historyOf(const QString &kind, const QString &id) const;
    // A scanned tag: the return form opens with it.
    void scanned(const QString &text);
    // A card on the desk's reader (TenantCard): the borrower, or the depositing owner.
    void cardPresented();
    // Records key.overdue for loans past due (the app's timer); returns how many.
    Q_INVOKABLE int alertOverdue();

signals:
    void sectionChanged();
    void listsChanged();
    void selectedChanged();
    void borrowerChanged();
    void scannedTagChanged();
    void fieldProblemsChanged();
    void messageChanged();

private:
    // `open`: the key's own open loans (two while in conflict).
    [[nodiscard]] QVariantMap keyMap(const Key &key, const QList<KeyLoan> &open) const;
    [[nodiscard]] QList<KeyLoan> openLoansOf(const QString &keyId) const;
    [[nodiscard]] QVariantMap loanMap(const KeyLoan &loan) const;
    [[nodiscard]] QVariantList loanMaps(const QList<KeyLoan> &loans) const;
    bool print(const Receipt &receipt, const QString &title);
    void setFieldProblems(const QVariantMap &problems);
    void say(const QString &message, bool problem);

    TerminalApp &m_app;
    TenantCard &m_card;
    QString m_section = QStringLiteral("cabinet");
    QString m_search;
    QVariantList m_keys;
    QVariantList m_outLoans;
    QVariantList m_overdueLoans;
    QVariantList m_conflicts;
    QVariantList m_history;
    QVariantMap m_counts;
    QString m_selectedKeyId;
    QVariantMap m_selectedKey;
    QVariantList m_selectedHistory;
    QVariantMap m_borrower;
    QVariantMap m_depositOwner;
    QVariantList m_staff;
    QVariantList m_contractors;
    QString m_scannedTag;
    QVariantMap m_fieldProblems;
    QString m_message;
    bool m_problem = false;
};

} // namespace lobbydesk
