#include "drivers/cardreader/cardpresence.h"

#include <algorithm>

namespace lobbydesk {

CardPresence::CardPresence(int emptyPollsForRemoval)
    : m_emptyPollsForRemoval(std::max(1, emptyPollsForRemoval))
{ }

void CardPresence::seen(const QString &uid, QList<CardEvent> &events)
{
    m_emptyPolls = 0;
    if (uid == m_uid)
        return;
    drop(events);
    m_uid = uid;
    events.append(CardEvent { CardEvent::Kind::Presented, uid });
}

void CardPresence::empty(QList<CardEvent> &events)
{
    if (!m_uid.isEmpty() && ++m_emptyPolls >= m_emptyPollsForRemoval)
        drop(events);
}

void CardPresence::drop(QList<CardEvent> &events)
{
    m_emptyPolls = 0;
    if (m_uid.isEmpty())
        return;
    events.append(CardEvent { CardEvent::Kind::Removed, m_uid });
    m_uid.clear();
}

} // namespace lobbydesk
