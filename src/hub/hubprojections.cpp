#include "hub/hubprojections.h"

#include "hub/hubdatabase.h"

#include <QJsonDocument>

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
    } else if (event.type == QStringLiteral("screening.deny.listed")) {
        // The desk's entries join the site's list at the hub, shown by `hub deny-list`.
        QJsonObject entry;
        for (const char *field : { "entry", "name", "phone", "id_hash", "reason" })
            entry.insert(QLatin1String(field),
                payload.value(QLatin1String(field)).toString(QStringLiteral("")));
        QSqlQuery &upsert = db.prepared(QStringLiteral(
            "INSERT INTO deny_list (site_id, entry_id, payload, active, updated_at)"
            " VALUES (?, ?, ?, 1, ?) ON CONFLICT (site_id, entry_id) DO UPDATE SET"
            " payload = excluded.payload, active = 1, updated_at = excluded.updated_at"));
        upsert.addBindValue(siteId);
        upsert.addBindValue(entry.value(QStringLiteral("entry")).toString());
        upsert.addBindValue(QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
        upsert.addBindValue(isoUtc(event.occurredAt));
        db.exec(upsert, QStringLiteral("adding to the deny list"));
        upsert.finish();
    } else if (event.type == QStringLiteral("card.reported_lost")) {
        // A block stays: the first report's time is kept, a later one changes nothing.
        QSqlQuery &insert = db.prepared(QStringLiteral(
            "INSERT INTO card_blocks (site_id, uid, person_name, unit, card_type, reason,"
            " blocked_at, terminal_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (site_id, uid) DO NOTHING"));
        insert.addBindValue(siteId);
        for (const char *field : { "uid", "person_name", "unit", "card_type", "reason" })
            insert.addBindValue(payload.value(QLatin1String(field)).toString(QStringLiteral("")));
        insert.addBindValue(isoUtc(event.occurredAt));
        insert.addBindValue(event.terminalId);
        db.exec(insert, QStringLiteral("recording a blocked card"));
        insert.finish();
    } else if (event.type == QStringLiteral("screening.deny.lifted")) {
        QSqlQuery &update = db.prepared(QStringLiteral(
            "UPDATE deny_list SET active = 0, updated_at = ? WHERE site_id = ? AND entry_id = ?"));
        update.addBindValue(isoUtc(event.occurredAt));
        update.addBindValue(siteId);
        update.addBindValue(payload.value(QStringLiteral("entry")).toString());
        db.exec(update, QStringLiteral("lifting a deny-list entry"));
        update.finish();
    }
}

} // namespace lobbydesk
