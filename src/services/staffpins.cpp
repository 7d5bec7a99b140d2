#include "services/staffpins.h"

#include "core/error.h"
#include "core/logging.h"
#include "core/staffpin.h"
#include "directory/directorysearch.h"
#include "store/eventlog.h"
#include "store/sqlerror.h"
#include "store/writetransaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace lobbydesk {
namespace {

// The messages' translation context, declared so that lupdate files them under it too.
struct StaffPinText
{
    Q_DECLARE_TR_FUNCTIONS(StaffPinText)
};

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
    , m_options(std::move(options))
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

    const QDateTime now = m_options.now();
    if (const auto until = lockedUntil(staffId))
        return lockedText(*until);
    if (pin.isEmpty())
        return StaffPinText::tr("Enter your PIN.");
    if (staffPinMatches(hash, pin)) {
        if (wrongPinsInARow(staffId) > 0)
            countWrongPin(staffId, 0, false, {});
        return {};
    }
    const int failures = wrongPinsInARow(staffId) + 1;
    qCInfo(lcApp) << "wrong PIN for staff" << staffId << "(" << failures << "in a row)";
    if (failures >= m_options.maxWrongPins) {
        const QDateTime until = now.addSecs(
            std::chrono::duration_cast<std::chrono::seconds>(m_options.lockout).count());
        countWrongPin(staffId, failures, true, until);
        return lockedText(until);
    }
    countWrongPin(staffId, failures, false, {});
    const int left = m_options.maxWrongPins - failures;
    return StaffPinText::tr("Wrong PIN. Attempts left before signing in is locked: %1.").arg(left);
}

void StaffPins::countWrongPin(
    const QString &staffId, int failures, bool lock, const QDateTime &until)
{
    // A lock-out is a fact the desk and the hub see (an event, with the count reset in the
    // same transaction); the count before it is this terminal's own business.
    const auto write = [staffId, failures, lock, until](QSqlDatabase &db) {
        runSql(db,
            QStringLiteral("INSERT INTO staff_pin_failures (staff, failures, locked_until)"
                           " VALUES (?, ?, ?) ON CONFLICT (staff) DO UPDATE SET"
                           " failures = excluded.failures, locked_until = excluded.locked_until"),
            { staffId, lock ? 0 : failures, lock ? QVariant(isoUtc(until)) : QVariant() },
            QStringLiteral("counting a wrong PIN"));
    };
    if (lock) {
        m_events.record({ QStringLiteral("staff.signin.locked"),
                            QJsonObject { { QStringLiteral("staff"), staffId },
                                { QStringLiteral("until"), isoUtc(until) },
                                { QStringLiteral("wrong_pins"), failures } },
                            QString(), QUuid(), m_options.now() },
            [&write](const Event &, QSqlDatabase &db) { write(db); });
        qCWarning(lcApp) << "staff" << staffId << "locked out until" << isoUtc(until);
        return;
    }
    WriteTransaction transaction(m_events.database());
    write(m_events.database().sql());
    transaction.commit();
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
    QSqlQuery query(m_events.database().sql());
    query.prepare(QStringLiteral("SELECT locked_until FROM staff_pin_failures WHERE staff = ?"));
    query.addBindValue(staffId);
    execOrThrow(query, QStringLiteral("reading a lock-out"), m_events.database().path());
    if (!query.next() || query.value(0).isNull())
        return std::nullopt;
    const QDateTime until = parseIsoUtc(query.value(0).toString());
    if (!until.isValid() || until <= m_options.now())
        return std::nullopt;
    return until;
}

int StaffPins::wrongPinsInARow(const QString &staffId) const
{
    QSqlQuery query(m_events.database().sql());
    query.prepare(QStringLiteral("SELECT failures FROM staff_pin_failures WHERE staff = ?"));
    query.addBindValue(staffId);
    execOrThrow(query, QStringLiteral("reading wrong PINs"), m_events.database().path());
    return query.next() ? query.value(0).toInt() : 0;
}

void StaffPins::recordSignedIn(const DirectoryStaff &staff)
{
    m_events.record({ QStringLiteral("staff.signed_in"),
        QJsonObject { { QStringLiteral("staff"), staff.id }, { QStringLiteral("name"), staff.name },
            { QStringLiteral("role"), staff.role } },
        staffActor(staff.id, staff.name), QUuid(), m_options.now() });
}

void StaffPins::recordSignedOut(const DirectoryStaff &staff, const QString &how)
{
    m_events.record({ QStringLiteral("staff.signed_out"),
        QJsonObject { { QStringLiteral("staff"), staff.id }, { QStringLiteral("how"), how } },
        staffActor(staff.id, staff.name), QUuid(), m_options.now() });
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
        if (!hash.startsWith(QStringLiteral("$argon2id$")))
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
    runSql(db, QStringLiteral("DELETE FROM staff_pin_failures WHERE staff = ?"), { staff },
        QStringLiteral("ending a lock-out"));
}

} // namespace lobbydesk
