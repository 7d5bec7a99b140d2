#include "ctlwebhooks.h"

#include "hub/webhookoutbox.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lobbydesk {
namespace {

constexpr int kListed = 50;

QJsonArray toJson(const QList<WebhookRow> &rows)
{
    QJsonArray list;
    for (const WebhookRow &row : rows)
        list.append(row.toJson());
    return list;
}

} // namespace

int ctlHubWebhooks(HubDatabase &db, const QString &siteId, bool json, QTextStream &out)
{
    const WebhookStatus status = WebhookOutbox(db).status(siteId, kListed);
    if (json) {
        out << QJsonDocument(QJsonObject { { QStringLiteral("pending"), status.pending },
                                 { QStringLiteral("failing"), status.failing },
                                 { QStringLiteral("delivered"), status.delivered },
                                 { QStringLiteral("last_delivered_at"), status.lastDeliveredAt },
                                 { QStringLiteral("waiting"), toJson(status.waiting) },
                                 { QStringLiteral("recent"), toJson(status.recent) } })
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return 0;
    }
    out << "webhook: " << status.pending << " pending (" << status.failing
        << " failed at least once), " << status.delivered << " delivered";
    if (!status.lastDeliveredAt.isEmpty())
        out << ", the last at " << status.lastDeliveredAt;
    out << '\n';
    for (const WebhookRow &row : status.waiting) {
        out << row.eventId << "  " << row.type << "  " << row.siteId << "  queued " << row.queuedAt
            << "  attempts " << row.attempts << "  next " << row.nextAttemptAt;
        if (!row.lastError.isEmpty())
            out << "  last error: " << row.lastError;
        out << '\n';
    }
    if (status.pending > status.waiting.size())
        out << "… and " << status.pending - status.waiting.size() << " more pending\n";
    return 0;
}

} // namespace lobbydesk
