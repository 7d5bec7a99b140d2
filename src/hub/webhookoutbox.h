#pragma once

#include "core/event.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lobbydesk {

class HubDatabase;
struct AuthenticatedTerminal;

// One event waiting in the webhook's outbox, as the deliverer sends it.
struct WebhookDelivery
{
    QString eventId;
    QString siteId;
    QString type;
    QByteArray body; // the exact JSON POSTed and signed, the same on every attempt
    qint64 attempts = 0; // made so far
    QString nextAttemptAt; // as stored: the claim compares it
};

// A row of the outbox as operations see it (`lobbydesk-ctl hub webhooks`).
struct WebhookRow
{
    QString eventId;
    QString siteId;
    QString terminalId;
    QString type;
    QString queuedAt;
    qint64 attempts = 0;
    QString nextAttemptAt;
    QString lastAttemptAt;
    int lastStatus = 0; // the receiver's HTTP status; 0 when it gave none
    QString lastError;
    QString deliveredAt;

    [[nodiscard]] QJsonObject toJson() const;
};

struct WebhookStatus
{
    qint64 pending = 0; // not delivered yet
    qint64 failing = 0; // of those, tried at least once
    qint64 delivered = 0;
    QString lastDeliveredAt;
    QList<WebhookRow> waiting; // pending, oldest first (at most the limit asked for)
    QList<WebhookRow> recent; // delivered, newest first (at most the limit asked for)
};

// The hub's webhook outbox (docs/webhook.md, table webhook_outbox): filled inside the push
// that stores an event, emptied by the WebhookDeliverer. Every call runs on the caller's
// connection; throws Error for storage trouble.
class WebhookOutbox
{
public:
    // `types`: the event types delivered; empty for one that only reads (ctl).
    explicit WebhookOutbox(HubDatabase &db, QStringList types = {});

    [[nodiscard]] bool wants(const QString &type) const { return m_types.contains(type); }
    // Queues a stored event, inside the push's transaction; an event queued before (the same
    // id) is left as it is.
    void enqueue(const AuthenticatedTerminal &terminal, const Event &event,
        const QJsonObject &payload, const QString &receivedAt, qint64 feedPos);

    // Up to `limit` undelivered rows due at `now`, in arrival order.
    [[nodiscard]] QList<WebhookDelivery> due(const QDateTime &now, int limit);
    // Takes a due row for one attempt until `until`; false if another hub process took it.
    [[nodiscard]] bool claim(const WebhookDelivery &delivery, const QDateTime &until);
    void delivered(const QString &eventId, qint64 attempts, int status, const QDateTime &at);
    void failed(const QString &eventId, qint64 attempts, int status, const QString &error,
        const QDateTime &at, const QDateTime &next);
    // When the earliest undelivered row is due; none when all are delivered.
    [[nodiscard]] std::optional<QDateTime> nextDue();

    // Counts over all sites (or one), with up to `limit` waiting and recently delivered rows.
    [[nodiscard]] WebhookStatus status(const QString &siteId, int limit);

private:
    [[nodiscard]] QJsonObject recipient(
        const QString &siteId, const QString &type, const QJsonObject &payload);
    [[nodiscard]] QList<WebhookRow> rows(
        const QString &where, const QString &siteId, const QString &order, int limit);

    HubDatabase &m_db;
    QStringList m_types;
};

} // namespace lobbydesk
