#pragma once

#include <QAbstractHttpServer>
#include <QJsonObject>
#include <QStringList>
#include <memory>

namespace lobbydesk {

class HubDatabase;
class HubApi;
class WebhookOutbox;

// HTTP + JSON in front of HubApi (docs/sync-protocol.md). Every answer is JSON; every refusal
// carries an error code and a message. Requests are handled one at a time on this thread.
class HubHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // `webhookEvents`: the event types a push queues for the webhook (docs/webhook.md).
    explicit HubHttpServer(
        HubDatabase &db, const QStringList &webhookEvents = {}, QObject *parent = nullptr);
    ~HubHttpServer() override;

    static constexpr qsizetype kMaxBodyBytes = 8 * 1024 * 1024;

signals:
    // A push stored new events (the webhook's deliverer looks at its outbox).
    void eventsStored();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply
    {
        int status;
        QJsonObject body;
    };
    Reply dispatch(const QHttpServerRequest &request);

    HubDatabase &m_db;
    std::unique_ptr<WebhookOutbox> m_webhooks;
    std::unique_ptr<HubApi> m_api;
};

} // namespace lobbydesk
