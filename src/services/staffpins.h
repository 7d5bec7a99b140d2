#pragma once

#include "core/event.h"
#include "services/pinlockout.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace lobbydesk {

class EventLog;
class DirectorySearch;
struct DirectoryStaff;

// What an event records as the actor of a signed-in staff member: "王芳 (S-002)", the name
// for people reading a list, the directory id to tell two of the same name apart.
[[nodiscard]] QString staffActor(const QString &staffId, const QString &name);

// Staff PINs on a terminal (docs/staff.md): verified offline against the Argon2id hashes the
// hub sent down, with a lock-out after wrong PINs in a row that survives a restart.
class StaffPins
{
public:
    using Options = PinLockout::Options;

    StaffPins(EventLog &events, Options options);
    explicit StaffPins(EventLog &events);
    ~StaffPins();
    Q_DISABLE_COPY_MOVE(StaffPins)

    // Empty when `pin` is this staff member's PIN; otherwise why not, in the current language:
    // no PIN set, wrong PIN (attempts left), locked until hh:mm, not an active staff member.
    // A wrong PIN counts towards the lock-out; the last one allowed records
    // staff.signin.locked. A right PIN clears the count. Also the check of a master key's
    // second PIN (key handover).
    [[nodiscard]] QString pinProblem(const QString &staffId, const QString &pin);

    // Whether any active staff member has a PIN here: then desk and guard terminals require
    // sign-in (before, they work open).
    [[nodiscard]] bool signInSetUp() const;
    [[nodiscard]] bool hasPin(const QString &staffId) const;
    // When the lock-out of this staff member at this terminal ends, if they are locked now.
    [[nodiscard]] std::optional<QDateTime> lockedUntil(const QString &staffId) const;
    [[nodiscard]] int wrongPinsInARow(const QString &staffId) const;

    // staff.signed_in / staff.signed_out, with the staff member as the actor. `how` of a
    // sign-out: "button" or "idle".
    void recordSignedIn(const DirectoryStaff &staff);
    void recordSignedOut(const DirectoryStaff &staff, const QString &how);

    [[nodiscard]] const Options &options() const { return m_lockout.options(); }

private:
    EventLog &m_events;
    PinLockout m_lockout;
    std::unique_ptr<DirectorySearch> m_directory;
};

// directory.staff.pin_set / .pin_cleared, from the hub: the hashes in staff_pins (a new PIN
// also ends a lock-out of that staff member).
[[nodiscard]] bool isStaffPinEvent(const QString &type);
void applyStaffPinEvent(const Event &event, QSqlDatabase &db);

} // namespace lobbydesk
