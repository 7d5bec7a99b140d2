#pragma once

#include "drivers/cardreader/cardevent.h"

#include <QList>

namespace lobbydesk {

// Which card lies on a polled reader, from poll results: a new UID is presented at once (a
// different one first removes the old), but removal waits for several empty polls in a row,
// so a card at the edge of the field does not flap.
class CardPresence
{
public:
    explicit CardPresence(int emptyPollsForRemoval = 2);

    void seen(const QString &uid, QList<CardEvent> &events);
    void empty(QList<CardEvent> &events);
    // The reader is gone: nobody can vouch for the card any more.
    void drop(QList<CardEvent> &events);

    [[nodiscard]] const QString &uid() const { return m_uid; } // empty: no card

private:
    int m_emptyPollsForRemoval;
    int m_emptyPolls = 0;
    QString m_uid;
};

} // namespace lobbydesk
