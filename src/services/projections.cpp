#include "services/projections.h"

#include "core/error.h"
#include "directory/directoryprojection.h"
#include "services/cardprojection.h"
#include "services/goodspasses.h"
#include "services/keys.h"
#include "services/printerreports.h"
#include "services/staffpins.h"
#include "services/tenantpins.h"
#include "services/visits.h"
#include "store/sqlerror.h"
#include "sync/hublink.h"

#include <QJsonObject>

namespace lobbydesk {
namespace {

void addDeskNote(const Event &event, QSqlDatabase &db)
{
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO desk_notes (event_id, terminal_id, written_at, author, text)"
                       " VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING"));
    insert.addBindValue(uuidText(event.id));
    insert.addBindValue(event.terminalId);
    insert.addBindValue(isoUtc(event.occurredAt));
    insert.addBindValue(event.actor);
    insert.addBindValue(event.payloadObject().value(QStringLiteral("text")).toString());
    execOrThrow(insert, QStringLiteral("recording a desk note"), db.databaseName());
}

void addSiteKey(const Event &event, QSqlDatabase &db)
{
    const QJsonObject payload = event.payloadObject();
    const QByteArray publicKey
        = QByteArray::fromBase64(payload.value(QStringLiteral("public_key")).toString().toLatin1());
    if (publicKey.size() != 32)
        throw Error(Error::Kind::Invalid,
            QStringLiteral("site key event %1 has no valid public key").arg(uuidText(event.id)));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO site_keys (key_id, terminal_id, terminal_name, public_key, added_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (key_id) DO NOTHING"));
    insert.addBindValue(payload.value(QStringLiteral("key_id")).toString());
    insert.addBindValue(payload.value(QStringLiteral("terminal")).toString());
    insert.addBindValue(payload.value(QStringLiteral("name")).toString());
    insert.addBindValue(publicKey);
    insert.addBindValue(isoUtc(event.occurredAt));
    execOrThrow(insert, QStringLiteral("adding a site key"), db.databaseName());
}

void revokeSiteKey(const Event &event, QSqlDatabase &db)
{
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE site_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL"));
    update.addBindValue(isoUtc(event.occurredAt));
    update.addBindValue(event.payloadObject().value(QStringLiteral("key_id")).toString());
    execOrThrow(update, QStringLiteral("revoking a site key"), db.databaseName());
}

void flagArrears(const Event &event, QSqlDatabase &db)
{
    const QJsonObject payload = event.payloadObject();
    if (!payload.value(QStringLiteral("in_arrears")).isBool())
        throw Error(Error::Kind::Invalid,
            QStringLiteral("arrears event %1 has no in_arrears flag").arg(uuidText(event.id)));
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO unit_arrears (unit, in_arrears, note, flagged_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (unit) DO UPDATE SET in_arrears = excluded.in_arrears,"
        " note = excluded.note, flagged_at = excluded.flagged_at"));
    upsert.addBindValue(payload.value(QStringLiteral("unit")).toString());
    upsert.addBindValue(payload.value(QStringLiteral("in_arrears")).toBool() ? 1 : 0);
    upsert.addBindValue(payload.value(QStringLiteral("note")).toString(QStringLiteral("")));
    upsert.addBindValue(isoUtc(event.occurredAt));
    execOrThrow(upsert, QStringLiteral("recording an arrears flag"), db.databaseName());
}

void addDenyEntry(const Event &event, QSqlDatabase &db)
{
    const QJsonObject payload = event.payloadObject();
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO deny_list (entry_id, name, phone, id_hash, reason, active, updated_at)"
        " VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT (entry_id) DO UPDATE SET name = excluded.name,"
        " phone = excluded.phone, id_hash = excluded.id_hash, reason = excluded.reason,"
        " active = 1, updated_at = excluded.updated_at"));
    upsert.addBindValue(payload.value(QStringLiteral("entry")).toString());
    for (const char *field : { "name", "phone", "id_hash", "reason" })
        upsert.addBindValue(payload.value(QLatin1String(field)).toString(QStringLiteral("")));
    upsert.addBindValue(isoUtc(event.occurredAt));
    execOrThrow(upsert, QStringLiteral("adding to the deny list"), db.databaseName());
}

void removeDenyEntry(const Event &event, QSqlDatabase &db)
{
    QSqlQuery update(db);
    update.prepare(
        QStringLiteral("UPDATE deny_list SET active = 0, updated_at = ? WHERE entry_id = ?"));
    update.addBindValue(isoUtc(event.occurredAt));
    update.addBindValue(event.payloadObject().value(QStringLiteral("entry")).toString());
    execOrThrow(update, QStringLiteral("lifting a deny-list entry"), db.databaseName());
}

// The site's key for ID-number hashes; a key that is not 32 bytes is refused, not stored.
void saveScreeningKey(const Event &event, QSqlDatabase &db)
{
    const QString key = event.payloadObject().value(QStringLiteral("key")).toString();
    if (QByteArray::fromBase64(key.toLatin1()).size() != 32)
        throw Error(Error::Kind::Invalid,
            QStringLiteral("screening key event %1 has no 32-byte key").arg(uuidText(event.id)));
    writeMeta(db, syncmeta::kScreeningKey, key);
}

} // namespace

QString payloadString(const QJsonObject &payload, const char *key)
{
    return payload.value(QLatin1String(key)).toString(QStringLiteral(""));
}

Projection terminalProjection(const QString &type)
{
    if (type == QStringLiteral("desk.note.added"))
        return addDeskNote;
    if (type == QStringLiteral("site.terminal.enrolled"))
        return addSiteKey;
    if (type == QStringLiteral("site.terminal.revoked"))
        return revokeSiteKey;
    if (type == QStringLiteral("billing.arrears.flagged"))
        return flagArrears;
    // The hub's entries and the desk's share one list.
    if (type == QStringLiteral("screening.deny.added")
        || type == QStringLiteral("screening.deny.listed"))
        return addDenyEntry;
    if (type == QStringLiteral("screening.deny.removed")
        || type == QStringLiteral("screening.deny.lifted"))
        return removeDenyEntry;
    if (isVisitEvent(type))
        return applyVisitEvent;
    if (type == QStringLiteral("site.screening.key"))
        return saveScreeningKey;
    if (isDirectoryEvent(type))
        return applyDirectoryEvent;
    if (isGoodsPassEvent(type))
        return applyGoodsPassEvent;
    if (isPrinterEvent(type))
        return applyPrinterEvent;
    if (isStaffPinEvent(type))
        return applyStaffPinEvent;
    if (isTenantPinEvent(type))
        return applyTenantPinEvent;
    if (isKeyEvent(type))
        return applyKeyEvent;
    if (isCardEvent(type))
        return applyCardEvent;
    return {};
}

} // namespace lobbydesk
