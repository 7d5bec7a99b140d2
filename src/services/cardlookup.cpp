// The Cards service's reads: a tapped card's check, the lists the desk shows, the payments of
// a day and the blocked-UID export.
#include "directory/directorycsv.h"
#include "directory/directorysearch.h"
#include "services/cards.h"
#include "store/eventlog.h"
#include "store/sqlerror.h"

#include <QSqlQuery>

namespace lobbydesk {
namespace {

constexpr auto kBindingColumns = "uid, person, person_name, unit, card_type, request_id,"
                                 " bound_at, coalesce(expires_at, ''), state, changed_at,"
                                 " changed_by, reason";

CardRequest::State stateFrom(const QString &key)
{
    if (key == u"approved")
        return CardRequest::State::Approved;
    if (key == u"rejected")
        return CardRequest::State::Rejected;
    if (key == u"issued")
        return CardRequest::State::Issued;
    if (key == u"done")
        return CardRequest::State::Done;
    return CardRequest::State::Requested;
}

// A CSV field: quoted when it holds a comma, a quote or a line break.
QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QStringLiteral("\""), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

} // namespace

std::optional<CardBinding> Cards::binding(const QString &uid) const
{
    const QList<CardBinding> found = bindings(QStringLiteral("uid = ?"), { uid });
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<CardBinding> Cards::bindings(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_events.database().sql());
    query.prepare(QStringLiteral("SELECT %1 FROM card_bindings WHERE %2 ORDER BY changed_at DESC")
                      .arg(QLatin1String(kBindingColumns), where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    execOrThrow(query, QStringLiteral("reading card bindings"), m_events.database().path());
    QList<CardBinding> cards;
    while (query.next())
        cards.append(
            { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                parseIsoUtc(query.value(6).toString()), parseIsoUtc(query.value(7).toString()),
                query.value(8).toString(), parseIsoUtc(query.value(9).toString()),
                query.value(10).toString(), query.value(11).toString() });
    return cards;
}

CardCheck Cards::check(const QString &uid) const
{
    CardCheck card;
    const auto normal = normalizedCardUid(uid);
    if (!normal)
        return card;
    card.uid = *normal;
    // The desk's binding wins over the directory: a blocked UID is refused even if the
    // directory still lists it.
    if (const auto bound = binding(*normal)) {
        card.personId = bound->personId;
        card.personName = bound->personName;
        card.units = { bound->unit };
        card.since = bound->changedAt;
        card.expiresAt = bound->expiresAt;
        if (bound->state == u"blocked") {
            card.status = CardCheck::Status::Blocked;
        } else if (bound->state == u"cancelled") {
            card.status = CardCheck::Status::Cancelled;
        } else if (bound->expiresAt.isValid() && bound->expiresAt <= now()) {
            card.status = CardCheck::Status::Expired;
        } else if (bound->cardType == u"temporary") {
            card.status = CardCheck::Status::Temporary;
        } else {
            const auto person = m_directory->person(bound->personId);
            if (!person || !person->active) {
                CardCheck unknown;
                unknown.uid = *normal;
                return unknown;
            }
            card.status = CardCheck::Status::Tenant;
            card.personName = person->name;
            card.units = person->units;
            card.roles = person->roles;
        }
        return card;
    }
    if (const auto person = m_directory->personByCard(*normal)) {
        card.status = CardCheck::Status::Tenant;
        card.personId = person->id;
        card.personName = person->name;
        card.units = person->units;
        card.roles = person->roles;
    } else if (m_directory->staffByCard(*normal)) {
        card.status = CardCheck::Status::Staff;
    }
    return card;
}

std::optional<QString> Cards::personByUnitAndPhone(const QString &unit, const QString &phone) const
{
    const auto typed = normalizedPhone(phone);
    if (!typed || unit.trimmed().isEmpty())
        return std::nullopt;
    QSqlQuery query(m_events.database().sql());
    query.prepare(QStringLiteral("SELECT p.person FROM directory_people p, json_each(p.units) u"
                                 " WHERE u.value = ? AND p.active = 1"));
    query.addBindValue(unit.trimmed());
    execOrThrow(query, QStringLiteral("finding a tenant"), m_events.database().path());
    QStringList people;
    while (query.next())
        people.append(query.value(0).toString());
    for (const QString &id : people) {
        const auto person = m_directory->person(id);
        if (person && normalizedPhone(person->phone) == typed)
            return id;
    }
    return std::nullopt;
}

QList<std::pair<QString, QString>> Cards::peopleAt(const QString &unit) const
{
    QSqlQuery query(m_events.database().sql());
    query.prepare(QStringLiteral("SELECT p.person, p.name FROM directory_people p,"
                                 " json_each(p.units) u WHERE u.value = ? AND p.active = 1"
                                 " ORDER BY p.person"));
    query.addBindValue(unit.trimmed());
    execOrThrow(query, QStringLiteral("listing a unit's people"), m_events.database().path());
    QList<std::pair<QString, QString>> people;
    while (query.next())
        people.append({ query.value(0).toString(), query.value(1).toString() });
    return people;
}

QList<CardBinding> Cards::activeCardsOf(const QString &personId) const
{
    QList<CardBinding> cards;
    for (const CardBinding &card :
        bindings(QStringLiteral("person = ? AND state = 'active'"), { personId })) {
        if (!card.expiresAt.isValid() || card.expiresAt > now())
            cards.append(card);
    }
    // The directory's cards count unless the desk has changed them (a row in card_bindings).
    const auto person = m_directory->person(personId);
    if (!person)
        return cards;
    for (const QString &listed : person->cards) {
        const QString uid = normalizedCardUid(listed).value_or(listed);
        if (binding(uid))
            continue;
        CardBinding card;
        card.uid = uid;
        card.personId = person->id;
        card.personName = person->name;
        card.unit = person->units.value(0);
        card.cardType = QStringLiteral("resident");
        card.state = QStringLiteral("active");
        cards.append(card);
    }
    return cards;
}

QList<CardBinding> Cards::blockedCards() const
{
    return bindings(QStringLiteral("state = 'blocked'"), {});
}

QList<BlockedTap> Cards::selectTaps(
    const QString &where, const QVariantList &values, int limit) const
{
    QSqlQuery query(m_events.database().sql());
    query.prepare(QStringLiteral(
        "SELECT t.event_id, t.uid, t.terminal_id, t.tapped_at, coalesce(b.person_name, ''),"
        " coalesce(t.seen_at, ''), coalesce(t.seen_by, ''), coalesce(t.seen_note, '')"
        " FROM card_blocked_taps t LEFT JOIN card_bindings b ON b.uid = t.uid WHERE %1"
        " ORDER BY t.seen, t.tapped_at DESC LIMIT ?")
                      .arg(where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    execOrThrow(query, QStringLiteral("reading blocked card taps"), m_events.database().path());
    QList<BlockedTap> taps;
    while (query.next())
        taps.append({ query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), parseIsoUtc(query.value(3).toString()),
            query.value(4).toString(), parseIsoUtc(query.value(5).toString()),
            query.value(6).toString(), query.value(7).toString() });
    return taps;
}

QList<BlockedTap> Cards::blockedTaps(int limit) const
{
    // Every tap still to acknowledge, however old, and the newest of the rest (-1: no limit).
    return selectTaps(QStringLiteral("t.seen = 0 OR t.event_id IN (SELECT event_id FROM"
                                     " card_blocked_taps WHERE seen = 1 ORDER BY tapped_at DESC"
                                     " LIMIT ?)"),
        { limit }, -1);
}

std::optional<BlockedTap> Cards::blockedTap(const QString &tapId) const
{
    const QList<BlockedTap> found = selectTaps(QStringLiteral("t.event_id = ?"), { tapId }, 1);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

int Cards::unacknowledgedTapCount() const
{
    QSqlQuery query(m_events.database().sql());
    query.prepare(QStringLiteral("SELECT count(*) FROM card_blocked_taps WHERE seen = 0"));
    execOrThrow(query, QStringLiteral("counting blocked card taps"), m_events.database().path());
    return query.next() ? query.value(0).toInt() : 0;
}

QList<CardPayment> Cards::payments(const QDate &localDay) const
{
    QSqlQuery query(m_events.database().sql());
    query.prepare(QStringLiteral(
        "SELECT receipt, terminal_id, request_id, uid, person_name, kind, amount_fen, paid_at,"
        " paid_by FROM card_payments WHERE paid_at >= ? AND paid_at < ? ORDER BY paid_at"));
    query.addBindValue(isoUtc(localDay.startOfDay().toUTC()));
    query.addBindValue(isoUtc(localDay.addDays(1).startOfDay().toUTC()));
    execOrThrow(query, QStringLiteral("reading card payments"), m_events.database().path());
    QList<CardPayment> found;
    while (query.next())
        found.append({ query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
            query.value(5).toString(), query.value(6).toLongLong(),
            parseIsoUtc(query.value(7).toString()), query.value(8).toString() });
    return found;
}

qint64 Cards::dailyTotal(const QDate &localDay) const
{
    qint64 total = 0;
    for (const CardPayment &payment : payments(localDay))
        total += payment.signedFen();
    return total;
}

std::optional<CardRequest> Cards::find(const QString &requestId) const
{
    const QList<CardRequest> found = select(QStringLiteral("request_id = ?"), { requestId });
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<CardRequest> Cards::list(CardRequestList which) const
{
    switch (which) {
    case CardRequestList::Pending:
        return select(QStringLiteral("state = 'requested'"), {});
    case CardRequestList::ToIssue:
        return select(QStringLiteral("state = 'approved'"), {});
    case CardRequestList::Today:
        return select(QStringLiteral("requested_at >= ? OR decided_at >= ?"),
            { isoUtc(now().toLocalTime().date().startOfDay().toUTC()),
                isoUtc(now().toLocalTime().date().startOfDay().toUTC()) });
    case CardRequestList::All:
        return select(QStringLiteral("1"), {});
    }
    Q_UNREACHABLE();
}

QList<CardRequest> Cards::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_events.database().sql());
    query.prepare(QStringLiteral(
        "SELECT request_id, kind, person, person_name, unit, card_type, applicant, proxy,"
        " letter_note, via, identity_checked, state, requested_at, requested_by,"
        " coalesce(decided_at, ''), coalesce(decided_by, ''), coalesce(decision_note, ''),"
        " coalesce(expires_at, ''), coalesce(uid, ''), language FROM card_requests WHERE %1"
        " ORDER BY requested_at DESC LIMIT 500")
                      .arg(where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    execOrThrow(query, QStringLiteral("reading card requests"), m_events.database().path());
    QList<CardRequest> found;
    while (query.next()) {
        CardRequest request;
        request.id = query.value(0).toString();
        request.kind
            = cardRequestKindFrom(query.value(1).toString()).value_or(CardRequestKind::New);
        request.personId = query.value(2).toString();
        request.personName = query.value(3).toString();
        request.unit = query.value(4).toString();
        request.cardType = query.value(5).toString();
        request.applicantName = query.value(6).toString();
        request.proxy = query.value(7).toBool();
        request.letterNote = query.value(8).toString();
        request.via = query.value(9).toString();
        request.identityChecked = query.value(10).toBool();
        request.state = stateFrom(query.value(11).toString());
        request.requestedAt = parseIsoUtc(query.value(12).toString());
        request.requestedBy = query.value(13).toString();
        request.decidedAt = parseIsoUtc(query.value(14).toString());
        request.decidedBy = query.value(15).toString();
        request.decisionNote = query.value(16).toString();
        request.expiresAt = parseIsoUtc(query.value(17).toString());
        request.uid = query.value(18).toString();
        request.language = query.value(19).toString();
        found.append(request);
    }
    return found;
}

QByteArray Cards::blockedCsv() const
{
    QString csv = QStringLiteral("uid,blocked_at,person,unit,card_type,reason\n");
    for (const CardBinding &card : blockedCards())
        csv += QStringList { card.uid, isoUtc(card.changedAt), csvField(card.personName),
            csvField(card.unit), card.cardType, csvField(card.reason) }
                   .join(QLatin1Char(','))
            + QLatin1Char('\n');
    return csv.toUtf8();
}

} // namespace lobbydesk
