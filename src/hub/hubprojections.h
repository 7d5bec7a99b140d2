#pragma once

#include "core/event.h"

#include <QJsonObject>

namespace lobbydesk {

class HubDatabase;

// Updates the hub's own tables for an accepted terminal event (inside the push transaction).
// Types without a hub-side table need nothing beyond the stored event.
void applyHubProjection(
    HubDatabase &db, const QString &siteId, const Event &event, const QJsonObject &payload);

} // namespace lobbydesk
