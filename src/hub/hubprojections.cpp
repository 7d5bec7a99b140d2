#include "hub/hubprojections.h"

#include "hub/hubdatabase.h"

namespace lobbydesk {

void applyHubProjection(
    HubDatabase &db, const QString &siteId, const Event &event, const QJsonObject &payload)
{
    if (event.type == QStringLiteral("desk.note.added")) {
        QSqlQuery &insert = db.prepared(QStringLiteral(
            "INSERT INTO desk_notes (event_id, site_id, terminal_id, written_at, author, text)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING"));
        insert.addBindValue(uuidText(event.id));
        insert.addBindValue(siteId);
        insert.addBindValue(event.terminalId);
        insert.addBindValue(isoUtc(event.occurredAt));
        insert.addBindValue(event.actor);
        insert.addBindValue(payload.value(QStringLiteral("text")).toString());
        db.exec(insert, QStringLiteral("recording a desk note"));
        insert.finish();
    }
}

} // namespace lobbydesk
