#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <chrono>
#include <functional>
#include <optional>

namespace lobbydesk {

class EventLog;

// Wrong PINs in a row of one holder at this terminal and the lock-out they lead to, for staff
// sign-in (docs/staff.md) and tenants' card PINs (docs/ic-cards.md) alike. The count is kept in
// the store, so a restart does not end a lock-out; the lock-out itself is recorded as an event
// for the site to see, but locks nothing at other terminals.
class PinLockout
{
public:
    struct Options
    {
        std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
        int maxWrongPins = 5; // in a row, then locked
        std::chrono::minutes lockout { 5 };
    };

    // Where one kind of holder's count is kept and how its lock-out is recorded: the table
    // (holder TEXT PRIMARY KEY, failures, locked_until) and its holder column, the event type
    // and the payload member naming the holder.
    struct Holders
    {
        QString table;
        QString column;
        QString lockedEvent;
        QString payloadKey;
    };

    struct Verdict
    {
        enum class Is { Right, Wrong, Locked };
        Is is = Is::Wrong;
        int attemptsLeft = 0; // Wrong: tries before the lock-out
        QDateTime lockedUntil; // Locked
    };

    PinLockout(EventLog &events, Holders holders, Options options);

    // `pin` against the holder's stored `hash`. While locked even the right PIN is refused. A
    // right PIN clears the count; a wrong one counts, and the last one allowed locks (and
    // records the lock-out event).
    Verdict check(const QString &holder, const QString &hash, const QString &pin);

    // When the holder's lock-out at this terminal ends, if they are locked now.
    [[nodiscard]] std::optional<QDateTime> lockedUntil(const QString &holder) const;
    [[nodiscard]] int wrongPinsInARow(const QString &holder) const;

    // A new PIN ends a lock-out (inside the projection of the event that sets it).
    static void end(const Holders &holders, const QString &holder, QSqlDatabase &db);

    [[nodiscard]] const Options &options() const { return m_options; }

private:
    void count(const QString &holder, int failures, bool lock, const QDateTime &until);
    [[nodiscard]] QVariant column(const QString &holder, const QString &name) const;

    EventLog &m_events;
    Holders m_holders;
    Options m_options;
};

} // namespace lobbydesk
