#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lobbydesk {

// Who may write an event of a type: a terminal (pushed to the hub) or the hub itself (sent
// down to terminals in the feed).
enum class EventOrigin { Terminal, Hub };

struct EventTypeSpec
{
    QString type;
    EventOrigin origin;
    QStringList requiredStrings; // payload members that must be non-empty strings
};

// The event types this version of LobbyDesk knows. The hub refuses a pushed event of any other
// type (a newer terminal than the hub), and a terminal keeps but does not apply one it pulls.
[[nodiscard]] const EventTypeSpec *findEventType(const QString &type);

// Why a payload cannot be an event of this type, in words; empty when it can.
[[nodiscard]] QString payloadProblem(const EventTypeSpec &spec, const QJsonObject &payload);

// The pseudo terminal id under which the hub writes its own events for a site.
[[nodiscard]] QString hubStreamId(const QString &siteId);

} // namespace lobbydesk
