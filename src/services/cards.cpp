#include "services/cards.h"

#include "core/language.h"
#include "directory/directorycsv.h"
#include "directory/directorysearch.h"
#include "services/projections.h"
#include "services/terminalcode.h"
#include "store/dailynumber.h"
#include "store/eventlog.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace lobbydesk {
namespace {

// The messages' translation context, declared so that lupdate files them under it too.
struct CardText
{
    Q_DECLARE_TR_FUNCTIONS(CardText)
};

QString whenText(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// A desk's note (approval, acknowledgement) longer than a note may be: refused.
void refuseLongNote(const QString &note)
{
    if (note.size() > CardRequestForm::kMaxNoteLength)
        throw Error(Error::Kind::Invalid,
            CardText::tr("The note is at most %1 characters.")
                .arg(CardRequestForm::kMaxNoteLength));
}

// The service's own reason for a card's end, recorded in the source language so that every
// terminal shows it in its own screen's language (cardReasonText), not in the language of the
// screen that recorded it.
QString recordedReason(const char *source)
{
    return QString::fromUtf8(source);
}

} // namespace

Cards::Cards(EventLog &events, Options options)
    : m_events(events)
    , m_options(std::move(options))
    , m_directory(std::make_unique<DirectorySearch>(events.database().sql()))
{ }

Cards::Cards(EventLog &events)
    : Cards(events, Options {})
{ }

Cards::~Cards() = default;

QList<FieldProblem> Cards::problems(const CardRequestForm &form) const
{
    QList<FieldProblem> problems;
    const auto person = form.personId.isEmpty() ? std::nullopt : m_directory->person(form.personId);
    if (!person || !person->active) {
        problems.append({ QStringLiteral("person"),
            form.personId.isEmpty()
                ? CardText::tr("Choose the tenant the card is for.")
                : CardText::tr("This person is not in the building directory.") });
    } else if (!person->units.contains(form.unit.trimmed())) {
        problems.append({ QStringLiteral("unit"),
            CardText::tr("%1 is not listed at unit %2.").arg(person->name, form.unit.trimmed()) });
    }
    if (form.applicantName.simplified().size() > CardRequestForm::kMaxNameLength)
        problems.append({ QStringLiteral("applicant"),
            CardText::tr("A name is at most %1 characters.")
                .arg(CardRequestForm::kMaxNameLength) });
    if (form.proxy) {
        if (form.applicantName.simplified().isEmpty())
            problems.append({ QStringLiteral("applicant"),
                CardText::tr("Enter the name of the person applying on the tenant's behalf.") });
        if (form.letterNote.simplified().isEmpty())
            problems.append({ QStringLiteral("letter"),
                CardText::tr("Someone applying on a tenant's behalf needs an authorisation "
                             "letter: note it here.") });
    }
    if (form.letterNote.simplified().size() > CardRequestForm::kMaxNoteLength)
        problems.append({ QStringLiteral("letter"),
            CardText::tr("The note is at most %1 characters.")
                .arg(CardRequestForm::kMaxNoteLength) });
    if (form.kind == CardRequestKind::Temporary) {
        const QString holder = form.holderName.simplified();
        if (holder.isEmpty())
            problems.append({ QStringLiteral("holder"),
                CardText::tr("Enter the name of the person who will carry the temporary card.") });
        else if (holder.size() > CardRequestForm::kMaxNameLength)
            problems.append({ QStringLiteral("holder"),
                CardText::tr("A name is at most %1 characters.")
                    .arg(CardRequestForm::kMaxNameLength) });
        const QDate today = now().toLocalTime().date();
        if (!form.expiresOn.isValid() || form.expiresOn < today)
            problems.append({ QStringLiteral("expires"),
                CardText::tr("Choose the last day the temporary card is valid, from today.") });
        else if (today.daysTo(form.expiresOn) >= m_options.fees.temporaryMaxDays)
            problems.append({ QStringLiteral("expires"),
                CardText::tr("A temporary card is valid for at most %1 days.")
                    .arg(m_options.fees.temporaryMaxDays) });
    }
    if ((form.kind == CardRequestKind::ReportLost || form.kind == CardRequestKind::Cancel
            || form.kind == CardRequestKind::ReplacementDamaged)
        && person && activeCardsOf(person->id).isEmpty())
        problems.append({ QStringLiteral("kind"),
            CardText::tr("%1 has no active card to report or cancel.").arg(person->name) });
    return problems;
}

CardRequest Cards::request(const CardRequestForm &form, const QString &actor, const QUuid &id)
{
    const QList<FieldProblem> found = problems(form);
    if (!found.isEmpty()) {
        QStringList messages;
        for (const FieldProblem &problem : found)
            messages.append(problem.message);
        throw Error(Error::Kind::Invalid, messages.join(QLatin1Char(' ')));
    }
    const QUuid requestId = id.isNull() ? newEventId() : id;
    const auto person = m_directory->person(form.personId);
    const bool temporary = form.kind == CardRequestKind::Temporary;
    QJsonObject payload {
        { QStringLiteral("request"), uuidText(requestId) },
        { QStringLiteral("kind"), cardRequestKindKey(form.kind) },
        { QStringLiteral("person"), person->id },
        { QStringLiteral("person_name"), temporary ? form.holderName.simplified() : person->name },
        { QStringLiteral("unit"), form.unit.trimmed() },
        { QStringLiteral("card_type"),
            temporary ? QStringLiteral("temporary") : QStringLiteral("resident") },
        { QStringLiteral("applicant"),
            form.applicantName.simplified().isEmpty() ? person->name
                                                      : form.applicantName.simplified() },
        { QStringLiteral("proxy"), form.proxy },
        { QStringLiteral("letter_note"), form.proxy ? form.letterNote.simplified() : QString() },
        { QStringLiteral("via"), form.via.isEmpty() ? QStringLiteral("desk") : form.via },
        { QStringLiteral("language"), languageOrEnglish(form.language) },
    };
    if (temporary)
        payload.insert(
            QStringLiteral("expires_at"), isoUtc(form.expiresOn.addDays(1).startOfDay().toUTC()));
    const QString type = QStringLiteral("card.requested");
    m_events.record({ type, payload, actor, requestId, now() }, terminalProjection(type));
    return *find(uuidText(requestId));
}

std::pair<qint64, qint64> Cards::charges(const QString &requestId) const
{
    const auto request = find(requestId);
    if (!request || !issuesACard(request->kind))
        return { 0, 0 };
    // A replacement pays the card again; the deposit of the first card still stands.
    const bool replacement = request->kind == CardRequestKind::ReplacementLost
        || request->kind == CardRequestKind::ReplacementDamaged;
    return { m_options.fees.feeFor(request->cardType),
        replacement ? 0 : m_options.fees.depositFor(request->cardType) };
}

CardRequest Cards::openOrThrow(const QString &requestId) const
{
    const auto request = find(requestId);
    if (!request)
        throw Error(Error::Kind::Invalid, CardText::tr("There is no such card request."));
    if (request->state != CardRequest::State::Requested)
        throw Error(Error::Kind::Invalid,
            CardText::tr("This request was already decided (%1).")
                .arg(cardRequestStateKey(request->state)));
    return *request;
}

Cards::Outcome Cards::approve(
    const QString &requestId, const Approval &approval, const QString &actor)
{
    const CardRequest request = openOrThrow(requestId);
    if (!approval.identityChecked)
        throw Error(Error::Kind::Invalid,
            CardText::tr("Check the applicant's proof of identity before approving."));
    if (request.proxy && request.letterNote.isEmpty())
        throw Error(
            Error::Kind::Invalid, CardText::tr("A proxy applicant needs an authorisation letter."));
    const auto amount = [](const QString &typed, const QString &what) -> qint64 {
        if (typed.trimmed().isEmpty())
            return 0;
        const auto fen = parseYuan(typed);
        if (!fen)
            throw Error(Error::Kind::Invalid,
                CardText::tr("The %1 \"%2\" is not an amount in yuan: type it like 20 or 20.00.")
                    .arg(what, typed.trimmed()));
        return *fen;
    };
    const qint64 fee = amount(approval.fee, CardText::tr("fee"));
    const qint64 deposit = amount(approval.deposit, CardText::tr("deposit"));
    if ((fee || deposit) && !issuesACard(request.kind))
        throw Error(Error::Kind::Invalid,
            CardText::tr("Reporting a card lost or cancelling it is free: leave the fee empty."));
    refuseLongNote(approval.note.simplified());

    const QString type = QStringLiteral("card.approved");
    m_events.record({ type,
                        QJsonObject { { QStringLiteral("request"), request.id },
                            { QStringLiteral("identity_checked"), true },
                            { QStringLiteral("note"), approval.note.simplified() } },
                        actor, {}, now() },
        terminalProjection(type));
    Outcome outcome;
    if (fee)
        outcome.payments.append(pay(request, QStringLiteral("fee"), fee, {}, actor));
    if (deposit)
        outcome.payments.append(pay(request, QStringLiteral("deposit"), deposit, {}, actor));
    if (request.kind == CardRequestKind::ReportLost
        || request.kind == CardRequestKind::ReplacementLost) {
        for (const CardBinding &card : activeCardsOf(request.personId)) {
            endBinding(QStringLiteral("card.reported_lost"), card,
                recordedReason(QT_TRANSLATE_NOOP("CardText", "reported lost")), request.id, actor);
            outcome.blocked.append(card.uid);
        }
        outcome.flags = lostCardFlags(request.personId);
    } else if (request.kind == CardRequestKind::Cancel) {
        for (const CardBinding &card : activeCardsOf(request.personId)) {
            // The deposit paid with this card goes back (move-out).
            qint64 refundable = 0;
            QSqlQuery query(m_events.database().sql());
            query.prepare(QStringLiteral(
                "SELECT coalesce(sum(CASE kind WHEN 'deposit' THEN amount_fen WHEN 'refund' THEN"
                " -amount_fen ELSE 0 END), 0) FROM card_payments WHERE (request_id = ? AND"
                " request_id <> '') OR uid = ?"));
            query.addBindValue(card.requestId);
            query.addBindValue(card.uid);
            execOrThrow(
                query, QStringLiteral("reading a card's deposit"), m_events.database().path());
            if (query.next())
                refundable = query.value(0).toLongLong();
            endBinding(QStringLiteral("card.cancelled"), card,
                recordedReason(QT_TRANSLATE_NOOP("CardText", "cancelled on move-out")), request.id,
                actor);
            outcome.cancelled.append(card.uid);
            if (refundable > 0)
                outcome.payments.append(
                    pay(request, QStringLiteral("refund"), refundable, card.uid, actor));
        }
    }
    outcome.request = *find(request.id);
    return outcome;
}

CardRequest Cards::reject(const QString &requestId, const QString &reason, const QString &actor)
{
    const CardRequest request = openOrThrow(requestId);
    const QString why = reason.simplified();
    if (why.isEmpty())
        throw Error(Error::Kind::Invalid, CardText::tr("Say why the request is rejected."));
    if (why.size() > CardRequestForm::kMaxNoteLength)
        throw Error(Error::Kind::Invalid,
            CardText::tr("The reason is at most %1 characters.")
                .arg(CardRequestForm::kMaxNoteLength));
    const QString type = QStringLiteral("card.rejected");
    m_events.record({ type,
                        QJsonObject { { QStringLiteral("request"), request.id },
                            { QStringLiteral("reason"), why } },
                        actor, {}, now() },
        terminalProjection(type));
    return *find(request.id);
}

CardRequest Cards::issue(const QString &requestId, const QString &uid, const QString &actor)
{
    const auto request = find(requestId);
    if (!request)
        throw Error(Error::Kind::Invalid, CardText::tr("There is no such card request."));
    if (!issuesACard(request->kind))
        throw Error(Error::Kind::Invalid, CardText::tr("This request does not issue a card."));
    if (request->state == CardRequest::State::Requested)
        throw Error(
            Error::Kind::Invalid, CardText::tr("Approve the request before issuing the card."));
    if (request->state != CardRequest::State::Approved)
        throw Error(Error::Kind::Invalid,
            CardText::tr("This request is %1: no card to issue.")
                .arg(cardRequestStateKey(request->state)));
    const auto normal = normalizedCardUid(uid);
    if (!normal)
        throw Error(Error::Kind::Invalid,
            CardText::tr("\"%1\" is not a card number the reader gives: tap the card again.")
                .arg(uid.trimmed()));
    const CardCheck card = check(*normal);
    switch (card.status) {
    case CardCheck::Status::Blocked:
        throw Error(Error::Kind::Invalid,
            CardText::tr("Card %1 was reported lost on %2 (%3's card) and stays blocked: take "
                         "another card.")
                .arg(*normal, whenText(card.since), card.personName));
    case CardCheck::Status::Tenant:
    case CardCheck::Status::Temporary:
        throw Error(Error::Kind::Invalid,
            card.personId == request->personId && card.status == CardCheck::Status::Tenant
                ? CardText::tr("Card %1 is already %2's active card: take a new card.")
                      .arg(*normal, card.personName)
                : CardText::tr("Card %1 is already bound to %2 (unit %3): take another card.")
                      .arg(*normal, card.personName, card.units.join(QStringLiteral(", "))));
    case CardCheck::Status::Staff:
        throw Error(Error::Kind::Invalid,
            CardText::tr("Card %1 is a staff card: take another card.").arg(*normal));
    case CardCheck::Status::Cancelled:
    case CardCheck::Status::Expired:
    case CardCheck::Status::Unknown:
        break; // a cancelled card handed back may be issued again
    }
    QJsonArray replaces;
    if (request->kind == CardRequestKind::ReplacementDamaged) {
        for (const CardBinding &old : activeCardsOf(request->personId))
            replaces.append(old.uid);
    }
    QJsonObject payload { { QStringLiteral("request"), request->id },
        { QStringLiteral("uid"), *normal }, { QStringLiteral("person"), request->personId },
        { QStringLiteral("person_name"), request->personName },
        { QStringLiteral("unit"), request->unit },
        { QStringLiteral("card_type"), request->cardType },
        { QStringLiteral("replaces"), replaces } };
    if (request->expiresAt.isValid())
        payload.insert(QStringLiteral("expires_at"), isoUtc(request->expiresAt));
    const QString type = QStringLiteral("card.issued");
    m_events.record({ type, payload, actor, {}, now() }, terminalProjection(type));
    return *find(request->id);
}

Cards::Outcome Cards::reportLost(
    const QString &personId, const QString &reason, const QString &actor)
{
    const auto person = m_directory->person(personId);
    if (!person)
        throw Error(
            Error::Kind::Invalid, CardText::tr("This person is not in the building directory."));
    const QList<CardBinding> cards = activeCardsOf(personId);
    if (cards.isEmpty())
        throw Error(Error::Kind::Invalid,
            CardText::tr("%1 has no active card to report or cancel.").arg(person->name));
    const QString why = reason.simplified().isEmpty()
        ? recordedReason(QT_TRANSLATE_NOOP("CardText", "reported lost at the desk"))
        : reason.simplified();
    Outcome outcome;
    for (const CardBinding &card : cards) {
        endBinding(QStringLiteral("card.reported_lost"), card, why, {}, actor);
        outcome.blocked.append(card.uid);
    }
    outcome.flags = lostCardFlags(personId);
    return outcome;
}

CardCheck Cards::tapped(const QString &uid)
{
    const CardCheck card = check(uid);
    if (card.status == CardCheck::Status::Blocked) {
        const QString type = QStringLiteral("card.blocked.tapped");
        m_events.record(
            { type, QJsonObject { { QStringLiteral("uid"), card.uid } }, {}, {}, now() },
            terminalProjection(type));
    }
    return card;
}

BlockedTap Cards::acknowledgeTap(const QString &tapId, const QString &note, const QString &actor)
{
    const auto tap = blockedTap(tapId.trimmed());
    if (!tap)
        throw Error(Error::Kind::Invalid, CardText::tr("There is no such blocked-card tap."));
    if (tap->acknowledged())
        throw Error(Error::Kind::Invalid,
            CardText::tr("This tap of card %1 was already acknowledged by %2 on %3.")
                .arg(tap->uid, tap->acknowledgedBy, whenText(tap->acknowledgedAt)));
    const QString said = note.simplified();
    refuseLongNote(said);
    const QString type = QStringLiteral("card.blocked_tap.acknowledged");
    m_events.record({ type,
                        QJsonObject { { QStringLiteral("tap"), tap->eventId },
                            { QStringLiteral("uid"), tap->uid }, { QStringLiteral("note"), said } },
                        actor, {}, now() },
        terminalProjection(type));
    return *blockedTap(tap->eventId);
}

CardPayment Cards::pay(const CardRequest &request, const QString &kind, qint64 fen,
    const QString &uid, const QString &actor)
{
    // Per terminal, with the terminal's code in the number: two desks offline on the same day
    // never print the same receipt number (docs/ic-cards.md).
    const QDateTime at = now();
    QSqlDatabase &db = m_events.database().sql();
    const QString receipt
        = nextDailyNumber(db, QStringLiteral("RC-") + terminalCode(db, m_events.terminalId()), at,
            QStringLiteral("card_payments"), QStringLiteral("receipt"),
            QStringLiteral("terminal_id = ?"), { m_events.terminalId() });
    const QString type = QStringLiteral("card.payment.recorded");
    m_events.record(
        { type,
            QJsonObject { { QStringLiteral("receipt"), receipt },
                { QStringLiteral("request"), request.id },
                { QStringLiteral("uid"), uid.isEmpty() ? request.uid : uid },
                { QStringLiteral("person_name"), request.personName },
                { QStringLiteral("card_type"), request.cardType }, { QStringLiteral("kind"), kind },
                { QStringLiteral("amount_fen"), fen } },
            actor, {}, at },
        terminalProjection(type));
    return CardPayment { receipt, m_events.terminalId(), request.id,
        uid.isEmpty() ? request.uid : uid, request.personName, kind, fen, at, actor };
}

// card.reported_lost (blocks the UID) or card.cancelled: the same facts of the card's end.
void Cards::endBinding(const QString &type, const CardBinding &card, const QString &reason,
    const QString &requestId, const QString &actor)
{
    m_events.record(
        { type,
            QJsonObject { { QStringLiteral("uid"), card.uid },
                { QStringLiteral("person"), card.personId },
                { QStringLiteral("person_name"), card.personName },
                { QStringLiteral("unit"), card.unit },
                { QStringLiteral("card_type"), card.cardType },
                { QStringLiteral("request"), requestId }, { QStringLiteral("reason"), reason } },
            actor, {}, now() },
        terminalProjection(type));
}

QList<LostCardFlag> Cards::lostCardFlags(const QString &personId) const
{
    QList<LostCardFlag> flags;
    const auto person = m_directory->person(personId);
    const QString name = person ? person->name : personId;
    for (const CardBinding &card :
        bindings(QStringLiteral("person = ? AND state = 'blocked'"), { personId }))
        flags.append({ card.uid, name,
            CardText::tr("Card %1 of %2 is blocked: tell the access-control operator if the "
                         "door system is not fed by the export.")
                .arg(card.uid, name) });
    return flags + holderFlags(personId);
}

QList<LostCardFlag> Cards::holderFlags(const QString &personId) const
{
    return m_options.moreLostCardFlags ? m_options.moreLostCardFlags(personId)
                                       : QList<LostCardFlag> {};
}

QString cardReasonText(const QString &recorded)
{
    // A reason a person typed has no translation and comes back as typed.
    return QCoreApplication::translate("CardText", recorded.toUtf8().constData());
}

} // namespace lobbydesk
