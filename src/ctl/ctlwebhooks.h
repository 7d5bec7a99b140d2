#pragma once

#include <QString>
#include <QTextStream>

namespace lobbydesk {

class HubDatabase;

// lobbydesk-ctl hub webhooks [SITE] [--json]: the webhook's outbox (docs/webhook.md), so that
// operations see a receiver that is down: what waits, how often it was tried and why it
// failed, and how much was delivered.
int ctlHubWebhooks(HubDatabase &db, const QString &siteId, bool json, QTextStream &out);

} // namespace lobbydesk
