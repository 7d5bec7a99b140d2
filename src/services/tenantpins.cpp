#include "services/tenantpins.h"

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
struct TenantPinText
{
    Q_DECLARE_TR_FUNCTIONS(TenantPinText)
};

const QString kSetAtKiosk = QStringLiteral("tenant.pin.set");
const QString kSetAtHub = QStringLiteral("directory.person.pin_set");
const QString kClearedAtHub = QStringLiteral("directory.person.pin_cleared");

// Where a tenant's wrong PINs are counted, and their lock-out's event.
PinLockout::Holders tenantHolders()
{
    return { QStringLiteral("tenant_pin_failures"), QStringLiteral("person"),
        QStringLiteral("tenant.pin.locked"), QStringLiteral("person") };
}

QString lockedText(const QDateTime &until)
{
    return TenantPinText::tr("Too many wrong PINs: your PIN is locked until %1. Please go to the "
                             "front desk with your ID.")
        .arg(until.toLocalTime().toString(QStringLiteral("HH:mm")));
}

} // namespace

TenantPins::TenantPins(EventLog &events, Options options)
    : m_events(events)
    , m_lockout(events, tenantHolders(), std::move(options))
    , m_directory(std::make_unique<DirectorySearch>(events.database().sql()))
{ }

TenantPins::TenantPins(EventLog &events)
    : TenantPins(events, Options {})
{ }

TenantPins::~TenantPins() = default;

QString TenantPins::choiceProblem(const QString &pin)
{
    return pinRuleProblem(pin, kTenantPinRules);
}

void TenantPins::setPin(
    const QString &personId, const QString &pin, const QString &repeated, const QString &actor)
{
    const auto person = m_directory->person(personId);
    if (!person || !person->active)
        throw Error(Error::Kind::Invalid,
            TenantPinText::tr("This person is not in the building directory."));
    if (const QString problem = choiceProblem(pin); !problem.isEmpty())
        throw Error(Error::Kind::Invalid, problem);
    if (repeated != pin)
        throw Error(Error::Kind::Invalid,
            TenantPinText::tr("The two PINs are not the same. Please choose your PIN again."));
    const QString hash = hashPin(pin, kTenantPinRules);
    m_events.record({ kSetAtKiosk,
                        QJsonObject { { QStringLiteral("person"), personId },
                            { QStringLiteral("pin_hash"), hash } },
                        actor, QUuid(), options().now() },
        applyTenantPinEvent);
    qCInfo(lcApp) << "card PIN set for" << personId;
}

std::optional<QString> TenantPins::hashOf(const QString &personId) const
{
    QSqlQuery query(m_events.database().sql());
    query.prepare(QStringLiteral(
        "SELECT pin_hash FROM tenant_pins WHERE person = ? AND pin_hash IS NOT NULL"));
    query.addBindValue(personId);
    execOrThrow(query, QStringLiteral("reading a tenant's PIN"), m_events.database().path());
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

bool TenantPins::hasPin(const QString &personId) const
{
    return hashOf(personId).has_value();
}

TenantPins::Check TenantPins::check(const QString &personId, const QString &pin)
{
    const auto hash = hashOf(personId);
    if (!hash)
        return { Check::Is::NoPin,
            TenantPinText::tr("No card PIN is set for you: the front desk confirms who you are."),
            {} };
    if (const auto until = lockedUntil(personId))
        return { Check::Is::Locked, lockedText(*until), *until };
    if (pin.isEmpty())
        return { Check::Is::Wrong, TenantPinText::tr("Enter your card PIN."), {} };
    const PinLockout::Verdict verdict = m_lockout.check(personId, *hash, pin);
    switch (verdict.is) {
    case PinLockout::Verdict::Is::Right:
        return { Check::Is::Right, {}, {} };
    case PinLockout::Verdict::Is::Locked:
        return { Check::Is::Locked, lockedText(verdict.lockedUntil), verdict.lockedUntil };
    case PinLockout::Verdict::Is::Wrong:
        break;
    }
    return { Check::Is::Wrong,
        TenantPinText::tr("Wrong PIN. Attempts left before your PIN is locked: %1.")
            .arg(verdict.attemptsLeft),
        {} };
}

std::optional<QDateTime> TenantPins::lockedUntil(const QString &personId) const
{
    return m_lockout.lockedUntil(personId);
}

int TenantPins::wrongPinsInARow(const QString &personId) const
{
    return m_lockout.wrongPinsInARow(personId);
}

// --- projection -------------------------------------------------------------------------

bool isTenantPinEvent(const QString &type)
{
    return type == kSetAtKiosk || type == kSetAtHub || type == kClearedAtHub;
}

void applyTenantPinEvent(const Event &event, QSqlDatabase &db)
{
    const QJsonObject payload = event.payloadObject();
    const QString person = payload.value(QStringLiteral("person")).toString();
    if (person.isEmpty())
        throw Error(Error::Kind::Invalid,
            QStringLiteral("%1 event %2 names no person").arg(event.type, uuidText(event.id)));
    QVariant hash; // null: cleared
    if (event.type != kClearedAtHub) {
        hash = payload.value(QStringLiteral("pin_hash")).toString();
        if (!isPinHash(hash.toString()))
            throw Error(Error::Kind::Invalid,
                QStringLiteral("%1 event %2 carries no Argon2id hash")
                    .arg(event.type, uuidText(event.id)));
    }
    // A kiosk and the hub may both set a PIN while apart: the later setting wins on every
    // terminal, whichever arrives first (the event id breaks a tie of times).
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO tenant_pins (person, pin_hash, set_at, event_id) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (person) DO UPDATE SET pin_hash = excluded.pin_hash,"
        " set_at = excluded.set_at, event_id = excluded.event_id"
        " WHERE (excluded.set_at, excluded.event_id) > (tenant_pins.set_at, "
        "tenant_pins.event_id)"));
    upsert.addBindValue(person);
    upsert.addBindValue(hash);
    upsert.addBindValue(isoUtc(event.occurredAt));
    upsert.addBindValue(uuidText(event.id));
    execOrThrow(upsert, QStringLiteral("storing a tenant's PIN"), db.databaseName());
    // A new PIN (or none) also ends a lock-out, as for staff.
    if (upsert.numRowsAffected() > 0)
        PinLockout::end(tenantHolders(), person, db);
}

} // namespace lobbydesk
