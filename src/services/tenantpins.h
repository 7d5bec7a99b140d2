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

// Tenants' card PINs on a terminal (docs/ic-cards.md): a tenant who has tapped their card sets
// one at the kiosk; without the card, the PIN is how the kiosk knows it is them when they
// report the card lost. Hashed and verified like staff PINs (core/pin.h), offline, with the
// same lock-out after wrong PINs in a row (PinLockout).
class TenantPins
{
public:
    using Options = PinLockout::Options;

    // The outcome of a PIN typed for a person, with the reason in the current language.
    struct Check
    {
        enum class Is { Right, Wrong, Locked, NoPin };
        Is is = Is::NoPin;
        QString problem; // empty when Right
        QDateTime lockedUntil; // Locked
    };

    TenantPins(EventLog &events, Options options);
    explicit TenantPins(EventLog &events);
    ~TenantPins();
    Q_DISABLE_COPY_MOVE(TenantPins)

    // Why `pin` cannot be a tenant's card PIN (4 to 6 digits, not guessable); empty when it can.
    [[nodiscard]] static QString choiceProblem(const QString &pin);
    // Records tenant.pin.set with the PIN's hash (never the PIN) for an active tenant of the
    // directory, who typed it twice. Throws Error(Invalid) with the reason (a PIN refused, the
    // two entries differ) and records nothing. A new PIN ends a lock-out.
    void setPin(
        const QString &personId, const QString &pin, const QString &repeated, const QString &actor);

    [[nodiscard]] bool hasPin(const QString &personId) const;
    // `pin` against the person's PIN. A wrong one counts towards the lock-out; the last one
    // allowed records tenant.pin.locked; while locked even the right PIN is refused.
    Check check(const QString &personId, const QString &pin);
    [[nodiscard]] std::optional<QDateTime> lockedUntil(const QString &personId) const;
    [[nodiscard]] int wrongPinsInARow(const QString &personId) const;

    [[nodiscard]] const Options &options() const { return m_lockout.options(); }

private:
    [[nodiscard]] std::optional<QString> hashOf(const QString &personId) const;

    EventLog &m_events;
    PinLockout m_lockout;
    std::unique_ptr<DirectorySearch> m_directory;
};

// tenant.pin.set (a kiosk), directory.person.pin_set / .pin_cleared (the hub): the latest of
// them in tenant_pins, whatever order they arrive in; a newer setting ends a lock-out.
[[nodiscard]] bool isTenantPinEvent(const QString &type);
void applyTenantPinEvent(const Event &event, QSqlDatabase &db);

} // namespace lobbydesk
