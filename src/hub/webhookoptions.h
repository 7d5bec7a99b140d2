#pragma once

#include "hub/webhookconfig.h"

#include <QCommandLineOption>
#include <optional>

class QCommandLineParser;

namespace lobbydesk {

// lobbydesk-hub's --webhook-* options (docs/operations.md, docs/webhook.md), and two hidden
// ones that tests use to keep the retry and the timeout short.
class WebhookOptions
{
public:
    WebhookOptions();
    void addTo(QCommandLineParser &parser) const;
    // The webhook to deliver to; none without --webhook-url. Throws Error(Config) for any
    // option that cannot be used.
    [[nodiscard]] std::optional<WebhookConfig> read(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_url;
    QCommandLineOption m_secretFile;
    QCommandLineOption m_events;
    QCommandLineOption m_retry;
    QCommandLineOption m_timeout;
};

} // namespace lobbydesk
