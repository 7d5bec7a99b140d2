// The visits, check-outs, ratings and invitations tables as the visit.* events leave them
// (docs/visitors.md), for events recorded here and pulled from the site alike.
#include "services/projections.h"
#include "services/visits.h"
#include "store/sqlerror.h"

#include <QJsonObject>

namespace lobbydesk {

bool isVisitEvent(const QString &type)
{
    return type.startsWith(QStringLiteral("visit."));
}

void applyVisitEvent(const Event &event, QSqlDatabase &db)
{
    const QJsonObject p = event.payloadObject();
    const QString at = isoUtc(event.occurredAt);
    if (event.type == QStringLiteral("visit.checked_in")) {
        runSql(db,
            QStringLiteral(
                "INSERT INTO visits (visit_id, number, checked_in_at, checked_in_by, terminal_id,"
                " via, name, phone, host_person, host_name, company, company_name, unit, floor,"
                " purpose, purpose_note, companions, plate, id_last4, id_hash, items, language,"
                " invitation_id, state, hold_entry, valid_until, token) VALUES (?, ?, ?, ?, ?, ?,"
                " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (visit_id) DO NOTHING"),
            { payloadString(p, "visit"), payloadString(p, "number"), at, event.actor,
                event.terminalId, payloadString(p, "via"), payloadString(p, "name"),
                payloadString(p, "phone"), payloadString(p, "host_person"),
                payloadString(p, "host_name"), payloadString(p, "company"),
                payloadString(p, "company_name"), payloadString(p, "unit"),
                payloadString(p, "floor"), payloadString(p, "purpose"),
                payloadString(p, "purpose_note"), p.value(QStringLiteral("companions")).toInt(),
                payloadString(p, "plate"), payloadString(p, "id_last4"),
                payloadString(p, "id_hash"), payloadString(p, "items"),
                payloadString(p, "language"), payloadString(p, "invitation"),
                payloadString(p, "state"), payloadString(p, "hold_entry"),
                payloadString(p, "valid_until"), payloadString(p, "token") },
            QStringLiteral("recording a check-in"));
    } else if (event.type == QStringLiteral("visit.approved")) {
        // The first decision stands: a second desk deciding offline changes nothing here.
        runSql(db,
            QStringLiteral("UPDATE visits SET state = 'on_site', token = ?, valid_until = ?,"
                           " decided_at = ?, decided_by = ?, decision_note = ?"
                           " WHERE visit_id = ? AND state IN ('waiting', 'held')"),
            { payloadString(p, "token"), payloadString(p, "valid_until"), at, event.actor,
                payloadString(p, "note"), payloadString(p, "visit") },
            QStringLiteral("admitting a visitor"));
    } else if (event.type == QStringLiteral("visit.denied")) {
        runSql(db,
            QStringLiteral(
                "UPDATE visits SET state = 'denied', decided_at = ?, decided_by = ?,"
                " decision_note = ? WHERE visit_id = ? AND state IN ('waiting', 'held')"),
            { at, event.actor, payloadString(p, "reason"), payloadString(p, "visit") },
            QStringLiteral("turning a visitor away"));
    } else if (event.type == QStringLiteral("visit.checked_out")) {
        // The first check-out stands; a slip scanned again elsewhere while offline is kept in
        // the log only.
        runSql(db,
            QStringLiteral("INSERT INTO visit_checkouts (visit_id, event_id, checked_out_at,"
                           " checked_out_by, terminal_id, how) VALUES (?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT (visit_id) DO NOTHING"),
            { payloadString(p, "visit"), uuidText(event.id), at, event.actor, event.terminalId,
                payloadString(p, "how") },
            QStringLiteral("recording a check-out"));
    } else if (event.type == QStringLiteral("visit.rated")) {
        runSql(db,
            QStringLiteral("INSERT INTO visit_ratings (visit_id, satisfied, rated_at, terminal_id)"
                           " VALUES (?, ?, ?, ?) ON CONFLICT (visit_id) DO NOTHING"),
            { payloadString(p, "visit"), p.value(QStringLiteral("satisfied")).toBool() ? 1 : 0, at,
                event.terminalId },
            QStringLiteral("recording a rating"));
    } else if (event.type == QStringLiteral("visit.invitation.created")) {
        runSql(db,
            QStringLiteral(
                "INSERT INTO invitations (invitation_id, created_at, created_by, terminal_id, name,"
                " phone, host_person, company, unit, purpose, companions, plate, language,"
                " valid_from, valid_until, token) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                " ?, ?, ?) ON CONFLICT (invitation_id) DO NOTHING"),
            { payloadString(p, "invitation"), at, event.actor, event.terminalId,
                payloadString(p, "name"), payloadString(p, "phone"),
                payloadString(p, "host_person"), payloadString(p, "company"),
                payloadString(p, "unit"), payloadString(p, "purpose"),
                p.value(QStringLiteral("companions")).toInt(), payloadString(p, "plate"),
                payloadString(p, "language"), payloadString(p, "valid_from"),
                payloadString(p, "valid_until"), payloadString(p, "token") },
            QStringLiteral("recording an invitation"));
    } else if (event.type == QStringLiteral("visit.invitation.cancelled")) {
        runSql(db,
            QStringLiteral("UPDATE invitations SET cancelled_at = ?, cancelled_by = ?"
                           " WHERE invitation_id = ? AND cancelled_at IS NULL"),
            { at, event.actor, payloadString(p, "invitation") },
            QStringLiteral("cancelling an invitation"));
    }
}

} // namespace lobbydesk
