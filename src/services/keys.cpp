#include "services/keys.h"

#include "core/error.h"
#include "core/language.h"
#include "directory/directorysearch.h"
#include "services/projections.h"
#include "store/eventlog.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lobbydesk {
namespace {

// The messages' translation context, declared so that lupdate files them under it too.
struct KeyText
{
    Q_DECLARE_TR_FUNCTIONS(KeyText)
};

QString when(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Tags are typed and scanned: compared without spaces and in capitals.
QString normalizedTag(const QString &typed)
{
    QString tag = typed.simplified().toUpper();
    tag.remove(QLatin1Char(' '));
    return tag;
}

[[noreturn]] void refuse(const QList<FieldProblem> &problems)
{
    QStringList messages;
    for (const FieldProblem &problem : problems)
        messages.append(problem.message);
    throw Error(Error::Kind::Invalid, messages.join(QLatin1Char(' ')));
}

QSqlQuery prepared(
    QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    execOrThrow(query, what, db.databaseName());
    return query;
}

void tooLong(QList<FieldProblem> &found, const QString &field, const QString &value)
{
    if (value.simplified().size() > kMaxKeyText)
        found.append({ field, KeyText::tr("At most %1 characters.").arg(kMaxKeyText) });
}

} // namespace

Keys::Keys(EventLog &events, SecondPinCheck secondPinProblem, Options options)
    : m_events(events)
    , m_secondPinProblem(std::move(secondPinProblem))
    , m_options(std::move(options))
    , m_directory(std::make_unique<DirectorySearch>(events.database().sql()))
{ }

Keys::Keys(EventLog &events, SecondPinCheck secondPinProblem)
    : Keys(events, std::move(secondPinProblem), Options {})
{ }

Keys::~Keys() = default;

// --- the cabinet ------------------------------------------------------------------------

QList<FieldProblem> Keys::tagProblems(
    const QString &tag, const QString &barcode, const QString &label, const QString &unit) const
{
    QList<FieldProblem> found;
    const QString normalized = normalizedTag(tag);
    if (normalized.isEmpty())
        found.append({ QStringLiteral("tag"), KeyText::tr("Type the number on the key's tag.") });
    else if (normalized.size() > 20)
        found.append(
            { QStringLiteral("tag"), KeyText::tr("A tag number is at most 20 characters.") });
    else if (!unit.isEmpty() && normalized.contains(normalizedTag(unit)))
        found.append({ QStringLiteral("tag"),
            KeyText::tr("A key tag never carries the unit number: use the tag's own number.") });
    else if (findByTag(normalized))
        found.append({ QStringLiteral("tag"),
            KeyText::tr("Tag %1 is already on another key in the cabinet.").arg(normalized) });
    const QString code = normalizedTag(barcode);
    if (!code.isEmpty() && code != normalized && findByTag(code))
        found.append({ QStringLiteral("barcode"),
            KeyText::tr("This barcode is already on another key's tag.") });
    if (label.simplified().isEmpty())
        found.append({ QStringLiteral("label"), KeyText::tr("Say what the key opens.") });
    tooLong(found, QStringLiteral("label"), label);
    return found;
}

QList<FieldProblem> Keys::problems(const KeyRegistration &registration) const
{
    QList<FieldProblem> found
        = tagProblems(registration.tag, registration.barcode, registration.label, {});
    if (registration.type == KeyType::UnitSpare)
        found.append({ QStringLiteral("type"),
            KeyText::tr("An owner's spare key is deposited by its owner: use Deposit.") });
    tooLong(found, QStringLiteral("slot"), registration.slot);
    return found;
}

Key Keys::registerKey(const KeyRegistration &registration, const QString &actor)
{
    if (const QList<FieldProblem> found = problems(registration); !found.isEmpty())
        refuse(found);
    const QString keyId = uuidText(newEventId());
    const QString tag = normalizedTag(registration.tag);
    const QString barcode = normalizedTag(registration.barcode);
    const QString type = QStringLiteral("key.registered");
    m_events.record({ type,
                        QJsonObject {
                            { QStringLiteral("key"), keyId },
                            { QStringLiteral("tag"), tag },
                            { QStringLiteral("barcode"), barcode.isEmpty() ? tag : barcode },
                            { QStringLiteral("type"), keyTypeKey(registration.type) },
                            { QStringLiteral("label"), registration.label.simplified() },
                            { QStringLiteral("slot"), registration.slot.simplified() },
                        },
                        actor, {}, now() },
        terminalProjection(type));
    return *find(keyId);
}

QList<FieldProblem> Keys::problems(const KeyDeposit &deposit) const
{
    QList<FieldProblem> found;
    const auto owner = m_directory->person(deposit.ownerId);
    if (!owner || !owner->active)
        found.append({ QStringLiteral("owner"),
            KeyText::tr("Choose the owner from the building directory.") });
    else if (!owner->units.contains(deposit.unit))
        found.append({ QStringLiteral("owner"),
            KeyText::tr("%1 is not recorded for unit %2 in the directory.")
                .arg(owner->name, deposit.unit.isEmpty() ? QStringLiteral("—") : deposit.unit) });
    found.append(tagProblems(deposit.tag, deposit.barcode, deposit.label, deposit.unit));
    for (const QString &id : deposit.authorisedIds) {
        const auto person = m_directory->person(id);
        if (!person || !person->active)
            found.append({ QStringLiteral("authorised"),
                KeyText::tr("Everyone on the owner's list must be in the building directory.") });
    }
    tooLong(found, QStringLiteral("slot"), deposit.slot);
    return found;
}

Key Keys::deposit(const KeyDeposit &deposit, const QString &actor)
{
    if (const QList<FieldProblem> found = problems(deposit); !found.isEmpty())
        refuse(found);
    const auto owner = m_directory->person(deposit.ownerId);
    QJsonArray authorised;
    QStringList seen { deposit.ownerId }; // the owner may always borrow: not listed twice
    for (const QString &id : deposit.authorisedIds) {
        if (seen.contains(id))
            continue;
        seen.append(id);
        authorised.append(QJsonObject {
            { QStringLiteral("id"), id },
            { QStringLiteral("name"), m_directory->person(id)->name },
        });
    }
    const QString keyId = uuidText(newEventId());
    const QString tag = normalizedTag(deposit.tag);
    const QString barcode = normalizedTag(deposit.barcode);
    const QString type = QStringLiteral("key.deposited");
    m_events.record({ type,
                        QJsonObject {
                            { QStringLiteral("key"), keyId },
                            { QStringLiteral("tag"), tag },
                            { QStringLiteral("barcode"), barcode.isEmpty() ? tag : barcode },
                            { QStringLiteral("label"), deposit.label.simplified() },
                            { QStringLiteral("slot"), deposit.slot.simplified() },
                            { QStringLiteral("unit"), deposit.unit },
                            { QStringLiteral("owner"), deposit.ownerId },
                            { QStringLiteral("owner_name"), owner->name },
                            { QStringLiteral("language"), languageOrEnglish(deposit.language) },
                            { QStringLiteral("authorised"), authorised },
                        },
                        actor, {}, now() },
        terminalProjection(type));
    return *find(keyId);
}

// --- sign-out ---------------------------------------------------------------------------

QDateTime Keys::defaultDue(KeyType type) const
{
    const KeyDueHours &hours = m_options.dueHours;
    switch (type) {
    case KeyType::UnitSpare:
        return now().addSecs(qint64(hours.unitSpare) * 3600);
    case KeyType::Common:
        return now().addSecs(qint64(hours.common) * 3600);
    case KeyType::PlantRoom:
        return now().addSecs(qint64(hours.plantRoom) * 3600);
    case KeyType::Master:
        return now().addSecs(qint64(hours.master) * 3600);
    }
    Q_UNREACHABLE();
}

bool Keys::isStaff(const QString &staffId) const
{
    const auto staff = m_directory->staff(staffId);
    return staff && staff->active;
}

QString Keys::borrowerName(const KeySignOut &signOut, QList<FieldProblem> &found) const
{
    const auto problem = [&found](const QString &message) {
        found.append({ QStringLiteral("borrower"), message });
        return QString();
    };
    if (signOut.borrowerId.isEmpty())
        return problem(
            KeyText::tr("Tap the borrower's card, or pick them after checking their ID."));
    if (signOut.borrowerKind == QStringLiteral("person")) {
        const auto person = m_directory->person(signOut.borrowerId);
        if (!person || !person->active)
            return problem(KeyText::tr("This person is not in the building directory."));
        return person->name;
    }
    if (signOut.borrowerKind == QStringLiteral("staff")) {
        const auto staff = m_directory->staff(signOut.borrowerId);
        if (!staff || !staff->active)
            return problem(KeyText::tr("This is not an active staff member."));
        return staff->name;
    }
    if (signOut.borrowerKind == QStringLiteral("visit")) {
        QSqlQuery visit = prepared(m_events.database().sql(),
            QStringLiteral("SELECT v.name, v.purpose, v.state, c.visit_id IS NOT NULL FROM visits v"
                           " LEFT JOIN visit_checkouts c ON c.visit_id = v.visit_id"
                           " WHERE v.visit_id = ?"),
            { signOut.borrowerId }, QStringLiteral("reading the borrower's visit"));
        if (!visit.next())
            return problem(KeyText::tr("There is no such visit at this terminal."));
        if (visit.value(2).toString() != QStringLiteral("on_site") || visit.value(3).toBool())
            return problem(KeyText::tr("%1 is not on site.").arg(visit.value(0).toString()));
        if (visit.value(1).toString() != QStringLiteral("contractor"))
            return problem(KeyText::tr("%1 is a visitor, not a contractor: visitors do not "
                                       "borrow keys.")
                               .arg(visit.value(0).toString()));
        return visit.value(0).toString();
    }
    return problem(KeyText::tr("Choose who borrows the key."));
}

QList<FieldProblem> Keys::problems(const KeySignOut &signOut, const QString &actor) const
{
    QList<FieldProblem> found;
    const auto key = find(signOut.keyId);
    if (!key) {
        found.append({ QStringLiteral("key"), KeyText::tr("Choose a key from the cabinet.") });
        return found;
    }
    if (key->out) {
        const QList<KeyLoan> loans
            = selectLoans(QStringLiteral("l.key_id = ? AND l.returned_at IS NULL"
                                         " AND coalesce(l.resolution, '') <> 'void'"),
                { key->id });
        found.append({ QStringLiteral("key"),
            loans.isEmpty()
                ? KeyText::tr("Key %1 is already out: it has to be returned first.").arg(key->tag)
                : KeyText::tr("Key %1 is already out to %2 since %3: it has to be returned first.")
                      .arg(key->tag, loans.first().borrowerName, when(loans.first().outAt)) });
    }

    const QString name = borrowerName(signOut, found);
    const QString kind = signOut.borrowerKind;
    if (!name.isEmpty()) {
        switch (key->type) {
        case KeyType::UnitSpare: {
            bool listed = kind == QStringLiteral("person") && signOut.borrowerId == key->ownerId;
            for (const KeyPerson &person : key->authorised)
                listed = listed
                    || (kind == QStringLiteral("person") && person.id == signOut.borrowerId);
            if (!listed)
                found.append({ QStringLiteral("borrower"),
                    KeyText::tr("%1 is not on the owner's list for this key: only the owner (%2) "
                                "and the people they listed may borrow it.")
                        .arg(name, key->ownerName) });
            break;
        }
        case KeyType::Common:
        case KeyType::PlantRoom:
            if (kind == QStringLiteral("person"))
                found.append({ QStringLiteral("borrower"),
                    KeyText::tr("%1 is not staff: this key is lent to staff, or to a contractor "
                                "checked in on site.")
                        .arg(name) });
            break;
        case KeyType::Master:
            if (kind != QStringLiteral("staff"))
                found.append({ QStringLiteral("borrower"),
                    KeyText::tr("A master key is lent to staff only.") });
            break;
        }
    }

    if (signOut.reason.simplified().isEmpty())
        found.append({ QStringLiteral("reason"), KeyText::tr("Say why the key is borrowed.") });
    tooLong(found, QStringLiteral("reason"), signOut.reason);
    const bool needsWork = key->type == KeyType::PlantRoom || kind == QStringLiteral("visit");
    if (needsWork && signOut.workReason.simplified().isEmpty())
        found.append({ QStringLiteral("work_reason"),
            key->type == KeyType::PlantRoom
                ? KeyText::tr("A plant-room key needs the work to be done (work order or task).")
                : KeyText::tr("A contractor needs the work to be done (work order or task).") });
    tooLong(found, QStringLiteral("work_reason"), signOut.workReason);

    const QDateTime due = signOut.dueAt.isValid() ? signOut.dueAt : defaultDue(key->type);
    if (due <= now())
        found.append({ QStringLiteral("due_at"),
            KeyText::tr("The due time %1 has already passed: choose a later time.")
                .arg(when(due)) });
    else if (due > now().addDays(kMaxKeyLoanDays))
        found.append({ QStringLiteral("due_at"),
            KeyText::tr("A key is lent for at most %1 days: choose a due time before %2.")
                .arg(kMaxKeyLoanDays)
                .arg(when(now().addDays(kMaxKeyLoanDays))) });

    if (key->type == KeyType::Master) {
        const QString second = signOut.secondStaffId.trimmed();
        if (second.isEmpty())
            found.append({ QStringLiteral("second_staff"),
                KeyText::tr(
                    "A master key needs a second staff member to confirm with their PIN.") });
        else if (!isStaff(second))
            found.append({ QStringLiteral("second_staff"),
                KeyText::tr("The second person must be an active staff member.") });
        else if (second == actor
            || (kind == QStringLiteral("staff") && second == signOut.borrowerId))
            found.append({ QStringLiteral("second_staff"),
                KeyText::tr("The second staff member must be someone other than the one lending "
                            "or borrowing the key.") });
        else if (signOut.secondPin.isEmpty())
            found.append({ QStringLiteral("second_pin"),
                KeyText::tr("The second staff member types their PIN.") });
        else if (const QString pin = m_secondPinProblem
                     ? m_secondPinProblem(second, signOut.secondPin)
                     : KeyText::tr("Staff PINs are not set up on this terminal.");
                 !pin.isEmpty())
            found.append({ QStringLiteral("second_pin"), pin });
    }
    return found;
}

KeyLoan Keys::signOut(const KeySignOut &request, const QString &actor, const QUuid &id)
{
    const QUuid loanId = id.isNull() ? newEventId() : id;
    if (const auto earlier = loan(uuidText(loanId)))
        return *earlier; // a retry of the same sign-out
    if (const QList<FieldProblem> found = problems(request, actor); !found.isEmpty())
        refuse(found);
    const Key key = *find(request.keyId);
    QList<FieldProblem> unused;
    const QString name = borrowerName(request, unused);
    const QDateTime due = request.dueAt.isValid() ? request.dueAt : defaultDue(key.type);
    const QString type = QStringLiteral("key.signed_out");
    m_events.record(
        { type,
            QJsonObject {
                { QStringLiteral("loan"), uuidText(loanId) },
                { QStringLiteral("key"), key.id },
                { QStringLiteral("tag"), key.tag },
                { QStringLiteral("borrower_kind"), request.borrowerKind },
                { QStringLiteral("borrower_id"), request.borrowerId },
                { QStringLiteral("borrower_name"), name },
                { QStringLiteral("language"), languageOrEnglish(request.language) },
                { QStringLiteral("reason"), request.reason.simplified() },
                { QStringLiteral("work_reason"), request.workReason.simplified() },
                { QStringLiteral("due_at"), isoUtc(due) },
                { QStringLiteral("second_staff"),
                    key.type == KeyType::Master ? request.secondStaffId.trimmed() : QString() },
            },
            actor, loanId, now() },
        terminalProjection(type));
    // The owner is told when their key leaves the cabinet; the hub's webhook delivers it to a
    // gateway (SMS, e-mail), so it carries what a message to the owner says, in their language.
    if (key.type == KeyType::UnitSpare) {
        const QString notified = QStringLiteral("key.owner_notified");
        m_events.record({ notified,
                            QJsonObject {
                                { QStringLiteral("loan"), uuidText(loanId) },
                                { QStringLiteral("key"), key.id },
                                { QStringLiteral("tag"), key.tag },
                                { QStringLiteral("label"), key.label },
                                { QStringLiteral("unit"), key.unit },
                                { QStringLiteral("owner"), key.ownerId },
                                { QStringLiteral("owner_name"), key.ownerName },
                                { QStringLiteral("language"), key.ownerLanguage },
                                { QStringLiteral("borrower_kind"), request.borrowerKind },
                                { QStringLiteral("borrower_name"), name },
                                { QStringLiteral("reason"), request.reason.simplified() },
                                { QStringLiteral("out_at"), isoUtc(now()) },
                                { QStringLiteral("due_at"), isoUtc(due) },
                            },
                            actor, {}, now() },
            terminalProjection(notified));
    }
    return *loan(uuidText(loanId));
}

// --- return, overdue, conflicts ---------------------------------------------------------

KeyReturn Keys::returnKey(const QString &tagOrBarcode, const QString &condition,
    const QString &note, const QString &actor)
{
    const auto key = findByTag(tagOrBarcode);
    if (!key)
        throw Error(Error::Kind::Invalid,
            KeyText::tr("No key in the cabinet has tag %1: check the number, or scan the tag.")
                .arg(normalizedTag(tagOrBarcode)));
    const QList<KeyLoan> open = selectLoans(
        QStringLiteral(
            "l.key_id = ? AND l.returned_at IS NULL AND coalesce(l.resolution, '') <> 'void'"),
        { key->id });
    if (open.isEmpty())
        throw Error(Error::Kind::Invalid,
            KeyText::tr("Key %1 is in the cabinet: it was not signed out, so there is nothing to "
                        "return.")
                .arg(key->tag));
    if (condition != QStringLiteral("good") && condition != QStringLiteral("damaged"))
        throw Error(Error::Kind::Invalid, KeyText::tr("Say what condition the key is in."));
    if (condition == QStringLiteral("damaged") && note.simplified().isEmpty())
        throw Error(Error::Kind::Invalid, KeyText::tr("Note what is damaged."));
    if (note.simplified().size() > kMaxKeyText)
        throw Error(Error::Kind::Invalid,
            KeyText::tr("The note is at most %1 characters.").arg(kMaxKeyText));
    QJsonArray loans;
    for (const KeyLoan &loan : open)
        loans.append(loan.id);
    const QString type = QStringLiteral("key.returned");
    m_events.record({ type,
                        QJsonObject {
                            { QStringLiteral("key"), key->id },
                            { QStringLiteral("loan"), open.first().id },
                            { QStringLiteral("loans"), loans },
                            { QStringLiteral("condition"), condition },
                            { QStringLiteral("note"), note.simplified() },
                        },
                        actor, {}, now() },
        terminalProjection(type));
    KeyReturn result;
    result.key = *find(key->id);
    for (const KeyLoan &loan : open) {
        result.closed.append(*this->loan(loan.id));
        result.late = result.late || loan.dueAt < now();
    }
    return result;
}

void Keys::resolveConflict(
    const QString &keyId, const QString &standingLoanId, const QString &actor)
{
    const QList<KeyLoan> flagged
        = selectLoans(QStringLiteral("l.key_id = ? AND l.conflict = 1"), { keyId });
    QJsonArray voided;
    bool standsFlagged = false;
    for (const KeyLoan &loan : flagged) {
        if (loan.id == standingLoanId)
            standsFlagged = true;
        else
            voided.append(loan.id);
    }
    if (!standsFlagged)
        throw Error(Error::Kind::Invalid,
            KeyText::tr("This key has no conflicting sign-out to resolve (another desk may have "
                        "resolved it)."));
    const QString type = QStringLiteral("key.conflict.resolved");
    m_events.record({ type,
                        QJsonObject {
                            { QStringLiteral("key"), keyId },
                            { QStringLiteral("stands"), standingLoanId },
                            { QStringLiteral("void"), voided },
                        },
                        actor, {}, now() },
        terminalProjection(type));
}

int Keys::recordOverdue(const QString &actor)
{
    // Each desk alerts for the loans it made, so a loan is alerted once, not once per desk.
    const QList<KeyLoan> due = selectLoans(
        QStringLiteral("l.returned_at IS NULL AND coalesce(l.resolution, '') <> 'void'"
                       " AND l.overdue_at IS NULL AND l.due_at < ? AND l.out_terminal = ?"),
        { isoUtc(now()), m_events.terminalId() }, QStringLiteral("l.due_at"), 100000);
    const QString type = QStringLiteral("key.overdue");
    for (const KeyLoan &loan : due)
        m_events.record({ type,
                            QJsonObject {
                                { QStringLiteral("loan"), loan.id },
                                { QStringLiteral("key"), loan.keyId },
                                { QStringLiteral("due_at"), isoUtc(loan.dueAt) },
                                { QStringLiteral("borrower_kind"), loan.borrowerKind },
                                { QStringLiteral("borrower_name"), loan.borrowerName },
                            },
                            actor, {}, now() },
            terminalProjection(type));
    return int(due.size());
}

// --- reading ----------------------------------------------------------------------------

std::optional<Key> Keys::find(const QString &keyId) const
{
    const QList<Key> found = selectKeys(QStringLiteral("k.key_id = ?"), { keyId });
    return found.isEmpty() ? std::nullopt : std::optional<Key>(found.first());
}

std::optional<Key> Keys::findByTag(const QString &tagOrBarcode) const
{
    const QString tag = normalizedTag(tagOrBarcode);
    if (tag.isEmpty())
        return std::nullopt;
    const QList<Key> found = selectKeys(QStringLiteral("k.tag = ? OR k.barcode = ?"), { tag, tag });
    return found.isEmpty() ? std::nullopt : std::optional<Key>(found.first());
}

QList<Key> Keys::list(const QString &search) const
{
    const QString typed = search.simplified();
    if (typed.isEmpty())
        return selectKeys(QStringLiteral("1"), {});
    const QString like = QLatin1Char('%') + typed + QLatin1Char('%');
    return selectKeys(QStringLiteral("(k.tag LIKE ? OR k.label LIKE ? OR k.slot LIKE ?"
                                     " OR k.owner_name LIKE ? OR k.unit LIKE ?)"),
        { like, like, like, like, like });
}

std::optional<KeyLoan> Keys::loan(const QString &loanId) const
{
    const QList<KeyLoan> found = selectLoans(QStringLiteral("l.loan_id = ?"), { loanId });
    return found.isEmpty() ? std::nullopt : std::optional<KeyLoan>(found.first());
}

QList<KeyLoan> Keys::openLoans() const
{
    return selectLoans(
        QStringLiteral("l.returned_at IS NULL AND coalesce(l.resolution, '') <> 'void'"), {});
}

QList<KeyLoan> Keys::overdueLoans() const
{
    return selectLoans(QStringLiteral("l.returned_at IS NULL AND coalesce(l.resolution, '') <> "
                                      "'void' AND l.due_at < ?"),
        { isoUtc(now()) }, QStringLiteral("l.due_at"));
}

QList<KeyLoan> Keys::conflicts() const
{
    return selectLoans(QStringLiteral("l.conflict = 1"), {}, QStringLiteral("l.key_id, l.out_at"));
}

QList<KeyLoan> Keys::historyOfKey(const QString &keyId) const
{
    return selectLoans(QStringLiteral("l.key_id = ?"), { keyId });
}

QList<KeyLoan> Keys::historyOfBorrower(const QString &kind, const QString &id) const
{
    return selectLoans(QStringLiteral("l.borrower_kind = ? AND l.borrower_id = ?"), { kind, id });
}

QList<KeyLoan> Keys::recentLoans(int limit) const
{
    return selectLoans(QStringLiteral("1"), {}, QStringLiteral("l.out_at DESC"), limit);
}

QList<KeyLoan> Keys::heldBy(const QString &kind, const QString &id) const
{
    return selectLoans(QStringLiteral("l.borrower_kind = ? AND l.borrower_id = ?"
                                      " AND l.returned_at IS NULL"
                                      " AND coalesce(l.resolution, '') <> 'void'"),
        { kind, id });
}

QList<Key> Keys::ownedBy(const QString &personId) const
{
    return selectKeys(QStringLiteral("k.owner_person = ?"), { personId });
}

QList<KeyPerson> Keys::activeStaff() const
{
    QSqlQuery query = prepared(m_events.database().sql(),
        QStringLiteral("SELECT staff, name FROM directory_staff WHERE active = 1 ORDER BY staff"),
        {}, QStringLiteral("reading the staff list"));
    QList<KeyPerson> staff;
    while (query.next())
        staff.append({ query.value(0).toString(), query.value(1).toString() });
    return staff;
}

QList<KeyPerson> Keys::contractorsOnSite() const
{
    QSqlQuery query = prepared(m_events.database().sql(),
        QStringLiteral("SELECT v.visit_id, v.name FROM visits v LEFT JOIN visit_checkouts c"
                       " ON c.visit_id = v.visit_id WHERE v.state = 'on_site'"
                       " AND c.visit_id IS NULL AND v.purpose = 'contractor'"
                       " ORDER BY v.checked_in_at DESC LIMIT 100"),
        {}, QStringLiteral("reading the contractors on site"));
    QList<KeyPerson> contractors;
    while (query.next())
        contractors.append({ query.value(0).toString(), query.value(1).toString() });
    return contractors;
}

QList<Key> Keys::selectKeys(const QString &where, const QVariantList &values, int limit) const
{
    QSqlQuery query = prepared(m_events.database().sql(),
        QStringLiteral("SELECT k.key_id, k.tag, k.barcode, k.type, k.label, k.unit, k.slot,"
                       " k.owner_person, k.owner_name, k.owner_language, k.authorised, k.state,"
                       " k.registered_at, k.registered_by FROM keys k WHERE %1"
                       " ORDER BY k.tag LIMIT %2")
            .arg(where)
            .arg(limit),
        values, QStringLiteral("reading keys"));
    QList<Key> keys;
    while (query.next()) {
        Key key;
        key.id = query.value(0).toString();
        key.tag = query.value(1).toString();
        key.barcode = query.value(2).toString();
        key.type = keyTypeFromKey(query.value(3).toString()).value_or(KeyType::Common);
        key.label = query.value(4).toString();
        key.unit = query.value(5).toString();
        key.slot = query.value(6).toString();
        key.ownerId = query.value(7).toString();
        key.ownerName = query.value(8).toString();
        key.ownerLanguage = query.value(9).toString();
        for (const QJsonValue &person :
            QJsonDocument::fromJson(query.value(10).toString().toUtf8()).array())
            key.authorised.append({ person[QStringLiteral("id")].toString(),
                person[QStringLiteral("name")].toString() });
        key.out = query.value(11).toString() == QStringLiteral("out");
        key.registeredAt = parseIsoUtc(query.value(12).toString());
        key.registeredBy = query.value(13).toString();
        keys.append(key);
    }
    return keys;
}

QList<KeyLoan> Keys::selectLoans(
    const QString &where, const QVariantList &values, const QString &order, int limit) const
{
    QSqlQuery query = prepared(m_events.database().sql(),
        QStringLiteral(
            "SELECT l.loan_id, l.key_id, coalesce(k.tag, ''), coalesce(k.label, ''),"
            " coalesce(k.type, 'common'), l.borrower_kind, l.borrower_id, l.borrower_name,"
            " l.language, l.reason, l.work_reason, l.out_at, l.due_at, l.out_terminal, l.out_by,"
            " l.second_staff, coalesce(l.owner_notified_at, ''), coalesce(l.overdue_at, ''),"
            " coalesce(l.returned_at, ''), coalesce(l.condition, ''),"
            " coalesce(l.condition_note, ''), coalesce(l.returned_by, ''), l.conflict,"
            " coalesce(l.resolution, '')"
            " FROM key_loans l LEFT JOIN keys k ON k.key_id = l.key_id"
            " WHERE %1 ORDER BY %2 LIMIT %3")
            .arg(where, order)
            .arg(limit),
        values, QStringLiteral("reading key loans"));
    QList<KeyLoan> loans;
    while (query.next()) {
        int i = 0;
        const auto next = [&query, &i] { return query.value(i++); };
        KeyLoan loan;
        loan.id = next().toString();
        loan.keyId = next().toString();
        loan.tag = next().toString();
        loan.keyLabel = next().toString();
        loan.keyType = keyTypeFromKey(next().toString()).value_or(KeyType::Common);
        loan.borrowerKind = next().toString();
        loan.borrowerId = next().toString();
        loan.borrowerName = next().toString();
        loan.language = next().toString();
        loan.reason = next().toString();
        loan.workReason = next().toString();
        loan.outAt = parseIsoUtc(next().toString());
        loan.dueAt = parseIsoUtc(next().toString());
        loan.outTerminal = next().toString();
        loan.outBy = next().toString();
        loan.secondStaff = next().toString();
        loan.ownerNotifiedAt = parseIsoUtc(next().toString());
        loan.overdueAt = parseIsoUtc(next().toString());
        loan.returnedAt = parseIsoUtc(next().toString());
        loan.condition = next().toString();
        loan.conditionNote = next().toString();
        loan.returnedBy = next().toString();
        loan.conflict = next().toBool();
        loan.resolution = next().toString();
        loans.append(loan);
    }
    return loans;
}

} // namespace lobbydesk
