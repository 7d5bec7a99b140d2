#include "hub/webhookoutbox.h"

#include "hub/hubapi.h"
#include "hub/hubdatabase.h"

#include <QJsonDocument>

namespace lobbydesk {
namespace {

QString text(const QSqlQuery &query, int column)
{
    return query.value(column).isNull() ? QString() : query.value(column).toString();
}

// The rows of one site, or of all when `siteId` is empty.
QString siteFilter(const QString &siteId)
{
    return siteId.isEmpty() ? QString() : QStringLiteral(" AND site_id = ?");
}

} // namespace

QJsonObject WebhookRow::toJson() const
{
    QJsonObject row { { QStringLiteral("event"), eventId }, { QStringLiteral("site"), siteId },
        { QStringLiteral("terminal"), terminalId }, { QStringLiteral("type"), type },
        { QStringLiteral("queued_at"), queuedAt }, { QStringLiteral("attempts"), attempts },
        { QStringLiteral("last_attempt_at"), lastAttemptAt },
        { QStringLiteral("last_status"), lastStatus },
        { QStringLiteral("last_error"), lastError } };
    if (deliveredAt.isEmpty())
        row.insert(QStringLiteral("next_attempt_at"), nextAttemptAt);
    else
        row.insert(QStringLiteral("delivered_at"), deliveredAt);
    return row;
}

WebhookOutbox::WebhookOutbox(HubDatabase &db, QStringList types)
    : m_db(db)
    , m_types(std::move(types))
{ }

QJsonObject WebhookOutbox::recipient(
    const QString &siteId, const QString &type, const QJsonObject &payload)
{
    // Whom a gateway tells, and how: the key's owner, with the phone number from the site's
    // directory as last imported at the hub (the terminal's copy may be older).
    if (type != QStringLiteral("key.owner_notified"))
        return {};
    const QString owner = payload.value(QStringLiteral("owner")).toString();
    QSqlQuery &lookup = m_db.prepared(QStringLiteral(
        "SELECT payload FROM directory WHERE site_id = ? AND kind = 'person' AND entry_id = ?"));
    lookup.addBindValue(siteId);
    lookup.addBindValue(owner);
    m_db.exec(lookup, QStringLiteral("looking up the key's owner"));
    const QJsonObject person = lookup.next()
        ? QJsonDocument::fromJson(lookup.value(0).toString().toUtf8()).object()
        : QJsonObject();
    lookup.finish();
    const QString name = payload.value(QStringLiteral("owner_name")).toString();
    return { { QStringLiteral("person"), owner },
        { QStringLiteral("name"),
            name.isEmpty() ? person.value(QStringLiteral("name")).toString() : name },
        { QStringLiteral("phone"), person.value(QStringLiteral("phone")).toString() },
        { QStringLiteral("language"), payload.value(QStringLiteral("language")).toString() } };
}

void WebhookOutbox::enqueue(const AuthenticatedTerminal &terminal, const Event &event,
    const QJsonObject &payload, const QString &receivedAt, qint64 feedPos)
{
    QSqlQuery &site = m_db.prepared(QStringLiteral("SELECT name FROM sites WHERE site_id = ?"));
    site.addBindValue(terminal.siteId);
    m_db.exec(site, QStringLiteral("reading the site"));
    const QString siteName = site.next() ? site.value(0).toString() : QString();
    site.finish();
    QJsonObject body { { QStringLiteral("id"), uuidText(event.id) },
        { QStringLiteral("type"), event.type }, { QStringLiteral("site"), terminal.siteId },
        { QStringLiteral("site_name"), siteName }, { QStringLiteral("terminal"), event.terminalId },
        { QStringLiteral("terminal_name"), terminal.name }, { QStringLiteral("seq"), event.seq },
        { QStringLiteral("time"), isoUtc(event.occurredAt) },
        { QStringLiteral("actor"), event.actor }, { QStringLiteral("payload"), payload } };
    if (const QJsonObject whom = recipient(terminal.siteId, event.type, payload); !whom.isEmpty())
        body.insert(QStringLiteral("recipient"), whom);

    QSqlQuery &insert = m_db.prepared(QStringLiteral(
        "INSERT INTO webhook_outbox (event_id, site_id, terminal_id, type, body, queued_at,"
        " feed_pos, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)"
        " ON CONFLICT (event_id) DO NOTHING"));
    insert.addBindValue(uuidText(event.id));
    insert.addBindValue(terminal.siteId);
    insert.addBindValue(event.terminalId);
    insert.addBindValue(event.type);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    insert.addBindValue(receivedAt);
    insert.addBindValue(feedPos);
    insert.addBindValue(receivedAt);
    m_db.exec(insert, QStringLiteral("queueing a webhook delivery"));
    insert.finish();
}

QList<WebhookDelivery> WebhookOutbox::due(const QDateTime &now, int limit)
{
    QSqlQuery &select = m_db.prepared(
        QStringLiteral("SELECT event_id, site_id, type, body, attempts, next_attempt_at"
                       " FROM webhook_outbox WHERE delivered_at IS NULL AND next_attempt_at <= ?"
                       " ORDER BY queued_at, site_id, feed_pos LIMIT ?"));
    select.addBindValue(isoUtc(now));
    select.addBindValue(limit);
    m_db.exec(select, QStringLiteral("reading the webhook outbox"));
    QList<WebhookDelivery> rows;
    while (select.next())
        rows.append({ select.value(0).toString(), select.value(1).toString(),
            select.value(2).toString(), select.value(3).toString().toUtf8(),
            select.value(4).toLongLong(), select.value(5).toString() });
    select.finish();
    return rows;
}

bool WebhookOutbox::claim(const WebhookDelivery &delivery, const QDateTime &until)
{
    // Compare and set: of several hub processes that read the row as due, one moves it on.
    QSqlQuery &update = m_db.prepared(
        QStringLiteral("UPDATE webhook_outbox SET next_attempt_at = ? WHERE event_id = ?"
                       " AND delivered_at IS NULL AND next_attempt_at = ?"));
    update.addBindValue(isoUtc(until));
    update.addBindValue(delivery.eventId);
    update.addBindValue(delivery.nextAttemptAt);
    m_db.exec(update, QStringLiteral("claiming a webhook delivery"));
    const bool claimed = update.numRowsAffected() == 1;
    update.finish();
    return claimed;
}

void WebhookOutbox::delivered(
    const QString &eventId, qint64 attempts, int status, const QDateTime &at)
{
    QSqlQuery &update = m_db.prepared(
        QStringLiteral("UPDATE webhook_outbox SET attempts = ?, last_attempt_at = ?,"
                       " last_status = ?, delivered_at = ? WHERE event_id = ?"));
    update.addBindValue(attempts);
    update.addBindValue(isoUtc(at));
    update.addBindValue(status);
    update.addBindValue(isoUtc(at));
    update.addBindValue(eventId);
    m_db.exec(update, QStringLiteral("recording a webhook delivery"));
    update.finish();
}

void WebhookOutbox::failed(const QString &eventId, qint64 attempts, int status,
    const QString &error, const QDateTime &at, const QDateTime &next)
{
    QSqlQuery &update = m_db.prepared(QStringLiteral(
        "UPDATE webhook_outbox SET attempts = ?, last_attempt_at = ?, last_status = ?,"
        " last_error = ?, next_attempt_at = ? WHERE event_id = ? AND delivered_at IS NULL"));
    update.addBindValue(attempts);
    update.addBindValue(isoUtc(at));
    update.addBindValue(status > 0 ? QVariant(status) : QVariant(QMetaType::fromType<int>()));
    update.addBindValue(error);
    update.addBindValue(isoUtc(next));
    update.addBindValue(eventId);
    m_db.exec(update, QStringLiteral("recording a failed webhook delivery"));
    update.finish();
}

std::optional<QDateTime> WebhookOutbox::nextDue()
{
    QSqlQuery &select = m_db.prepared(QStringLiteral(
        "SELECT min(next_attempt_at) FROM webhook_outbox WHERE delivered_at IS NULL"));
    m_db.exec(select, QStringLiteral("reading the webhook outbox"));
    std::optional<QDateTime> next;
    if (select.next() && !select.value(0).isNull())
        next = parseIsoUtc(select.value(0).toString());
    select.finish();
    return next;
}

QList<WebhookRow> WebhookOutbox::rows(
    const QString &where, const QString &siteId, const QString &order, int limit)
{
    QSqlQuery query(m_db.sql());
    query.prepare(QStringLiteral(
        "SELECT event_id, site_id, terminal_id, type, queued_at, attempts, next_attempt_at,"
        " last_attempt_at, last_status, last_error, delivered_at FROM webhook_outbox WHERE %1%2"
        " ORDER BY %3 LIMIT ?")
                      .arg(where, siteFilter(siteId), order));
    if (!siteId.isEmpty())
        query.addBindValue(siteId);
    query.addBindValue(limit);
    m_db.exec(query, QStringLiteral("reading the webhook outbox"));
    QList<WebhookRow> rows;
    while (query.next())
        rows.append({ text(query, 0), text(query, 1), text(query, 2), text(query, 3),
            text(query, 4), query.value(5).toLongLong(), text(query, 6), text(query, 7),
            query.value(8).toInt(), text(query, 9), text(query, 10) });
    return rows;
}

WebhookStatus WebhookOutbox::status(const QString &siteId, int limit)
{
    WebhookStatus status;
    QSqlQuery counts(m_db.sql());
    counts.prepare(
        QStringLiteral(
            "SELECT coalesce(sum(CASE WHEN delivered_at IS NULL THEN 1 ELSE 0 END), 0),"
            " coalesce(sum(CASE WHEN delivered_at IS NULL AND attempts > 0 THEN 1 ELSE 0 END), 0),"
            " coalesce(sum(CASE WHEN delivered_at IS NULL THEN 0 ELSE 1 END), 0),"
            " max(delivered_at) FROM webhook_outbox WHERE 1 = 1")
        + siteFilter(siteId));
    if (!siteId.isEmpty())
        counts.addBindValue(siteId);
    m_db.exec(counts, QStringLiteral("counting webhook deliveries"));
    if (counts.next()) {
        status.pending = counts.value(0).toLongLong();
        status.failing = counts.value(1).toLongLong();
        status.delivered = counts.value(2).toLongLong();
        status.lastDeliveredAt = text(counts, 3);
    }
    status.waiting = rows(QStringLiteral("delivered_at IS NULL"), siteId,
        QStringLiteral("queued_at, site_id, feed_pos"), limit);
    status.recent = rows(QStringLiteral("delivered_at IS NOT NULL"), siteId,
        QStringLiteral("delivered_at DESC, queued_at DESC"), limit);
    return status;
}

} // namespace lobbydesk
