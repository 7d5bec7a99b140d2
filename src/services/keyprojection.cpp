// The keys and key_loans tables as the key.* events leave them (docs/keys.md), for events
// recorded here and pulled from the site alike.
#include "core/error.h"
#include "services/keys.h"
#include "services/projections.h"
#include "store/sqlerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lobbydesk {
namespace {

// A key is out while any of its loans is open (not returned, not voided by a resolution).
void updateKeyState(QSqlDatabase &db, const QString &keyId)
{
    runSql(db,
        QStringLiteral("UPDATE keys SET state = CASE WHEN EXISTS (SELECT 1 FROM key_loans l"
                       " WHERE l.key_id = keys.key_id AND l.returned_at IS NULL"
                       " AND coalesce(l.resolution, '') <> 'void') THEN 'out' ELSE 'in' END"
                       " WHERE key_id = ?"),
        { keyId }, QStringLiteral("updating a key's state"));
}

void upsertKey(const Event &event, QSqlDatabase &db, const QJsonObject &p, const QString &type)
{
    QJsonArray authorised;
    for (const QJsonValue &person : p.value(QStringLiteral("authorised")).toArray())
        authorised.append(person);
    // A repeated deposit of the same key (the owner changed the list) keeps its loans.
    runSql(db,
        QStringLiteral(
            "INSERT INTO keys (key_id, tag, barcode, type, label, unit, slot, owner_person,"
            " owner_name, owner_language, authorised, state, registered_at, registered_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'in', ?, ?) ON CONFLICT (key_id) DO UPDATE"
            " SET tag = excluded.tag, barcode = excluded.barcode, label = excluded.label,"
            " unit = excluded.unit, slot = excluded.slot, owner_person = excluded.owner_person,"
            " owner_name = excluded.owner_name, owner_language = excluded.owner_language,"
            " authorised = excluded.authorised"),
        { payloadString(p, "key"), payloadString(p, "tag"), payloadString(p, "barcode"), type,
            payloadString(p, "label"), payloadString(p, "unit"), payloadString(p, "slot"),
            payloadString(p, "owner"), payloadString(p, "owner_name"), payloadString(p, "language"),
            QString::fromUtf8(QJsonDocument(authorised).toJson(QJsonDocument::Compact)),
            isoUtc(event.occurredAt), event.actor },
        QStringLiteral("recording a key"));
    updateKeyState(db, payloadString(p, "key"));
}

// Two loans of one key that overlap in time cannot both have held it: both are flagged.
void flagOverlaps(
    QSqlDatabase &db, const QString &loanId, const QString &keyId, const QString &outAt)
{
    QSqlQuery overlapping(db);
    overlapping.prepare(
        QStringLiteral("SELECT loan_id FROM key_loans WHERE key_id = ? AND loan_id <> ?"
                       " AND coalesce(resolution, '') <> 'void'"
                       " AND (returned_at IS NULL OR returned_at > ?)"));
    overlapping.addBindValue(keyId);
    overlapping.addBindValue(loanId);
    overlapping.addBindValue(outAt);
    execOrThrow(
        overlapping, QStringLiteral("looking for conflicting sign-outs"), db.databaseName());
    QVariantList others;
    while (overlapping.next())
        others.append(overlapping.value(0));
    if (others.isEmpty())
        return;
    others.append(loanId);
    for (const QVariant &id : others)
        runSql(db,
            QStringLiteral("UPDATE key_loans SET conflict = 1, resolution = NULL"
                           " WHERE loan_id = ?"),
            { id }, QStringLiteral("flagging a key conflict"));
}

void signOut(const Event &event, QSqlDatabase &db, const QJsonObject &p)
{
    const QString loanId = payloadString(p, "loan");
    const QString keyId = payloadString(p, "key");
    const QString outAt = isoUtc(event.occurredAt);
    runSql(db,
        QStringLiteral("INSERT INTO key_loans (loan_id, key_id, borrower_kind, borrower_id,"
                       " borrower_name, language, reason, work_reason, out_at, due_at,"
                       " out_terminal, out_by, second_staff)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (loan_id) DO NOTHING"),
        { loanId, keyId, payloadString(p, "borrower_kind"), payloadString(p, "borrower_id"),
            payloadString(p, "borrower_name"), payloadString(p, "language"),
            payloadString(p, "reason"), payloadString(p, "work_reason"), outAt,
            payloadString(p, "due_at"), event.terminalId, event.actor,
            payloadString(p, "second_staff") },
        QStringLiteral("recording a key sign-out"));
    flagOverlaps(db, loanId, keyId, outAt);
    updateKeyState(db, keyId);
}

void returned(const Event &event, QSqlDatabase &db, const QJsonObject &p)
{
    QVariantList loans;
    for (const QJsonValue &loan : p.value(QStringLiteral("loans")).toArray())
        loans.append(loan.toString());
    if (loans.isEmpty())
        loans.append(payloadString(p, "loan"));
    for (const QVariant &loan : loans)
        runSql(db,
            QStringLiteral("UPDATE key_loans SET returned_at = ?, condition = ?,"
                           " condition_note = ?, returned_by = ?"
                           " WHERE loan_id = ? AND returned_at IS NULL"),
            { isoUtc(event.occurredAt), payloadString(p, "condition"), payloadString(p, "note"),
                event.actor, loan },
            QStringLiteral("recording a key's return"));
    updateKeyState(db, payloadString(p, "key"));
}

void resolved(const Event &event, QSqlDatabase &db, const QJsonObject &p)
{
    const QString keyId = payloadString(p, "key");
    for (const QJsonValue &loan : p.value(QStringLiteral("void")).toArray())
        runSql(db,
            QStringLiteral("UPDATE key_loans SET conflict = 0, resolution = 'void',"
                           " resolved_by = ? WHERE loan_id = ? AND key_id = ?"),
            { event.actor, loan.toString(), keyId }, QStringLiteral("voiding a key sign-out"));
    runSql(db,
        QStringLiteral("UPDATE key_loans SET conflict = 0, resolution = 'stands', resolved_by = ?"
                       " WHERE loan_id = ? AND key_id = ?"),
        { event.actor, payloadString(p, "stands"), keyId },
        QStringLiteral("resolving a key conflict"));
    updateKeyState(db, keyId);
}

} // namespace

bool isKeyEvent(const QString &type)
{
    return type.startsWith(QStringLiteral("key."));
}

void applyKeyEvent(const Event &event, QSqlDatabase &db)
{
    const QJsonObject p = event.payloadObject();
    const QString &type = event.type;
    if (type == QStringLiteral("key.registered")) {
        upsertKey(event, db, p, payloadString(p, "type"));
    } else if (type == QStringLiteral("key.deposited")) {
        upsertKey(event, db, p, QStringLiteral("unit_spare"));
    } else if (type == QStringLiteral("key.signed_out")) {
        signOut(event, db, p);
    } else if (type == QStringLiteral("key.owner_notified")) {
        runSql(db, QStringLiteral("UPDATE key_loans SET owner_notified_at = ? WHERE loan_id = ?"),
            { isoUtc(event.occurredAt), payloadString(p, "loan") },
            QStringLiteral("recording the owner's notification"));
    } else if (type == QStringLiteral("key.returned")) {
        returned(event, db, p);
    } else if (type == QStringLiteral("key.overdue")) {
        // Once per loan: a second alert (another desk's timer) keeps the first time.
        runSql(db,
            QStringLiteral("UPDATE key_loans SET overdue_at = coalesce(overdue_at, ?)"
                           " WHERE loan_id = ?"),
            { isoUtc(event.occurredAt), payloadString(p, "loan") },
            QStringLiteral("recording an overdue key"));
    } else if (type == QStringLiteral("key.conflict.resolved")) {
        resolved(event, db, p);
    }
}

} // namespace lobbydesk
