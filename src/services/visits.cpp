#include "services/visits.h"

#include "core/error.h"
#include "directory/directorycsv.h"
#include "directory/directorysearch.h"
#include "services/projections.h"
#include "services/sitesigners.h"
#include "store/eventlog.h"
#include "store/sqlerror.h"
#include "sync/hublink.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace lobbydesk {
namespace {

// The messages' translation context, declared so that lupdate files them under it too.
struct VisitText
{
    Q_DECLARE_TR_FUNCTIONS(VisitText)
};

constexpr int kMaxInvitationDays = 31;

QString hhmm(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("HH:mm"));
}

QString when(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// "V-20261122-0007", any case, spaces or dashes missing.
std::optional<QString> visitNumberIn(const QString &typed)
{
    static const QRegularExpression number(QStringLiteral("^\\s*V-?(\\d{8})-?(\\d{4})\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = number.match(typed);
    if (!match.hasMatch())
        return std::nullopt;
    return QStringLiteral("V-%1-%2").arg(match.captured(1), match.captured(2));
}

QString tokenProblemText(PassTokenProblem problem)
{
    switch (problem) {
    case PassTokenProblem::None:
        return {};
    case PassTokenProblem::NotAToken:
        return VisitText::tr("This code is not a LobbyDesk code.");
    case PassTokenProblem::Damaged:
        return VisitText::tr("This code is damaged or incomplete: scan it again, or type the "
                             "number printed under it.");
    case PassTokenProblem::UnknownKey:
        return VisitText::tr("This code was not issued at this site (or this terminal has not "
                             "synced since it was): please see the front desk.");
    case PassTokenProblem::RevokedKey:
        return VisitText::tr("This code was issued by a terminal that is no longer trusted: "
                             "please see the front desk.");
    case PassTokenProblem::BadSignature:
        return VisitText::tr("This code has been altered and is not valid: please see the front "
                             "desk.");
    }
    Q_UNREACHABLE();
}

Visit::State stateFrom(const QString &key, bool checkedOut)
{
    if (checkedOut && key == QStringLiteral("on_site"))
        return Visit::State::CheckedOut;
    if (key == QStringLiteral("waiting"))
        return Visit::State::Waiting;
    if (key == QStringLiteral("held"))
        return Visit::State::Held;
    if (key == QStringLiteral("denied"))
        return Visit::State::Denied;
    return Visit::State::OnSite;
}

} // namespace

QString visitStateKey(Visit::State state)
{
    switch (state) {
    case Visit::State::OnSite:
        return QStringLiteral("on_site");
    case Visit::State::Waiting:
        return QStringLiteral("waiting");
    case Visit::State::Held:
        return QStringLiteral("held");
    case Visit::State::Denied:
        return QStringLiteral("denied");
    case Visit::State::CheckedOut:
        return QStringLiteral("checked_out");
    }
    Q_UNREACHABLE();
}

QString invitationCode(const QString &invitationId)
{
    const QString digits = invitationId.right(8).toUpper();
    return digits.left(4) + QLatin1Char('-') + digits.mid(4);
}

// --- service ----------------------------------------------------------------------------

Visits::Visits(EventLog &events, Options options)
    : m_events(events)
    , m_options(std::move(options))
    , m_directory(std::make_unique<DirectorySearch>(events.database().sql()))
{ }

Visits::Visits(EventLog &events)
    : Visits(events, Options {})
{ }

Visits::~Visits() = default;

QList<FieldProblem> Visits::problems(VisitRequest request) const
{
    QList<FieldProblem> problems = validateVisitRequest(request);
    if (!request.hostPersonId.isEmpty()) {
        const auto person = m_directory->person(request.hostPersonId);
        if (!person || !person->active)
            problems.prepend({ QStringLiteral("host"),
                VisitText::tr("The person you visit is not in the building directory.") });
    } else if (!request.hostCompanyId.isEmpty()) {
        const auto company = m_directory->company(request.hostCompanyId);
        if (!company || !company->active)
            problems.prepend({ QStringLiteral("host"),
                VisitText::tr("The company you visit is not in the building directory.") });
    }
    return problems;
}

QString Visits::approvalMode(const QString &personId, const QString &companyId) const
{
    QString company = companyId;
    if (company.isEmpty() && !personId.isEmpty()) {
        if (const auto person = m_directory->person(personId))
            company = person->companyId;
    }
    if (const auto found = m_directory->company(company); found && !found->approval.isEmpty())
        return found->approval;
    return QStringLiteral("auto");
}

QDateTime Visits::slipValidUntil(const QDateTime &checkedInAt) const
{
    const QDateTime local = checkedInAt.toLocalTime();
    QDateTime until(local.date(), m_options.endOfDay, Qt::LocalTime);
    if (until <= local)
        until = until.addDays(1);
    return until.toUTC();
}

QString Visits::siteName() const
{
    const auto link = readHubLink(m_events.database().sql());
    return link ? link->siteName : QString();
}

QString Visits::siteId() const
{
    const auto link = readHubLink(m_events.database().sql());
    return link ? link->siteId : QString();
}

QByteArray Visits::screeningKey() const
{
    return readScreeningKey(m_events.database().sql()).value_or(QByteArray());
}

QString Visits::nextNumber(const QDateTime &at) const
{
    // Per site from the visits this terminal knows, like goods pass numbers: the slip's QR
    // carries the visit id, so a repeated number (two kiosks offline on one day) never checks
    // the wrong visitor out by scan; a typed number finds the first.
    const QString prefix
        = QStringLiteral("V-%1-").arg(at.toLocalTime().toString(QStringLiteral("yyyyMMdd")));
    QSqlQuery query(m_events.database().sql());
    query.prepare(QStringLiteral("SELECT max(number) FROM visits WHERE number LIKE ?"));
    query.addBindValue(prefix + QLatin1Char('%'));
    execOrThrow(query, QStringLiteral("numbering a visit"), m_events.database().path());
    const int last = query.next() ? query.value(0).toString().mid(prefix.size()).toInt() : 0;
    return prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0'));
}

QString Visits::signSlip(const QString &visitId, const QDateTime &until) const
{
    const auto keys = readSigningKey(m_events.database().sql());
    const QString site = siteId();
    if (!keys || site.isEmpty())
        return {};
    QCborMap payload;
    payload.insert(QStringLiteral("k"), QStringLiteral("visit"));
    payload.insert(QStringLiteral("id"), QUuid::fromString(visitId).toRfc4122());
    payload.insert(QStringLiteral("s"), site);
    payload.insert(QStringLiteral("t"), until.toSecsSinceEpoch());
    return signPassToken(payload, signingKeyId(keys->publicKey), keys->secretKey);
}

std::optional<DenyEntry> Visits::screen(const VisitRequest &normalized) const
{
    const QString idHash = idNumberHash(normalized.idNumber, screeningKey());
    QSqlQuery query(m_events.database().sql());
    query.prepare(QStringLiteral(
        "SELECT entry_id, name, phone, id_hash <> '', reason, updated_at FROM deny_list"
        " WHERE active = 1 AND ((name <> '' AND lower(name) = lower(?))"
        " OR (phone <> '' AND phone = ?) OR (id_hash <> '' AND id_hash = ?)) LIMIT 1"));
    query.addBindValue(normalized.name.simplified());
    query.addBindValue(normalized.phone.isEmpty() ? QStringLiteral("-") : normalized.phone);
    query.addBindValue(idHash.isEmpty() ? QStringLiteral("-") : idHash);
    execOrThrow(query, QStringLiteral("screening a visitor"), m_events.database().path());
    if (!query.next())
        return std::nullopt;
    return DenyEntry { query.value(0).toString(), query.value(1).toString(),
        query.value(2).toString(), query.value(3).toBool(), query.value(4).toString(),
        parseIsoUtc(query.value(5).toString()) };
}

CheckInResult Visits::checkIn(const VisitRequest &draft, const QString &actor, const QUuid &id)
{
    VisitRequest request = draft;
    if (const QList<FieldProblem> found = problems(request); !found.isEmpty()) {
        QStringList messages;
        for (const FieldProblem &problem : found)
            messages.append(problem.message);
        throw Error(Error::Kind::Invalid, messages.join(QLatin1Char(' ')));
    }
    (void)validateVisitRequest(request); // normalised copy
    return record(request, request.via, {}, actor, id);
}

CheckInResult Visits::record(VisitRequest request, const QString &via, const QString &invitationId,
    const QString &actor, const QUuid &id)
{
    const QUuid visitId = id.isNull() ? newEventId() : id;
    if (const auto existing = find(uuidText(visitId)))
        return { CheckInResult::Outcome::AlreadyCheckedIn, *existing,
            VisitText::tr("You are already checked in.") };

    QString hostName;
    QString companyId = request.hostCompanyId;
    QStringList units;
    if (const auto person = m_directory->person(request.hostPersonId)) {
        hostName = person->name;
        if (companyId.isEmpty())
            companyId = person->companyId;
        units = person->units;
    }
    QString companyName;
    if (const auto company = m_directory->company(companyId)) {
        companyName = company->name;
        if (units.isEmpty())
            units = company->units;
    }
    const QString unit = units.value(0);
    QString floor;
    if (const auto found = m_directory->unit(unit))
        floor = found->floor;

    const auto denied = screen(request);
    const QString mode = approvalMode(request.hostPersonId, companyId);
    QString state = QStringLiteral("on_site");
    if (denied)
        state = QStringLiteral("held");
    else if (via == QStringLiteral("kiosk") && mode != QStringLiteral("auto"))
        state = QStringLiteral("waiting");

    const QDateTime at = now();
    const QDateTime until = slipValidUntil(at);
    const QString token
        = state == QStringLiteral("on_site") ? signSlip(uuidText(visitId), until) : QString();
    const QString number = nextNumber(at);
    const QString normalizedId = request.idNumber;
    const QString type = QStringLiteral("visit.checked_in");
    m_events.record(
        { type,
            QJsonObject {
                { QStringLiteral("visit"), uuidText(visitId) },
                { QStringLiteral("number"), number },
                { QStringLiteral("state"), state },
                { QStringLiteral("via"), via },
                { QStringLiteral("name"), request.name },
                { QStringLiteral("phone"), request.phone },
                { QStringLiteral("host_person"), request.hostPersonId },
                { QStringLiteral("host_name"), hostName },
                { QStringLiteral("company"), companyId },
                { QStringLiteral("company_name"), companyName },
                { QStringLiteral("unit"), unit },
                { QStringLiteral("floor"), floor },
                { QStringLiteral("purpose"), request.purpose },
                { QStringLiteral("purpose_note"), request.purposeNote },
                { QStringLiteral("companions"), request.companions },
                { QStringLiteral("plate"), request.plate },
                { QStringLiteral("id_last4"),
                    normalizedId.isEmpty() ? QString() : idLast4(normalizedId) },
                { QStringLiteral("id_hash"), idNumberHash(normalizedId, screeningKey()) },
                { QStringLiteral("items"), request.items },
                { QStringLiteral("language"), request.language },
                { QStringLiteral("invitation"), invitationId },
                { QStringLiteral("hold_entry"), denied ? denied->id : QString() },
                { QStringLiteral("valid_until"), isoUtc(until) },
                { QStringLiteral("token"), token },
            },
            actor, visitId, now() },
        terminalProjection(type));

    CheckInResult result;
    result.visit = *find(uuidText(visitId));
    if (denied) {
        // Never why: the visitor reads this on a public screen.
        result.outcome = CheckInResult::Outcome::Held;
        result.message = VisitText::tr("Thank you. Please see the front desk to complete your "
                                       "check-in.");
    } else if (state == QStringLiteral("waiting")) {
        result.outcome = CheckInResult::Outcome::Waiting;
        result.message = mode == QStringLiteral("invitation")
            ? VisitText::tr("%1 receives visitors by invitation. Please see the front desk: "
                            "they will contact your host.")
                  .arg(companyName)
            : VisitText::tr("Thank you. The front desk is confirming your visit with %1; please "
                            "see the front desk.")
                  .arg(companyName.isEmpty() ? hostName : companyName);
    } else {
        result.outcome = CheckInResult::Outcome::Admitted;
        result.message = VisitText::tr("Welcome, %1. Please take your visitor slip and scan it "
                                       "when you leave.")
                             .arg(request.name);
    }
    return result;
}

Invitation Visits::invite(const VisitRequest &visitor, const QDateTime &validFrom,
    const QDateTime &validUntil, const QString &actor, const QUuid &id)
{
    VisitRequest request = visitor;
    QList<FieldProblem> found = problems(request);
    (void)validateVisitRequest(request);
    const auto add = [&found](const QString &field, const QString &message) {
        found.append({ field, message });
    };
    if (!validFrom.isValid() || !validUntil.isValid())
        add(QStringLiteral("valid_until"), VisitText::tr("Choose the days of the visit."));
    else if (validUntil <= validFrom)
        add(QStringLiteral("valid_until"),
            VisitText::tr("The invitation must end after it starts."));
    else if (validUntil <= now())
        add(QStringLiteral("valid_until"), VisitText::tr("These days are already over."));
    else if (validFrom.daysTo(validUntil) > kMaxInvitationDays)
        add(QStringLiteral("valid_until"),
            VisitText::tr("An invitation is valid for at most %1 days.").arg(kMaxInvitationDays));
    if (!found.isEmpty()) {
        QStringList messages;
        for (const FieldProblem &problem : found)
            messages.append(problem.message);
        throw Error(Error::Kind::Invalid, messages.join(QLatin1Char(' ')));
    }

    const QUuid invitationId = id.isNull() ? newEventId() : id;
    if (const auto existing = findInvitation(uuidText(invitationId)))
        return *existing;
    const auto keys = readSigningKey(m_events.database().sql());
    const QString site = siteId();
    if (!keys || site.isEmpty())
        throw Error(Error::Kind::Invalid,
            VisitText::tr("This terminal cannot sign invitations until it is enrolled with the "
                          "hub."));
    QString companyId = request.hostCompanyId;
    QString unit;
    if (const auto person = m_directory->person(request.hostPersonId)) {
        if (companyId.isEmpty())
            companyId = person->companyId;
        unit = person->units.value(0);
    }
    if (const auto company = m_directory->company(companyId); company && unit.isEmpty())
        unit = company->units.value(0);

    // Enough to check the visitor in at a kiosk that has not synced the invitation yet.
    QCborMap payload;
    payload.insert(QStringLiteral("k"), QStringLiteral("invite"));
    payload.insert(QStringLiteral("id"), invitationId.toRfc4122());
    payload.insert(QStringLiteral("s"), site);
    payload.insert(QStringLiteral("f"), validFrom.toSecsSinceEpoch());
    payload.insert(QStringLiteral("t"), validUntil.toSecsSinceEpoch());
    payload.insert(QStringLiteral("n"), request.name);
    payload.insert(QStringLiteral("m"), request.phone);
    payload.insert(QStringLiteral("h"), request.hostPersonId);
    payload.insert(QStringLiteral("c"), companyId);
    payload.insert(QStringLiteral("w"), request.purpose);
    if (request.companions > 0)
        payload.insert(QStringLiteral("g"), request.companions);
    if (!request.plate.isEmpty())
        payload.insert(QStringLiteral("p"), request.plate);
    payload.insert(QStringLiteral("l"), request.language);
    const QString token = signPassToken(payload, signingKeyId(keys->publicKey), keys->secretKey);

    const QString type = QStringLiteral("visit.invitation.created");
    m_events.record({ type,
                        QJsonObject {
                            { QStringLiteral("invitation"), uuidText(invitationId) },
                            { QStringLiteral("name"), request.name },
                            { QStringLiteral("phone"), request.phone },
                            { QStringLiteral("host_person"), request.hostPersonId },
                            { QStringLiteral("company"), companyId },
                            { QStringLiteral("unit"), unit },
                            { QStringLiteral("purpose"), request.purpose },
                            { QStringLiteral("companions"), request.companions },
                            { QStringLiteral("plate"), request.plate },
                            { QStringLiteral("language"), request.language },
                            { QStringLiteral("valid_from"), isoUtc(validFrom) },
                            { QStringLiteral("valid_until"), isoUtc(validUntil) },
                            { QStringLiteral("token"), token },
                        },
                        actor, invitationId, now() },
        terminalProjection(type));
    return *findInvitation(uuidText(invitationId));
}

Invitation Visits::cancelInvitation(const QString &invitationId, const QString &actor)
{
    const auto invitation = findInvitation(invitationId);
    if (!invitation)
        throw Error(Error::Kind::Invalid, VisitText::tr("There is no such invitation."));
    if (invitation->cancelledAt.isValid())
        throw Error(Error::Kind::Invalid, VisitText::tr("This invitation was already cancelled."));
    const QString type = QStringLiteral("visit.invitation.cancelled");
    m_events.record(
        { type, QJsonObject { { QStringLiteral("invitation"), invitationId } }, actor, {}, now() },
        terminalProjection(type));
    return *findInvitation(invitationId);
}

CheckInResult Visits::checkInWithInvitation(const QString &scanned, const QString &actor)
{
    const PassTokenCheck check = verifyPassToken(scanned.trimmed(), signers());
    if (!check.genuine())
        throw Error(Error::Kind::Invalid, tokenProblemText(check.problem));
    const QCborMap &payload = check.payload;
    const QString kind = payload.value(QStringLiteral("k")).toString();
    if (kind == QStringLiteral("visit"))
        throw Error(Error::Kind::Invalid,
            VisitText::tr("This is a visitor slip, not an invitation: scan it at the exit when "
                          "you leave."));
    if (kind != QStringLiteral("invite"))
        throw Error(Error::Kind::Invalid, VisitText::tr("This code is not an invitation."));
    if (payload.value(QStringLiteral("s")).toString() != siteId())
        throw Error(
            Error::Kind::Invalid, VisitText::tr("This invitation is for another building."));
    const QDateTime from
        = QDateTime::fromSecsSinceEpoch(payload.value(QStringLiteral("f")).toInteger(), Qt::UTC);
    const QDateTime until
        = QDateTime::fromSecsSinceEpoch(payload.value(QStringLiteral("t")).toInteger(), Qt::UTC);
    if (now() < from)
        throw Error(Error::Kind::Invalid,
            VisitText::tr("This invitation is valid from %1. Please come back then, or see the "
                          "front desk.")
                .arg(when(from)));
    if (now() > until)
        throw Error(Error::Kind::Invalid,
            VisitText::tr("This invitation expired on %1. Please see the front desk.")
                .arg(when(until)));
    const QString invitationId
        = uuidText(QUuid::fromRfc4122(payload.value(QStringLiteral("id")).toByteArray()));
    if (const auto invitation = findInvitation(invitationId);
        invitation && invitation->cancelledAt.isValid())
        throw Error(Error::Kind::Invalid,
            VisitText::tr("This invitation was cancelled. Please see the front desk."));
    // Scanned again while the visit is open: the same visit, nothing recorded twice. A window
    // of several days admits once a day.
    const QList<Visit> earlier = select(
        QStringLiteral("v.invitation_id = ? AND v.state <> 'denied' AND c.visit_id IS NULL"),
        { invitationId });
    if (!earlier.isEmpty())
        return { CheckInResult::Outcome::AlreadyCheckedIn, earlier.first(),
            VisitText::tr("You are already checked in, %1: here is your slip again.")
                .arg(earlier.first().name) };

    VisitRequest request;
    request.name = payload.value(QStringLiteral("n")).toString();
    request.phone = payload.value(QStringLiteral("m")).toString();
    request.hostPersonId = payload.value(QStringLiteral("h")).toString();
    request.hostCompanyId = payload.value(QStringLiteral("c")).toString();
    request.purpose = payload.value(QStringLiteral("w")).toString();
    request.companions = int(payload.value(QStringLiteral("g")).toInteger());
    request.plate = payload.value(QStringLiteral("p")).toString();
    request.language = payload.value(QStringLiteral("l")).toString();
    return record(request, QStringLiteral("invitation"), invitationId, actor, {});
}

CheckInResult Visits::checkInWithInvitationCode(const QString &code, const QString &actor)
{
    QString digits = code;
    static const QRegularExpression separators(QStringLiteral("[\\s\\-\\x{2010}-\\x{2015}]"));
    digits.remove(separators);
    static const QRegularExpression eightHex(QStringLiteral("^[0-9A-Fa-f]{8}$"));
    if (!eightHex.match(digits).hasMatch())
        throw Error(Error::Kind::Invalid,
            VisitText::tr("An invitation code has 8 letters and digits, like 3F9A-07C2: check "
                          "what you typed."));
    digits = digits.toLower();
    QList<Invitation> matches;
    for (const Invitation &invitation : invitations(true)) {
        if (invitation.id.right(8).toLower() == digits)
            matches.append(invitation);
    }
    // Two invitations sharing a code (one in four billion): the one valid now, if only one is.
    if (matches.size() > 1)
        matches.removeIf([this](const Invitation &invitation) {
            return invitation.cancelledAt.isValid() || now() < invitation.validFrom
                || now() > invitation.validUntil;
        });
    if (matches.isEmpty())
        throw Error(Error::Kind::Invalid,
            VisitText::tr("This kiosk does not know invitation %1. An invitation made in the "
                          "last few minutes may not have reached it yet: scan its QR code, or "
                          "see the front desk.")
                .arg(invitationCode(digits)));
    if (matches.size() > 1)
        throw Error(Error::Kind::Invalid,
            VisitText::tr("Please scan the invitation's QR code, or see the front desk."));
    return checkInWithInvitation(matches.constFirst().token, actor);
}

Visit Visits::approve(const QString &visitId, const QString &actor, const QString &note)
{
    const auto visit = find(visitId);
    if (!visit)
        throw Error(Error::Kind::Invalid, VisitText::tr("There is no such visit."));
    if (visit->state != Visit::State::Waiting && visit->state != Visit::State::Held)
        throw Error(
            Error::Kind::Invalid, VisitText::tr("This visit is not waiting for a decision."));
    const QString why = note.simplified();
    if (visit->state == Visit::State::Held && why.isEmpty())
        throw Error(Error::Kind::Invalid,
            VisitText::tr("This visitor matched the deny list: note why you let them in."));
    if (why.size() > VisitRequest::kMaxNoteLength)
        throw Error(Error::Kind::Invalid,
            VisitText::tr("The note is at most %1 characters.").arg(VisitRequest::kMaxNoteLength));
    const QDateTime until = slipValidUntil(now());
    const QString type = QStringLiteral("visit.approved");
    m_events.record(
        { type,
            QJsonObject { { QStringLiteral("visit"), visitId },
                { QStringLiteral("token"), signSlip(visitId, until) },
                { QStringLiteral("valid_until"), isoUtc(until) }, { QStringLiteral("note"), why } },
            actor, {}, now() },
        terminalProjection(type));
    return *find(visitId);
}

Visit Visits::deny(const QString &visitId, const QString &actor, const QString &reason)
{
    const auto visit = find(visitId);
    if (!visit)
        throw Error(Error::Kind::Invalid, VisitText::tr("There is no such visit."));
    if (visit->state != Visit::State::Waiting && visit->state != Visit::State::Held)
        throw Error(
            Error::Kind::Invalid, VisitText::tr("This visit is not waiting for a decision."));
    const QString why = reason.simplified();
    if (why.isEmpty() || why.size() > VisitRequest::kMaxNoteLength)
        throw Error(Error::Kind::Invalid,
            VisitText::tr("Give the reason (at most %1 characters).")
                .arg(VisitRequest::kMaxNoteLength));
    const QString type = QStringLiteral("visit.denied");
    m_events.record(
        { type,
            QJsonObject { { QStringLiteral("visit"), visitId }, { QStringLiteral("reason"), why } },
            actor, {}, now() },
        terminalProjection(type));
    return *find(visitId);
}

PassSignerLookup Visits::signers() const
{
    return siteSigners(m_events.database().sql());
}

CheckOutResult Visits::checkOut(const QString &scannedOrTyped, const QString &actor)
{
    CheckOutResult result;
    if (const auto number = visitNumberIn(scannedOrTyped)) {
        const auto visit = findByNumber(*number);
        if (!visit) {
            result.outcome = CheckOutResult::Outcome::Unknown;
            result.message = VisitText::tr("This terminal knows no visit %1: scan the slip's QR "
                                           "code, or see the front desk.")
                                 .arg(*number);
            return result;
        }
        return recordCheckOut(visit->id, visit, QStringLiteral("scan"), actor);
    }
    const PassTokenCheck check = verifyPassToken(scannedOrTyped.trimmed(), signers());
    if (!check.genuine()) {
        result.message = tokenProblemText(check.problem);
        return result;
    }
    const QString kind = check.payload.value(QStringLiteral("k")).toString();
    if (kind == QStringLiteral("invite")) {
        result.message = VisitText::tr("This is an invitation: scan it at the kiosk to check in.");
        return result;
    }
    if (kind != QStringLiteral("visit")) {
        result.message = VisitText::tr("This is not a visitor slip.");
        return result;
    }
    if (check.payload.value(QStringLiteral("s")).toString() != siteId()) {
        result.message = VisitText::tr("This slip is from another building.");
        return result;
    }
    const QString visitId
        = uuidText(QUuid::fromRfc4122(check.payload.value(QStringLiteral("id")).toByteArray()));
    return recordCheckOut(visitId, find(visitId), QStringLiteral("scan"), actor);
}

ScanKind Visits::scanKind(const QString &scannedOrTyped) const
{
    if (visitNumberIn(scannedOrTyped))
        return ScanKind::VisitorSlip;
    const PassTokenCheck check = verifyPassToken(scannedOrTyped.trimmed(), signers());
    const QString kind = check.payload.value(QStringLiteral("k")).toString();
    if (check.genuine() && kind == QStringLiteral("visit"))
        return ScanKind::VisitorSlip;
    if (check.genuine() && kind == QStringLiteral("invite"))
        return ScanKind::Invitation;
    return ScanKind::Other;
}

CheckOutResult Visits::checkOutVisit(const QString &visitId, const QString &actor)
{
    const auto visit = find(visitId);
    if (!visit) {
        CheckOutResult result;
        result.outcome = CheckOutResult::Outcome::Unknown;
        result.message = VisitText::tr("There is no such visit.");
        return result;
    }
    return recordCheckOut(visitId, visit, QStringLiteral("desk"), actor);
}

CheckOutResult Visits::recordCheckOut(const QString &visitId, const std::optional<Visit> &visit,
    const QString &how, const QString &actor)
{
    CheckOutResult result;
    result.visitId = visitId;
    result.visit = visit;
    QSqlQuery earlier(m_events.database().sql());
    earlier.prepare(QStringLiteral(
        "SELECT checked_out_at, terminal_id, how FROM visit_checkouts WHERE visit_id = ?"));
    earlier.addBindValue(visitId);
    execOrThrow(earlier, QStringLiteral("reading a check-out"), m_events.database().path());
    if (earlier.next()) {
        result.outcome = CheckOutResult::Outcome::AlreadyCheckedOut;
        result.message = earlier.value(2).toString() == QStringLiteral("auto")
            ? VisitText::tr("This visit was closed at the end of the day (%1). Nothing more to "
                            "do.")
                  .arg(when(parseIsoUtc(earlier.value(0).toString())))
            : VisitText::tr("Already checked out at %1. Nothing more to do.")
                  .arg(when(parseIsoUtc(earlier.value(0).toString())));
        return result;
    }
    if (visit && visit->state != Visit::State::OnSite) {
        result.outcome = CheckOutResult::Outcome::NotOnSite;
        result.message = VisitText::tr("This visitor was never let in (%1): please see the "
                                       "front desk.")
                             .arg(visit->state == Visit::State::Denied
                                     ? VisitText::tr("turned away")
                                     : VisitText::tr("waiting at the front desk"));
        return result;
    }
    const QString type = QStringLiteral("visit.checked_out");
    m_events.record(
        { type,
            QJsonObject { { QStringLiteral("visit"), visitId }, { QStringLiteral("how"), how },
                { QStringLiteral("number"), visit ? visit->number : QString() } },
            actor, {}, now() },
        terminalProjection(type));
    result.outcome = CheckOutResult::Outcome::CheckedOut;
    result.visit = find(visitId);
    result.message = visit
        ? VisitText::tr("Goodbye, %1. Checked out at %2.").arg(visit->name, hhmm(now()))
        : VisitText::tr("Checked out at %1. This terminal has not received the check-in yet; "
                        "the front desk sees both after the next sync.")
              .arg(hhmm(now()));
    result.keyWarning = keysHeldWarning(visitId);
    return result;
}

QString Visits::keysHeldWarning(const QString &visitId) const
{
    // Key handover (docs/keys.md): a visitor or contractor leaving with a key is warned.
    QSqlQuery held(m_events.database().sql());
    held.prepare(QStringLiteral(
        "SELECT coalesce(k.tag, ''), coalesce(k.label, '') FROM key_loans l LEFT JOIN keys k"
        " ON k.key_id = l.key_id WHERE l.borrower_kind = 'visit' AND l.borrower_id = ?"
        " AND l.returned_at IS NULL AND coalesce(l.resolution, '') <> 'void'"));
    held.addBindValue(visitId);
    execOrThrow(held, QStringLiteral("reading keys held by a visitor"), m_events.database().path());
    QStringList keys;
    while (held.next())
        keys.append(
            QStringLiteral("%1 (%2)").arg(held.value(0).toString(), held.value(1).toString()));
    if (keys.isEmpty())
        return {};
    return VisitText::tr("This visitor still holds %n key(s): %1. Please return them to the "
                         "front desk before leaving.",
        nullptr, int(keys.size()))
        .arg(keys.join(QStringLiteral(", ")));
}

int Visits::closeEndOfDay(const QString &actor)
{
    // Each terminal closes the visits it checked in, so a visit is closed once, not once per
    // terminal of the site.
    const QList<Visit> open
        = select(QStringLiteral("v.state = 'on_site' AND c.visit_id IS NULL"
                                " AND v.valid_until <= ? AND v.terminal_id = ?"),
            { isoUtc(now()), m_events.terminalId() }, QStringLiteral("v.checked_in_at, v.visit_id"),
            100000);
    for (const Visit &visit : open)
        recordCheckOut(visit.id, visit, QStringLiteral("auto"), actor);
    return int(open.size());
}

void Visits::rate(const QString &visitId, bool satisfied)
{
    QSqlQuery earlier(m_events.database().sql());
    earlier.prepare(QStringLiteral("SELECT 1 FROM visit_ratings WHERE visit_id = ?"));
    earlier.addBindValue(visitId);
    execOrThrow(earlier, QStringLiteral("reading a rating"), m_events.database().path());
    if (earlier.next())
        throw Error(
            Error::Kind::Invalid, VisitText::tr("Thank you: this visit was already rated."));
    const QString type = QStringLiteral("visit.rated");
    m_events.record({ type,
                        QJsonObject { { QStringLiteral("visit"), visitId },
                            { QStringLiteral("satisfied"), satisfied } },
                        {}, {}, now() },
        terminalProjection(type));
}

DenyEntry Visits::addDenyEntry(const QString &name, const QString &phone, const QString &idNumber,
    const QString &reason, const QString &actor)
{
    DenyEntry entry;
    entry.name = name.simplified();
    QStringList problems;
    if (!phone.trimmed().isEmpty()) {
        if (const auto normalized = normalizedPhone(phone))
            entry.phone = *normalized;
        else
            problems.append(VisitText::tr("This is not a phone number."));
    }
    const QString id = normalizedIdNumber(idNumber);
    QString idHash;
    if (!id.isEmpty()) {
        if (!isPlausibleIdNumber(id))
            problems.append(VisitText::tr("This is not an ID number."));
        else if ((idHash = idNumberHash(id, screeningKey())).isEmpty())
            problems.append(VisitText::tr("ID numbers can be listed once this terminal has "
                                          "synced with the hub."));
    }
    if (entry.name.isEmpty() && entry.phone.isEmpty() && idHash.isEmpty() && problems.isEmpty())
        problems.append(VisitText::tr("Give a name, a phone number or an ID number."));
    if (entry.name.size() > VisitRequest::kMaxNameLength)
        problems.append(
            VisitText::tr("A name is at most %1 characters.").arg(VisitRequest::kMaxNameLength));
    entry.reason = reason.simplified();
    if (entry.reason.isEmpty() || entry.reason.size() > VisitRequest::kMaxNoteLength)
        problems.append(VisitText::tr("Give the reason (at most %1 characters).")
                            .arg(VisitRequest::kMaxNoteLength));
    if (!problems.isEmpty())
        throw Error(Error::Kind::Invalid, problems.join(QLatin1Char(' ')));
    entry.id = QStringLiteral("D-%1").arg(
        QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    entry.hasIdHash = !idHash.isEmpty();
    const QString type = QStringLiteral("screening.deny.listed");
    m_events.record(
        { type,
            QJsonObject { { QStringLiteral("entry"), entry.id },
                { QStringLiteral("name"), entry.name }, { QStringLiteral("phone"), entry.phone },
                { QStringLiteral("id_hash"), idHash }, { QStringLiteral("reason"), entry.reason } },
            actor, {}, now() },
        terminalProjection(type));
    entry.updatedAt = now();
    return entry;
}

void Visits::liftDenyEntry(const QString &entryId, const QString &actor)
{
    const QList<DenyEntry> entries = denyList();
    if (std::none_of(entries.begin(), entries.end(),
            [&entryId](const DenyEntry &entry) { return entry.id == entryId; }))
        throw Error(
            Error::Kind::Invalid, VisitText::tr("There is no such entry on the deny list."));
    const QString type = QStringLiteral("screening.deny.lifted");
    m_events.record(
        { type, QJsonObject { { QStringLiteral("entry"), entryId } }, actor, {}, now() },
        terminalProjection(type));
}

QList<DenyEntry> Visits::denyList() const
{
    QSqlQuery query = runSql(m_events.database().sql(),
        QStringLiteral("SELECT entry_id, name, phone, id_hash <> '', reason, updated_at"
                       " FROM deny_list WHERE active = 1 ORDER BY updated_at DESC"),
        QStringLiteral("reading the deny list"));
    QList<DenyEntry> entries;
    while (query.next())
        entries.append({ query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toBool(), query.value(4).toString(),
            parseIsoUtc(query.value(5).toString()) });
    return entries;
}

std::optional<DenyEntry> Visits::denyEntry(const QString &entryId) const
{
    QSqlQuery query(m_events.database().sql());
    query.prepare(QStringLiteral("SELECT entry_id, name, phone, id_hash <> '', reason, updated_at"
                                 " FROM deny_list WHERE entry_id = ?"));
    query.addBindValue(entryId);
    execOrThrow(query, QStringLiteral("reading the deny list"), m_events.database().path());
    if (!query.next())
        return std::nullopt;
    return DenyEntry { query.value(0).toString(), query.value(1).toString(),
        query.value(2).toString(), query.value(3).toBool(), query.value(4).toString(),
        parseIsoUtc(query.value(5).toString()) };
}

std::optional<Visit> Visits::find(const QString &visitId) const
{
    const QList<Visit> found = select(QStringLiteral("v.visit_id = ?"), { visitId });
    return found.isEmpty() ? std::nullopt : std::optional<Visit>(found.first());
}

std::optional<Visit> Visits::findByNumber(const QString &number) const
{
    const QList<Visit> found = select(QStringLiteral("v.number = ?"), { number },
        QStringLiteral("v.checked_in_at, v.visit_id"), 1);
    return found.isEmpty() ? std::nullopt : std::optional<Visit>(found.first());
}

QList<Visit> Visits::list(VisitList which, const QString &search) const
{
    QStringList where;
    QVariantList values;
    const QDateTime midnight
        = QDateTime(now().toLocalTime().date(), QTime(0, 0), Qt::LocalTime).toUTC();
    switch (which) {
    case VisitList::Today:
        where.append(QStringLiteral("v.checked_in_at >= ?"));
        values.append(isoUtc(midnight));
        break;
    case VisitList::OnSite:
        where.append(QStringLiteral("v.state = 'on_site' AND c.visit_id IS NULL"));
        break;
    case VisitList::Approvals:
        where.append(QStringLiteral("v.state IN ('waiting', 'held') AND v.checked_in_at >= ?"));
        values.append(isoUtc(midnight.addDays(-1)));
        break;
    case VisitList::CheckedOut:
        where.append(QStringLiteral("c.checked_out_at >= ?"));
        values.append(isoUtc(midnight));
        break;
    case VisitList::All:
        break;
    }
    const QString typed = search.simplified();
    if (!typed.isEmpty()) {
        const QString like = QLatin1Char('%') + typed + QLatin1Char('%');
        where.append(QStringLiteral("(v.name LIKE ? OR v.number LIKE ? OR v.unit LIKE ?"
                                    " OR v.company_name LIKE ? OR v.host_name LIKE ?"
                                    " OR v.phone LIKE ? OR v.plate LIKE ?)"));
        for (int i = 0; i < 5; ++i)
            values.append(like);
        QString digits = typed;
        digits.remove(QRegularExpression(QStringLiteral("\\D")));
        values.append(digits.isEmpty() ? QStringLiteral("\x01")
                                       : QLatin1Char('%') + digits + QLatin1Char('%'));
        values.append(QLatin1Char('%') + normalizedPlate(typed) + QLatin1Char('%'));
    }
    return select(
        where.isEmpty() ? QStringLiteral("1") : where.join(QStringLiteral(" AND ")), values);
}

int Visits::onSiteCount() const
{
    QSqlQuery query = runSql(m_events.database().sql(),
        QStringLiteral("SELECT count(*), coalesce(sum(v.companions), 0) FROM visits v LEFT JOIN"
                       " visit_checkouts c ON c.visit_id = v.visit_id"
                       " WHERE v.state = 'on_site' AND c.visit_id IS NULL"),
        QStringLiteral("counting visitors on site"));
    return query.next() ? query.value(0).toInt() + query.value(1).toInt() : 0;
}

int Visits::approvalCount() const
{
    return int(list(VisitList::Approvals).size());
}

QList<SatisfactionDay> Visits::satisfaction(int days) const
{
    const QDate today = now().toLocalTime().date();
    QList<SatisfactionDay> result;
    for (int i = days - 1; i >= 0; --i)
        result.append({ today.addDays(-i), 0, 0 });
    QSqlQuery query(m_events.database().sql());
    query.prepare(
        QStringLiteral("SELECT rated_at, satisfied FROM visit_ratings WHERE rated_at >= ?"));
    query.addBindValue(isoUtc(QDateTime(today.addDays(-days), QTime(0, 0), Qt::LocalTime).toUTC()));
    execOrThrow(query, QStringLiteral("reading ratings"), m_events.database().path());
    while (query.next()) {
        const QDate day = parseIsoUtc(query.value(0).toString()).toLocalTime().date();
        const qint64 index = today.daysTo(day) + days - 1;
        if (index < 0 || index >= result.size())
            continue;
        result[index].responses += 1;
        result[index].satisfied += query.value(1).toInt();
    }
    return result;
}

QList<Invitation> Visits::invitations(bool includeOld) const
{
    return includeOld ? selectInvitations(QStringLiteral("1"), {})
                      : selectInvitations(QStringLiteral("i.valid_until >= ?"), { isoUtc(now()) });
}

std::optional<Invitation> Visits::findInvitation(const QString &invitationId) const
{
    const QList<Invitation> found
        = selectInvitations(QStringLiteral("i.invitation_id = ?"), { invitationId });
    return found.isEmpty() ? std::nullopt : std::optional<Invitation>(found.first());
}

QList<Invitation> Visits::selectInvitations(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_events.database().sql());
    query.prepare(QStringLiteral(
        "SELECT i.invitation_id, i.created_at, i.created_by, i.name, i.phone, i.host_person,"
        " i.company, i.unit, i.purpose, i.companions, i.plate, i.language, i.valid_from,"
        " i.valid_until, i.token, i.cancelled_at, (SELECT v.visit_id FROM visits v WHERE"
        " v.invitation_id = i.invitation_id ORDER BY v.checked_in_at DESC LIMIT 1)"
        " FROM invitations i WHERE %1 ORDER BY i.valid_from DESC LIMIT 500")
                      .arg(where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    execOrThrow(query, QStringLiteral("reading invitations"), m_events.database().path());
    QList<Invitation> found;
    while (query.next())
        found.append({ query.value(0).toString(), parseIsoUtc(query.value(1).toString()),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
            query.value(5).toString(), query.value(6).toString(), query.value(7).toString(),
            query.value(8).toString(), query.value(9).toInt(), query.value(10).toString(),
            query.value(11).toString(), parseIsoUtc(query.value(12).toString()),
            parseIsoUtc(query.value(13).toString()), query.value(14).toString(),
            parseIsoUtc(query.value(15).toString()), query.value(16).toString() });
    return found;
}

QList<Visit> Visits::select(
    const QString &where, const QVariantList &values, const QString &order, int limit) const
{
    QSqlQuery query(m_events.database().sql());
    query.prepare(QStringLiteral(
        "SELECT v.visit_id, v.number, v.checked_in_at, v.checked_in_by, v.terminal_id, v.via,"
        " v.name, v.phone, v.host_person, v.host_name, v.company, v.company_name, v.unit,"
        " v.floor, v.purpose, v.purpose_note, v.companions, v.plate, v.id_last4, v.items,"
        " v.language, v.invitation_id, v.state, v.hold_entry, v.valid_until, v.token,"
        " v.decided_at, coalesce(v.decided_by, ''), coalesce(v.decision_note, ''),"
        " c.checked_out_at, coalesce(c.checked_out_by, ''), coalesce(c.terminal_id, ''),"
        " coalesce(c.how, ''), r.satisfied, v.anonymised_at IS NOT NULL"
        " FROM visits v LEFT JOIN visit_checkouts c ON c.visit_id = v.visit_id"
        " LEFT JOIN visit_ratings r ON r.visit_id = v.visit_id"
        " WHERE %1 ORDER BY %2 LIMIT %3")
                      .arg(where, order)
                      .arg(limit));
    for (const QVariant &value : values)
        query.addBindValue(value);
    execOrThrow(query, QStringLiteral("reading visits"), m_events.database().path());
    QList<Visit> visits;
    while (query.next()) {
        Visit visit;
        int i = 0;
        const auto next = [&query, &i] { return query.value(i++); };
        visit.id = next().toString();
        visit.number = next().toString();
        visit.checkedInAt = parseIsoUtc(next().toString());
        visit.checkedInBy = next().toString();
        visit.terminalId = next().toString();
        visit.via = next().toString();
        visit.name = next().toString();
        visit.phone = next().toString();
        visit.hostPersonId = next().toString();
        visit.hostName = next().toString();
        visit.companyId = next().toString();
        visit.companyName = next().toString();
        visit.unit = next().toString();
        visit.floor = next().toString();
        visit.purpose = next().toString();
        visit.purposeNote = next().toString();
        visit.companions = next().toInt();
        visit.plate = next().toString();
        visit.idLast4 = next().toString();
        visit.items = next().toString();
        visit.language = next().toString();
        visit.invitationId = next().toString();
        const QString state = next().toString();
        visit.holdEntry = next().toString();
        visit.validUntil = parseIsoUtc(next().toString());
        visit.token = next().toString();
        visit.decidedAt = parseIsoUtc(next().toString());
        visit.decidedBy = next().toString();
        visit.decisionNote = next().toString();
        const QVariant checkedOutAt = next();
        visit.checkedOutAt = parseIsoUtc(checkedOutAt.toString());
        visit.checkedOutBy = next().toString();
        visit.checkedOutTerminal = next().toString();
        visit.checkoutHow = next().toString();
        const QVariant satisfied = next();
        if (!satisfied.isNull())
            visit.satisfied = satisfied.toBool();
        visit.anonymised = next().toBool();
        visit.state = stateFrom(state, !checkedOutAt.isNull());
        visits.append(visit);
    }
    return visits;
}

} // namespace lobbydesk
