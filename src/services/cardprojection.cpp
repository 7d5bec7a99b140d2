#include "services/cardprojection.h"

#include "core/language.h"
#include "services/projections.h"
#include "store/sqlerror.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lobbydesk {
namespace {

QVariant optionalText(const QJsonObject &payload, const char *key)
{
    const QString value = payloadString(payload, key);
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

void addRequest(const Event &event, const QJsonObject &p, QSqlDatabase &db)
{
    runSql(db,
        QStringLiteral(
            "INSERT INTO card_requests (request_id, kind, person, person_name, unit, card_type,"
            " applicant, proxy, letter_note, via, language, state, requested_at, requested_by,"
            " terminal_id, expires_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'requested', ?, ?, ?, ?)"
            " ON CONFLICT (request_id) DO NOTHING"),
        { payloadString(p, "request"), payloadString(p, "kind"), payloadString(p, "person"),
            payloadString(p, "person_name"), payloadString(p, "unit"),
            payloadString(p, "card_type"), payloadString(p, "applicant"),
            p.value(QStringLiteral("proxy")).toBool() ? 1 : 0, payloadString(p, "letter_note"),
            payloadString(p, "via"), languageOrEnglish(payloadString(p, "language")),
            isoUtc(event.occurredAt), event.actor, event.terminalId,
            optionalText(p, "expires_at") },
        QStringLiteral("recording a card request"));
}

// Every state a UID can be put in goes through here; `onlyIf` limits which rows change.
void putBinding(const Event &event, const QJsonObject &p, const QString &uid, const QString &state,
    const QString &onlyIf, QSqlDatabase &db)
{
    runSql(db,
        QStringLiteral("INSERT INTO card_bindings (uid, person, person_name, unit, card_type,"
                       " request_id, bound_at, expires_at, state, changed_at, changed_by, reason)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO UPDATE"
                       " SET state = excluded.state, changed_at = excluded.changed_at,"
                       " changed_by = excluded.changed_by, reason = excluded.reason%1")
            .arg(onlyIf.isEmpty() ? QString() : QStringLiteral(" WHERE ") + onlyIf),
        { uid, payloadString(p, "person"), payloadString(p, "person_name"),
            payloadString(p, "unit"),
            payloadString(p, "card_type").isEmpty() ? QStringLiteral("resident")
                                                    : payloadString(p, "card_type"),
            payloadString(p, "request"), isoUtc(event.occurredAt), optionalText(p, "expires_at"),
            state, isoUtc(event.occurredAt), event.actor, payloadString(p, "reason") },
        QStringLiteral("changing a card's state"));
}

void issue(const Event &event, const QJsonObject &p, QSqlDatabase &db)
{
    const QString uid = payloadString(p, "uid");
    // A new binding replaces a cancelled one's holder; a blocked UID stays blocked.
    runSql(db,
        QStringLiteral("INSERT INTO card_bindings (uid, person, person_name, unit, card_type,"
                       " request_id, bound_at, expires_at, state, changed_at, changed_by, reason)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, '') ON CONFLICT (uid)"
                       " DO UPDATE SET person = excluded.person, person_name ="
                       " excluded.person_name, unit = excluded.unit, card_type ="
                       " excluded.card_type, request_id = excluded.request_id, bound_at ="
                       " excluded.bound_at, expires_at = excluded.expires_at, state = 'active',"
                       " changed_at = excluded.changed_at, changed_by = excluded.changed_by,"
                       " reason = '' WHERE card_bindings.state = 'cancelled'"),
        { uid, payloadString(p, "person"), payloadString(p, "person_name"),
            payloadString(p, "unit"), payloadString(p, "card_type"), payloadString(p, "request"),
            isoUtc(event.occurredAt), optionalText(p, "expires_at"), isoUtc(event.occurredAt),
            event.actor },
        QStringLiteral("binding a card"));
    for (const QJsonValue &old : p.value(QStringLiteral("replaces")).toArray()) {
        QJsonObject replaced = p;
        replaced.insert(QStringLiteral("reason"), QStringLiteral("replaced"));
        replaced.insert(QStringLiteral("request"), QString());
        putBinding(event, replaced, old.toString(), QStringLiteral("cancelled"),
            QStringLiteral("card_bindings.state = 'active'"), db);
    }
    runSql(db,
        QStringLiteral("UPDATE card_requests SET state = 'issued', uid = ? WHERE request_id = ?"
                       " AND state = 'approved'"),
        { uid, payloadString(p, "request") }, QStringLiteral("marking a card request issued"));
}

} // namespace

bool isCardEvent(const QString &type)
{
    return type.startsWith(QStringLiteral("card."));
}

void applyCardEvent(const Event &event, QSqlDatabase &db)
{
    const QJsonObject p = event.payloadObject();
    const QString at = isoUtc(event.occurredAt);
    const QString &type = event.type;
    if (type == u"card.requested") {
        addRequest(event, p, db);
    } else if (type == u"card.approved") {
        // The first decision stands; a request that issues no card is done once approved.
        runSql(db,
            QStringLiteral("UPDATE card_requests SET state = CASE WHEN kind IN ('report-lost',"
                           " 'cancel') THEN 'done' ELSE 'approved' END, identity_checked = ?,"
                           " decided_at = ?, decided_by = ?, decision_note = ?"
                           " WHERE request_id = ? AND state = 'requested'"),
            { p.value(QStringLiteral("identity_checked")).toBool() ? 1 : 0, at, event.actor,
                payloadString(p, "note"), payloadString(p, "request") },
            QStringLiteral("approving a card request"));
    } else if (type == u"card.rejected") {
        runSql(db,
            QStringLiteral("UPDATE card_requests SET state = 'rejected', decided_at = ?,"
                           " decided_by = ?, decision_note = ? WHERE request_id = ?"
                           " AND state = 'requested'"),
            { at, event.actor, payloadString(p, "reason"), payloadString(p, "request") },
            QStringLiteral("rejecting a card request"));
    } else if (type == u"card.issued") {
        issue(event, p, db);
    } else if (type == u"card.reported_lost") {
        putBinding(event, p, payloadString(p, "uid"), QStringLiteral("blocked"), {}, db);
    } else if (type == u"card.cancelled") {
        putBinding(event, p, payloadString(p, "uid"), QStringLiteral("cancelled"),
            QStringLiteral("card_bindings.state = 'active'"), db);
    } else if (type == u"card.payment.recorded") {
        runSql(db,
            QStringLiteral("INSERT INTO card_payments (event_id, receipt, terminal_id,"
                           " request_id, uid, person_name, kind, amount_fen, paid_at, paid_by)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id)"
                           " DO NOTHING"),
            { uuidText(event.id), payloadString(p, "receipt"), event.terminalId,
                payloadString(p, "request"), payloadString(p, "uid"),
                payloadString(p, "person_name"), payloadString(p, "kind"),
                p.value(QStringLiteral("amount_fen")).toInteger(), at, event.actor },
            QStringLiteral("recording a card payment"));
    } else if (type == u"card.blocked.tapped") {
        runSql(db,
            QStringLiteral("INSERT INTO card_blocked_taps (event_id, uid, terminal_id, tapped_at)"
                           " VALUES (?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING"),
            { uuidText(event.id), payloadString(p, "uid"), event.terminalId, at },
            QStringLiteral("flagging a blocked card"));
    } else if (type == u"card.blocked_tap.acknowledged") {
        // Two desks acknowledging one tap offline: the earlier stands on every terminal,
        // whatever order the events arrive in.
        runSql(db,
            QStringLiteral("UPDATE card_blocked_taps SET seen = 1, seen_at = ?, seen_by = ?,"
                           " seen_note = ? WHERE event_id = ? AND (seen = 0 OR seen_at > ?)"),
            { at, event.actor, payloadString(p, "note"), payloadString(p, "tap"), at },
            QStringLiteral("acknowledging a blocked card's tap"));
    }
}

} // namespace lobbydesk
