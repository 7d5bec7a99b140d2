#pragma once

#include "hub/webhookconfig.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>

class QNetworkReply;

namespace lobbydesk {

class HubDatabase;
class WebhookOutbox;
struct WebhookDelivery;

// Empties the webhook outbox on the hub's event loop (docs/webhook.md): one signed POST per
// event, started in arrival order, at most maxInFlight at once. A 2xx answer delivers it;
// anything else (another status, no connection, no answer in time) is tried again after a
// backoff, for as long as it takes, also after a restart. Shares the hub's database
// connection, so it lives on the hub's one thread.
class WebhookDeliverer final : public QObject
{
    Q_OBJECT

public:
    // A hub process that sits on an undelivered row longer than the timeout plus this (killed
    // mid-attempt) leaves it to the others.
    static constexpr std::chrono::milliseconds kClaimMargin { 5000 };
    // How often the outbox is looked at with nothing due: rows that another hub process
    // queued on the same database.
    static constexpr std::chrono::milliseconds kIdlePoll { 5000 };

    WebhookDeliverer(HubDatabase &db, WebhookConfig config, QObject *parent = nullptr);
    ~WebhookDeliverer() override;

    void start(); // takes up what is pending (a restart resumes it)
    void wake(); // rows may have been queued: look now

    [[nodiscard]] const WebhookConfig &config() const { return m_config; }

private:
    void poll();
    void send(const WebhookDelivery &delivery, const QDateTime &now);
    void finished(QNetworkReply *reply, const WebhookDelivery &delivery, bool timedOut);
    void scheduleAfter(std::chrono::milliseconds wait);

    HubDatabase &m_db;
    WebhookConfig m_config;
    std::unique_ptr<WebhookOutbox> m_outbox;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QSet<QString> m_inFlight;
    bool m_started = false;
};

} // namespace lobbydesk
