#pragma once

#include "core/event.h"
#include "core/terminalconfig.h"
#include "services/keyrequest.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QUuid>
#include <functional>
#include <memory>
#include <optional>

namespace lobbydesk {

class EventLog;
class DirectorySearch;

// The key handover service (product.md, "Key handover"; docs/keys.md): the cabinet's keys,
// an owner's spare deposited with the people it may be lent to, sign-out with the borrower's
// authorisation checked, return by tag, the overdue alert, the owner told when their key
// leaves, and two offline sign-outs of one key kept and flagged for a person to resolve.
// Every step is an event; the keys and key_loans tables are its projection.
class Keys
{
public:
    // Empty when `pin` is the staff member's PIN, else why not (in words).
    using SecondPinCheck = std::function<QString(const QString &staffId, const QString &pin)>;

    struct Options
    {
        std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
        KeyDueHours dueHours;
    };

    Keys(EventLog &events, SecondPinCheck secondPinProblem, Options options);
    Keys(EventLog &events, SecondPinCheck secondPinProblem);
    ~Keys();
    Q_DISABLE_COPY_MOVE(Keys)

    // A common-area, plant-room or master key put in the cabinet. Throws Error(Invalid)
    // listing the problems (problems() gives them by field).
    Key registerKey(const KeyRegistration &registration, const QString &actor);
    // An owner's spare, with the people (directory ids) they allow to borrow it.
    Key deposit(const KeyDeposit &deposit, const QString &actor);
    [[nodiscard]] QList<FieldProblem> problems(const KeyRegistration &registration) const;
    [[nodiscard]] QList<FieldProblem> problems(const KeyDeposit &deposit) const;

    // Everything that stops this sign-out, by field (key, borrower, reason, work_reason,
    // due_at, second_staff, second_pin); empty when it may go ahead.
    [[nodiscard]] QList<FieldProblem> problems(
        const KeySignOut &signOut, const QString &actor) const;
    // Records key.signed_out (and key.owner_notified for an owner's spare). Throws
    // Error(Invalid) with every problem in words; nothing is recorded then.
    KeyLoan signOut(const KeySignOut &signOut, const QString &actor, const QUuid &id = {});
    // The due time a key type gets when the desk does not choose one.
    [[nodiscard]] QDateTime defaultDue(KeyType type) const;

    // The key whose tag was scanned or typed (barcode or tag number) goes back in the cabinet;
    // condition good or damaged (a damaged key needs a note). Throws Error(Invalid) when the
    // tag is unknown or the key is in.
    KeyReturn returnKey(const QString &tagOrBarcode, const QString &condition, const QString &note,
        const QString &actor);

    // A person decides which of two conflicting sign-outs stands; the others are void.
    void resolveConflict(const QString &keyId, const QString &standingLoanId, const QString &actor);

    // Records key.overdue once for each loan signed out here that passed its due time.
    // Returns how many were recorded.
    int recordOverdue(const QString &actor = {});

    [[nodiscard]] std::optional<Key> find(const QString &keyId) const;
    [[nodiscard]] std::optional<Key> findByTag(const QString &tagOrBarcode) const;
    [[nodiscard]] QList<Key> list(const QString &search = {}) const;
    [[nodiscard]] std::optional<KeyLoan> loan(const QString &loanId) const;
    [[nodiscard]] QList<KeyLoan> openLoans() const; // newest first, conflicts included
    [[nodiscard]] QList<KeyLoan> overdueLoans() const; // open and past due, oldest due first
    [[nodiscard]] QList<KeyLoan> conflicts() const; // flagged and not resolved, by key
    [[nodiscard]] QList<KeyLoan> historyOfKey(const QString &keyId) const;
    [[nodiscard]] QList<KeyLoan> historyOfBorrower(const QString &kind, const QString &id) const;
    [[nodiscard]] QList<KeyLoan> recentLoans(int limit = 200) const;
    // The open loans of a borrower: a visitor or contractor still holding a key.
    [[nodiscard]] QList<KeyLoan> heldBy(const QString &kind, const QString &id) const;
    // The spares a person deposited as the owner, by tag.
    [[nodiscard]] QList<Key> ownedBy(const QString &personId) const;

    // Whom the desk may pick as a borrower besides a tenant: active staff, and contractors
    // checked in and on site.
    [[nodiscard]] QList<KeyPerson> activeStaff() const;
    [[nodiscard]] QList<KeyPerson> contractorsOnSite() const;

    [[nodiscard]] QDateTime now() const { return m_options.now(); }

private:
    [[nodiscard]] QList<KeyLoan> selectLoans(const QString &where, const QVariantList &values,
        const QString &order = QStringLiteral("l.out_at DESC"), int limit = 500) const;
    [[nodiscard]] QList<Key> selectKeys(
        const QString &where, const QVariantList &values, int limit = 20000) const;
    [[nodiscard]] QList<FieldProblem> tagProblems(const QString &tag, const QString &barcode,
        const QString &label, const QString &unit) const;
    // The borrower's name, or a problem for the field "borrower".
    [[nodiscard]] QString borrowerName(const KeySignOut &signOut, QList<FieldProblem> &found) const;
    [[nodiscard]] bool isStaff(const QString &staffId) const;

    EventLog &m_events;
    SecondPinCheck m_secondPinProblem;
    Options m_options;
    std::unique_ptr<DirectorySearch> m_directory;
};

// Applies key.* events; conflicts are raised here, for events recorded here and pulled alike.
[[nodiscard]] bool isKeyEvent(const QString &type);
void applyKeyEvent(const Event &event, QSqlDatabase &db);

} // namespace lobbydesk
