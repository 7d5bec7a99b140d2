#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace lobbydesk {

class HubDatabase;

struct HubEventDraft
{
    QString type;
    QJsonObject payload;
};

// Appends the hub's own events (directory, site keys) to a site's feed, hash-chained like a
// terminal's under the id hubStreamId(site). Runs inside the caller's transaction; locks the
// site's row so that feed positions are handed out in commit order.
void appendHubEvents(HubDatabase &db, const QString &siteId, const QList<HubEventDraft> &drafts);

// The site's screening key (32 bytes, for ID-number hashes): made with libsodium's random
// bytes and sent down as site.screening.key the first time it is asked for. Inside a
// transaction.
QByteArray ensureSiteScreeningKey(HubDatabase &db, const QString &siteId);

// Hands out `count` feed positions of a site; returns the first. Inside a transaction.
[[nodiscard]] qint64 allocateFeedPositions(HubDatabase &db, const QString &siteId, qint64 count);

} // namespace lobbydesk
