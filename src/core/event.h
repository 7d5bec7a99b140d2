#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace lobbydesk {

// What a caller asks to record. The id may be chosen by the caller so that a retry of the same
// action is recognised instead of recorded twice.
struct EventDraft
{
    QString type; // e.g. "visit.checked_in"
    QJsonObject payload; // the facts of the event
    QString actor; // staff or person who did it; empty for the terminal itself
    QUuid id; // optional; newEventId() when null
    // optional; the time of recording when invalid. A service with its own clock passes it, so
    // that what it compares (a visit's day, its end-of-day close) and what it records agree.
    QDateTime occurredAt = {};
};

// An immutable, recorded event of the log (architecture.md, "Everything is an event").
struct Event
{
    QUuid id;
    QString terminalId;
    qint64 seq = 0; // per terminal, from 1, no gaps
    QString type;
    QByteArray payload; // compact JSON exactly as stored and hashed
    QDateTime occurredAt;
    QString actor;
    QByteArray prevHash; // hash of the previous event of this terminal (zeros for the first)
    QByteArray hash; // SHA-256 over prevHash and the fields above (eventhash.h)
    bool acked = false; // acknowledged by the hub
    // Its personal data was removed by retention (eventredaction.h): the payload no longer
    // matches `hash`, which stays as recorded so that the chain still links.
    bool redacted = false;

    [[nodiscard]] QJsonObject payloadObject() const;
    [[nodiscard]] QJsonObject toJson() const;
};

// Time as stored and hashed: UTC, milliseconds, ISO 8601 with a Z.
[[nodiscard]] QString isoUtc(const QDateTime &time);
// Exactly the form isoUtc() writes, 2026-11-22T08:30:00.000Z; invalid otherwise. Read by hand:
// QDateTime::fromString was the slowest step of reading an outbox and of taking a batch in.
[[nodiscard]] QDateTime parseIsoUtc(const QString &text);

[[nodiscard]] QString uuidText(const QUuid &id);

// A new event id: a UUID version 7 (RFC 9562), milliseconds since the epoch then random bits.
// Ids of a terminal rise with time, so each new id lands at the end of the id indexes of the
// terminal's and the hub's event tables instead of on a random page: a batch of 1000 random
// (version 4) ids dirtied a page of the hub's index per event.
[[nodiscard]] QUuid newEventId();

} // namespace lobbydesk
