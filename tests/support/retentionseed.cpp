#include "retentionseed.h"

#include "core/eventhash.h"
#include "store/sqlerror.h"

#include <QJsonDocument>
#include <QSqlRecord>

using namespace lobbydesk;

namespace retentionseed {

void addVisit(Store &store, const QString &id, const QDateTime &checkedInAt)
{
    QSqlQuery insert(store.sql());
    insert.prepare(QStringLiteral(
        "INSERT INTO visits (visit_id, number, checked_in_at, checked_in_by, terminal_id, via,"
        " name, phone, host_person, host_name, company, company_name, unit, floor, purpose,"
        " purpose_note, companions, plate, id_last4, id_hash, items, language, invitation_id,"
        " state, hold_entry, valid_until, token) VALUES (?, ?, ?, 'kiosk', ?, 'kiosk',"
        " ?, '+8613800138000', 'P-0001', '张三', 'C-ACME', 'Acme', '1201', '12', 'visit',"
        " 'bring the contract', 1, '粤B12345', '123X', ?, 'laptop', 'zh_CN', '', 'on_site', '',"
        " ?, 'LD1:token')"));
    insert.addBindValue(id);
    insert.addBindValue(id);
    insert.addBindValue(isoUtc(checkedInAt));
    insert.addBindValue(store.terminalId());
    insert.addBindValue(QStringLiteral("Visitor %1").arg(id));
    insert.addBindValue(QString(64, QLatin1Char('a')));
    insert.addBindValue(isoUtc(checkedInAt.addSecs(8 * 3600)));
    execOrThrow(insert, QStringLiteral("seeding a visit"), store.path());
}

void addInvitation(Store &store, const QString &id, const QDateTime &validUntil)
{
    QSqlQuery insert(store.sql());
    insert.prepare(QStringLiteral(
        "INSERT INTO invitations (invitation_id, created_at, created_by, terminal_id, name, phone,"
        " host_person, company, unit, purpose, companions, plate, language, valid_from,"
        " valid_until, token) VALUES (?, ?, 'desk', ?, ?, '+8613900139000', 'P-0001', 'C-ACME',"
        " '1201', 'interview', 0, '粤B54321', 'en', ?, ?, 'LD1:inv')"));
    insert.addBindValue(id);
    insert.addBindValue(isoUtc(validUntil.addDays(-2)));
    insert.addBindValue(store.terminalId());
    insert.addBindValue(QStringLiteral("Guest %1").arg(id));
    insert.addBindValue(isoUtc(validUntil.addDays(-1)));
    insert.addBindValue(isoUtc(validUntil));
    execOrThrow(insert, QStringLiteral("seeding an invitation"), store.path());
}

QJsonObject checkInPayload(const QString &visit)
{
    return QJsonObject { { QStringLiteral("visit"), visit }, { QStringLiteral("number"), visit },
        { QStringLiteral("state"), QStringLiteral("on_site") },
        { QStringLiteral("name"), QStringLiteral("王小明") },
        { QStringLiteral("phone"), QStringLiteral("+8613800138000") },
        { QStringLiteral("host_person"), QStringLiteral("P-0001") },
        { QStringLiteral("host_name"), QStringLiteral("张三") },
        { QStringLiteral("company"), QStringLiteral("C-ACME") },
        { QStringLiteral("unit"), QStringLiteral("1201") },
        { QStringLiteral("purpose"), QStringLiteral("visit") },
        { QStringLiteral("purpose_note"), QStringLiteral("contract") },
        { QStringLiteral("plate"), QStringLiteral("粤B12345") },
        { QStringLiteral("id_last4"), QStringLiteral("123X") },
        { QStringLiteral("id_hash"), QString(64, QLatin1Char('b')) },
        { QStringLiteral("items"), QStringLiteral("laptop") },
        { QStringLiteral("via"), QStringLiteral("kiosk") },
        { QStringLiteral("valid_until"), QStringLiteral("2026-11-22T18:00:00.000Z") },
        { QStringLiteral("token"), QStringLiteral("LD1:slip") } };
}

void appendEvent(Store &store, const QString &type, const QJsonObject &payload, const QDateTime &at,
    bool acknowledged)
{
    QSqlQuery last(store.sql());
    last.prepare(QStringLiteral(
        "SELECT seq, hash FROM events WHERE terminal_id = ? ORDER BY seq DESC LIMIT 1"));
    last.addBindValue(store.terminalId());
    execOrThrow(last, QStringLiteral("reading the chain"), store.path());
    Event event;
    event.id = newEventId();
    event.terminalId = store.terminalId();
    event.seq = last.next() ? last.value(0).toLongLong() + 1 : 1;
    event.prevHash = event.seq > 1 ? last.value(1).toByteArray() : genesisHash();
    last.finish();
    event.type = type;
    event.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    event.occurredAt = at.toUTC();
    event.actor = QStringLiteral("desk-1");
    event.hash = eventHash(event);
    QSqlQuery insert(store.sql());
    insert.prepare(QStringLiteral(
        "INSERT INTO events (id, terminal_id, seq, type, payload, occurred_at, actor, prev_hash,"
        " hash, acked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(uuidText(event.id));
    insert.addBindValue(event.terminalId);
    insert.addBindValue(event.seq);
    insert.addBindValue(event.type);
    insert.addBindValue(QString::fromUtf8(event.payload));
    insert.addBindValue(isoUtc(event.occurredAt));
    insert.addBindValue(event.actor);
    insert.addBindValue(event.prevHash);
    insert.addBindValue(event.hash);
    insert.addBindValue(
        acknowledged ? QVariant(isoUtc(at)) : QVariant(QMetaType::fromType<QString>()));
    execOrThrow(insert, QStringLiteral("appending an event"), store.path());
}

QStringList dump(Store &store, const QString &table)
{
    QSqlQuery query = runSql(store.sql(), QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table),
        QStringLiteral("dumping"));
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields.append(query.value(i).toString());
        rows.append(fields.join(QLatin1Char('|')));
    }
    return rows;
}

} // namespace retentionseed
