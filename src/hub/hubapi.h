#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace lobbydesk {

class HubDatabase;
class WebhookOutbox;

// The terminal that a request's bearer token belongs to.
struct AuthenticatedTerminal
{
    QString terminalId;
    QString siteId;
    QString name;
};

// What terminals call (docs/sync-protocol.md), independent of HTTP: each method takes the
// parsed request and returns the response body, or throws HubError with status and reason.
// Holds no state between calls beyond the database, so several hubs can share one PostgreSQL.
class HubApi
{
public:
    // `webhooks`: where a push queues the events the webhook delivers (none: nothing queued).
    explicit HubApi(HubDatabase &db, WebhookOutbox *webhooks = nullptr);

    static constexpr int kMaxBatch = 1000;
    static constexpr int kMaxFeedPage = 1000;

    [[nodiscard]] QJsonObject enrol(const QJsonObject &request);
    [[nodiscard]] AuthenticatedTerminal authenticate(const QByteArray &authorization);
    [[nodiscard]] QJsonObject push(
        const AuthenticatedTerminal &terminal, const QJsonObject &request);
    [[nodiscard]] QJsonObject feed(const AuthenticatedTerminal &terminal, qint64 after, int limit);
    [[nodiscard]] QJsonObject site(const AuthenticatedTerminal &terminal);
    // The site's blocked IC-card UIDs, oldest block first (docs/ic-cards.md).
    [[nodiscard]] QJsonObject blockedCards(const AuthenticatedTerminal &terminal);

private:
    HubDatabase &m_db;
    WebhookOutbox *m_webhooks;
};

} // namespace lobbydesk
