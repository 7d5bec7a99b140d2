#include "hub/webhookconfig.h"

#include "core/error.h"
#include "core/eventcatalog.h"

#include <QFile>

namespace lobbydesk {

std::chrono::milliseconds WebhookConfig::backoff(qint64 attempts) const
{
    auto wait = firstRetry;
    for (qint64 i = 1; i < attempts && wait < maxRetry; ++i)
        wait *= 2;
    return std::min(wait, maxRetry);
}

QString defaultWebhookEvents()
{
    return QStringLiteral("key.owner_notified");
}

QUrl parseWebhookUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QStringLiteral("http") && scheme != QStringLiteral("https")))
        throw Error(Error::Kind::Config,
            QStringLiteral("--webhook-url wants an http:// or https:// URL like "
                           "https://notify.example.com/lobbydesk, not '%1'")
                .arg(text));
    if (url.host().isEmpty())
        throw Error(
            Error::Kind::Config, QStringLiteral("--webhook-url '%1' has no host name").arg(text));
    return url;
}

QByteArray readWebhookSecret(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Config,
            QStringLiteral("cannot read the webhook secret file %1: %2")
                .arg(path, file.errorString()));
    const QByteArray secret = file.readAll().trimmed();
    if (secret.isEmpty())
        throw Error(Error::Kind::Config,
            QStringLiteral("the webhook secret file %1 is empty; put the shared secret in it")
                .arg(path));
    return secret;
}

QStringList parseWebhookEvents(const QString &list)
{
    QStringList types;
    for (const QString &item : list.split(QLatin1Char(','))) {
        const QString type = item.trimmed();
        if (type.isEmpty() || types.contains(type))
            continue;
        const EventTypeSpec *spec = findEventType(type);
        if (!spec)
            throw Error(Error::Kind::Config,
                QStringLiteral("--webhook-events: unknown event type '%1' (the types are listed "
                               "in docs/sync-protocol.md, e.g. key.owner_notified)")
                    .arg(type));
        if (spec->origin != EventOrigin::Terminal)
            throw Error(Error::Kind::Config,
                QStringLiteral("--webhook-events: %1 is written by the hub itself; only events "
                               "that terminals push are delivered")
                    .arg(type));
        types.append(type);
    }
    if (types.isEmpty())
        throw Error(Error::Kind::Config,
            QStringLiteral("--webhook-events wants one or more event types separated by commas, "
                           "e.g. key.owner_notified"));
    return types;
}

} // namespace lobbydesk
