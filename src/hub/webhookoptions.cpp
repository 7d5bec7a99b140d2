#include "hub/webhookoptions.h"

#include "core/error.h"
#include "core/logging.h"
#include "hub/hubcommandline.h"

#include <QCommandLineParser>
#include <QHostAddress>

namespace lobbydesk {
namespace {

QCommandLineOption hidden(QCommandLineOption option)
{
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

std::chrono::milliseconds millis(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    return std::chrono::milliseconds(
        positiveOption(parser, option, QStringLiteral("milliseconds")));
}

} // namespace

WebhookOptions::WebhookOptions()
    : m_url(QStringLiteral("webhook-url"),
        QStringLiteral("POST the events of --webhook-events to this http:// or https:// URL "
                       "(docs/webhook.md); without it nothing is queued."),
        QStringLiteral("url"))
    , m_secretFile(QStringLiteral("webhook-secret-file"),
          QStringLiteral("File holding the secret that signs each delivery "
                         "(X-LobbyDesk-Signature: sha256=HMAC of the body)."),
          QStringLiteral("file"))
    , m_events(QStringLiteral("webhook-events"),
          QStringLiteral("Comma-separated event types to deliver (default %1).")
              .arg(defaultWebhookEvents()),
          QStringLiteral("types"), defaultWebhookEvents())
    , m_retry(hidden(QCommandLineOption(QStringLiteral("webhook-retry-ms"),
          QStringLiteral("First wait after a failed delivery."), QStringLiteral("ms"),
          QString::number(WebhookConfig::kFirstRetry.count()))))
    , m_timeout(hidden(QCommandLineOption(QStringLiteral("webhook-timeout-ms"),
          QStringLiteral("How long a delivery may take."), QStringLiteral("ms"),
          QString::number(WebhookConfig::kTimeout.count()))))
{ }

void WebhookOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({ m_url, m_secretFile, m_events, m_retry, m_timeout });
}

std::optional<WebhookConfig> WebhookOptions::read(const QCommandLineParser &parser) const
{
    if (!parser.isSet(m_url)) {
        for (const QCommandLineOption *option : { &m_secretFile, &m_events })
            if (parser.isSet(*option))
                throw Error(Error::Kind::Config,
                    QStringLiteral("--%1 needs --webhook-url").arg(option->names().constFirst()));
        return std::nullopt;
    }
    WebhookConfig config;
    config.url = parseWebhookUrl(parser.value(m_url));
    config.events = parseWebhookEvents(parser.value(m_events));
    config.firstRetry = millis(parser, m_retry);
    config.timeout = millis(parser, m_timeout);
    if (parser.isSet(m_secretFile))
        config.secret = readWebhookSecret(parser.value(m_secretFile));
    else
        qCWarning(lcWebhook) << "no --webhook-secret-file: deliveries carry no signature, so "
                                "the receiver cannot tell them from forgeries";
    if (config.url.scheme() == QStringLiteral("http")
        && config.url.host() != QStringLiteral("localhost")
        && !QHostAddress(config.url.host()).isLoopback())
        qCWarning(lcWebhook) << "--webhook-url is plain http to another host: the owners' names "
                                "and phone numbers travel unencrypted; prefer https";
    return config;
}

} // namespace lobbydesk
