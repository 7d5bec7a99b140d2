#include "services/staffpins.h"

#include "core/error.h"
#include "core/logging.h"
#include "core/pin.h"
#include "directory/directorysearch.h"
#include "store/eventlog.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace lobbydesk {
namespace {

// The messages' translation context, declared so that lupdate files them under it too.
struct StaffPinText
{
    Q_DECLARE_TR_FUNCTIONS(StaffPinText)
};

// Where a staff member's wrong PINs are counted, and their lock-out's event.
PinLockout::Holders staffHolders()
{
    return { QStringLiteral("staff_pin_failures"), QStringLiteral("staff"),
        QStringLiteral("staff.signin.locked"), QStringLiteral("staff") };
}

QString hhmm(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("HH:mm"));
}

QString lockedText(const QDateTime &until)
{
    return StaffPinText::tr("Too many wrong PINs: signing in with this card is locked until %1. "
                            "A supervisor can set a new PIN at the hub.")
        .arg(hhmm(until));
}

} // namespace

QString staffActor(const QString &staffId, const QString &name)
{
    return name.isEmpty() ? staffId : QStringLiteral("%1 (%2)").arg(name, staffId);
}

StaffPins::StaffPins(EventLog &events, Options options)
    : m_events(events)
    , m_lockout(events, staffHolders(), std::move(options))
    , m_directory(std::make_unique<DirectorySearch>(events.database().sql()))
{ }

StaffPins::StaffPins(EventLog &events)
    : StaffPins(events, Options {})
{ }

StaffPins::~StaffPins() = default;

QString StaffPins::pinProblem(const QString &staffId, const QString &pin)
{
    const auto staff = m_directory->staff(staffId);
    if (!staff || !staff->active)
        return StaffPinText::tr("%1 is not an active staff member in this terminal's directory.")
            .arg(staffId);
    QSqlQuery query(m_events.database().sql());
    query.prepare(QStringLiteral("SELECT pin_hash FROM staff_pins WHERE staff = ?"));
    query.addBindValue(staffId);
    execOrThrow(query, QStringLiteral("reading a staff PIN"), m_events.database().path());
    if (!query.next())
        return StaffPinText::tr("No PIN is set for %1 yet: a supervisor sets one at the hub "
                                "(lobbydesk-ctl hub staff-pin).")
            .arg(staff->name);
    const QString hash = query.value(0).toString();
    query.finish();

    if (const auto until = lockedUntil(staffId))
        return lockedText(*until);
    if (pin.isEmpty())
        return StaffPinText::tr("Enter your PIN.");
    const PinLockout::Verdict verdict = m_lockout.check(staffId, hash, pin);
    switch (verdict.is) {
    case PinLockout::Verdict::Is::Right:
        return {};
    case PinLockout::Verdict::Is::Locked:
        return lockedText(verdict.lockedUntil);
    case PinLockout::Verdict::Is::Wrong:
        break;
    }
    return StaffPinText::tr("Wrong PIN. Attempts left before signing in is locked: %1.")
        .arg(verdict.attemptsLeft);
}

bool StaffPins::signInSetUp() const
{
    QSqlQuery query = runSql(m_events.database().sql(),
        QStringLiteral("SELECT 1 FROM staff_pins AS p JOIN directory_staff AS s"
                       " ON s.staff = p.staff WHERE s.active LIMIT 1"),
        QStringLiteral("looking for staff PINs"));
    return query.next();
}

bool StaffPins::hasPin(const QString &staffId) const
{
    QSqlQuery query(m_events.database().sql());
    query.prepare(QStringLiteral("SELECT 1 FROM staff_pins WHERE staff = ?"));
    query.addBindValue(staffId);
    execOrThrow(query, QStringLiteral("reading a staff PIN"), m_events.database().path());
    return query.next();
}

std::optional<QDateTime> StaffPins::lockedUntil(const QString &staffId) const
{
    return m_lockout.lockedUntil(staffId);
}

int StaffPins::wrongPinsInARow(const QString &staffId) const
{
    return m_lockout.wrongPinsInARow(staffId);
}

void StaffPins::recordSignedIn(const DirectoryStaff &staff)
{
    m_events.record({ QStringLiteral("staff.signed_in"),
        QJsonObject { { QStringLiteral("staff"), staff.id }, { QStringLiteral("name"), staff.name },
            { QStringLiteral("role"), staff.role } },
        staffActor(staff.id, staff.name), QUuid(), options().now() });
}

void StaffPins::recordSignedOut(const DirectoryStaff &staff, const QString &how)
{
    m_events.record({ QStringLiteral("staff.signed_out"),
        QJsonObject { { QStringLiteral("staff"), staff.id }, { QStringLiteral("how"), how } },
        staffActor(staff.id, staff.name), QUuid(), options().now() });
}

// --- projection -------------------------------------------------------------------------

bool isStaffPinEvent(const QString &type)
{
    return type == QStringLiteral("directory.staff.pin_set")
        || type == QStringLiteral("directory.staff.pin_cleared");
}

void applyStaffPinEvent(const Event &event, QSqlDatabase &db)
{
    const QJsonObject payload = event.payloadObject();
    const QString staff = payload.value(QStringLiteral("staff")).toString();
    if (staff.isEmpty())
        throw Error(Error::Kind::Invalid,
            QStringLiteral("%1 event %2 names no staff member")
                .arg(event.type, uuidText(event.id)));
    if (event.type == QStringLiteral("directory.staff.pin_set")) {
        const QString hash = payload.value(QStringLiteral("pin_hash")).toString();
        if (!isPinHash(hash))
            throw Error(Error::Kind::Invalid,
                QStringLiteral("%1 event %2 carries no Argon2id hash")
                    .arg(event.type, uuidText(event.id)));
        runSql(db,
            QStringLiteral("INSERT INTO staff_pins (staff, pin_hash, set_at) VALUES (?, ?, ?)"
                           " ON CONFLICT (staff) DO UPDATE SET pin_hash = excluded.pin_hash,"
                           " set_at = excluded.set_at"),
            { staff, hash, isoUtc(event.occurredAt) }, QStringLiteral("storing a staff PIN"));
    } else {
        runSql(db, QStringLiteral("DELETE FROM staff_pins WHERE staff = ?"), { staff },
            QStringLiteral("clearing a staff PIN"));
    }
    // A supervisor who sets (or clears) a PIN also ends a lock-out.
    PinLockout::end(staffHolders(), staff, db);
}

} // namespace lobbydesk
