#pragma once

#include <QByteArray>
#include <QStringList>
#include <QUrl>
#include <chrono>

namespace lobbydesk {

// Where and how the hub delivers terminal events to a webhook (docs/webhook.md), as the hub's
// command line sets it. Without a URL nothing is queued.
struct WebhookConfig
{
    static constexpr std::chrono::milliseconds kFirstRetry { 5000 };
    static constexpr std::chrono::milliseconds kMaxRetry { std::chrono::minutes(10) };
    static constexpr std::chrono::milliseconds kTimeout { 10000 };
    static constexpr int kMaxInFlight = 4;

    QUrl url;
    QByteArray secret; // empty: deliveries carry no signature
    QStringList events;
    std::chrono::milliseconds firstRetry = kFirstRetry;
    std::chrono::milliseconds maxRetry = kMaxRetry;
    std::chrono::milliseconds timeout = kTimeout;
    int maxInFlight = kMaxInFlight;

    // The wait after the attempts-th attempt failed: firstRetry, doubling, at most maxRetry.
    [[nodiscard]] std::chrono::milliseconds backoff(qint64 attempts) const;
};

// The event types delivered when --webhook-events is not given.
[[nodiscard]] QString defaultWebhookEvents();

// Each throws Error(Config) saying what is wrong and what is wanted.
// An absolute http:// or https:// URL with a host.
[[nodiscard]] QUrl parseWebhookUrl(const QString &text);
// The secret for the signature: the file's content without surrounding white space (so that
// `echo secret > file` works); an unreadable or empty file is refused.
[[nodiscard]] QByteArray readWebhookSecret(const QString &path);
// A comma-separated list of event types that terminals push (core/eventcatalog.cpp).
[[nodiscard]] QStringList parseWebhookEvents(const QString &list);

} // namespace lobbydesk
