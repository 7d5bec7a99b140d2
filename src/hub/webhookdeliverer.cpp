#include "hub/webhookdeliverer.h"

#include "core/error.h"
#include "core/event.h"
#include "core/logging.h"
#include "core/signing.h"
#include "hub/hubdatabase.h"
#include "hub/webhookoutbox.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace lobbydesk {
namespace {

// What the receiver is told it failed with, in words, for the log and `hub webhooks`.
QString failure(QNetworkReply *reply, int status, bool timedOut, std::chrono::milliseconds limit)
{
    if (timedOut)
        return QStringLiteral("no answer within %1 ms").arg(limit.count());
    if (status > 0) {
        const QString reason
            = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const QString said = QString::fromUtf8(reply->read(200)).simplified();
        return QStringLiteral("HTTP %1%2%3")
            .arg(status)
            .arg(reason.isEmpty() ? QString() : QLatin1Char(' ') + reason,
                said.isEmpty() ? QString() : QStringLiteral(": ") + said);
    }
    return reply->errorString();
}

} // namespace

WebhookDeliverer::WebhookDeliverer(HubDatabase &db, WebhookConfig config, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_config(std::move(config))
    , m_outbox(std::make_unique<WebhookOutbox>(db, m_config.events))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &WebhookDeliverer::poll);
}

WebhookDeliverer::~WebhookDeliverer()
{
    // Replies aborted as the network manager goes must not call back into a half-gone object;
    // their rows are claimed and go out again when the claim runs out.
    for (QNetworkReply *reply : m_network.findChildren<QNetworkReply *>())
        reply->disconnect(this);
}

void WebhookDeliverer::start()
{
    m_started = true;
    qCInfo(lcWebhook).noquote() << "delivering" << m_config.events.join(QStringLiteral(", "))
                                << "to" << m_config.url.toDisplayString(QUrl::RemovePassword)
                                << (m_config.secret.isEmpty() ? "unsigned" : "signed");
    poll();
}

void WebhookDeliverer::wake()
{
    if (m_started)
        m_timer.start(0);
}

void WebhookDeliverer::scheduleAfter(std::chrono::milliseconds wait)
{
    m_timer.start(std::clamp(wait, std::chrono::milliseconds(1), kIdlePoll));
}

void WebhookDeliverer::poll()
{
    if (!m_started)
        return;
    m_timer.stop();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    try {
        const int free = m_config.maxInFlight - int(m_inFlight.size());
        if (free > 0) {
            for (const WebhookDelivery &delivery :
                m_outbox->due(now, m_config.maxInFlight + int(m_inFlight.size()))) {
                if (int(m_inFlight.size()) >= m_config.maxInFlight)
                    break;
                if (m_inFlight.contains(delivery.eventId)
                    || !m_outbox->claim(
                        delivery, now.addMSecs((m_config.timeout + kClaimMargin).count())))
                    continue;
                send(delivery, now);
            }
        }
        if (int(m_inFlight.size()) >= m_config.maxInFlight)
            return; // an answer polls again
        const std::optional<QDateTime> next = m_outbox->nextDue();
        scheduleAfter(next ? std::chrono::milliseconds(now.msecsTo(*next) + 1) : kIdlePoll);
    } catch (const Error &error) {
        qCWarning(lcWebhook).noquote() << "cannot read the outbox:" << error.message();
        try {
            m_db.reconnectIfLost();
        } catch (const Error &again) {
            qCWarning(lcWebhook).noquote() << again.message();
        }
        scheduleAfter(kIdlePoll);
    }
}

void WebhookDeliverer::send(const WebhookDelivery &delivery, const QDateTime &now)
{
    QNetworkRequest request(m_config.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
        QByteArrayLiteral("lobbydesk-hub/") + QCoreApplication::applicationVersion().toLatin1());
    request.setRawHeader("X-LobbyDesk-Event-Id", delivery.eventId.toLatin1());
    request.setRawHeader("X-LobbyDesk-Event-Type", delivery.type.toLatin1());
    if (!m_config.secret.isEmpty())
        request.setRawHeader("X-LobbyDesk-Signature",
            "sha256=" + hmacSha256(m_config.secret, delivery.body).toHex());
    // A redirect is an answer that is not 2xx: it would turn the POST into a GET.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network.post(request, delivery.body);
    m_inFlight.insert(delivery.eventId);
    qCDebug(lcWebhook).noquote() << QStringLiteral("POST %1 %2, attempt %3, at %4")
                                        .arg(delivery.type, delivery.eventId)
                                        .arg(delivery.attempts + 1)
                                        .arg(isoUtc(now));
    // The whole exchange, not only a silence between bytes, is bounded: the row's claim is.
    auto *limit = new QTimer(reply);
    limit->setSingleShot(true);
    limit->setProperty("expired", false);
    connect(limit, &QTimer::timeout, reply, [reply, limit] {
        limit->setProperty("expired", true);
        reply->abort();
    });
    limit->start(m_config.timeout);
    connect(reply, &QNetworkReply::finished, this, [this, reply, limit, delivery] {
        finished(reply, delivery, limit->property("expired").toBool());
    });
}

void WebhookDeliverer::finished(
    QNetworkReply *reply, const WebhookDelivery &delivery, bool timedOut)
{
    reply->deleteLater();
    m_inFlight.remove(delivery.eventId);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const qint64 attempts = delivery.attempts + 1;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    try {
        if (!timedOut && status >= 200 && status < 300) {
            m_outbox->delivered(delivery.eventId, attempts, status, now);
            qCInfo(lcWebhook).noquote() << QStringLiteral("delivered %1 %2 (HTTP %3, attempt %4)")
                                               .arg(delivery.type, delivery.eventId)
                                               .arg(status)
                                               .arg(attempts);
        } else {
            const QString error = failure(reply, status, timedOut, m_config.timeout);
            const auto wait = m_config.backoff(attempts);
            m_outbox->failed(
                delivery.eventId, attempts, status, error, now, now.addMSecs(wait.count()));
            qCWarning(lcWebhook).noquote()
                << QStringLiteral("%1 %2 not delivered (attempt %3): %4; next try in %5 ms")
                       .arg(delivery.type, delivery.eventId)
                       .arg(attempts)
                       .arg(error)
                       .arg(wait.count());
        }
    } catch (const Error &error) {
        // The row keeps its claim until it runs out, then goes again: the receiver dedupes on
        // X-LobbyDesk-Event-Id.
        qCWarning(lcWebhook).noquote() << QStringLiteral("cannot record the outcome of %1: %2")
                                              .arg(delivery.eventId, error.message());
    }
    poll();
}

} // namespace lobbydesk
