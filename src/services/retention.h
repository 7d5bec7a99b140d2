#pragma once

#include "core/eventredaction.h"

#include <QDateTime>
#include <QJsonObject>

namespace lobbydesk {

class EventLog;

// How long a terminal keeps visitors' personal data ([retention] in the config).
struct RetentionPolicy
{
    int visitDays = 180;
    int idDays = 30;
};

// What retention changes (or would): each kind counted once.
struct RetentionCounts
{
    QDateTime visitsBefore; // visits checked in before this are anonymised
    QDateTime idBefore; // ID fragments of visits checked in before this are cleared
    qint64 visits = 0; // visits anonymised
    qint64 idFragments = 0; // visits that only lose their ID fragments
    qint64 invitations = 0; // invitations (valid_until before visitsBefore) anonymised
    qint64 keyLoans = 0; // keys lent to a visitor or contractor: the borrower's name cleared
    qint64 temporaryCards = 0; // temporary cards: the holder's name cleared everywhere
    qint64 events = 0; // events redacted (acknowledged ones only)

    [[nodiscard]] qint64 total() const
    {
        return visits + idFragments + invitations + keyLoans + temporaryCards + events;
    }
    [[nodiscard]] QJsonObject toJson() const;
};

// Retention on a terminal (product.md, "Visitor reception"; docs/operations.md): empties the
// personal columns of old visits and invitations (anonymised_at set; unit, company, times,
// state and rating stay), the names of visitors who borrowed a key and of temporary card
// holders, clears ID fragments sooner, and redacts the same data from the event log
// (docs/event-log.md, "Redaction").
class Retention
{
public:
    Retention(EventLog &events, RetentionPolicy policy);

    // What run(now) would change; writes nothing.
    [[nodiscard]] RetentionCounts plan(const QDateTime &now) const;
    // Does it in one write transaction.
    RetentionCounts run(const QDateTime &now);

private:
    [[nodiscard]] RetentionCounts count(const RetentionCutoffs &cutoffs) const;

    EventLog &m_events;
    RetentionPolicy m_policy;
};

} // namespace lobbydesk
