#pragma once

#include "core/event.h"

#include <QList>

namespace lobbydesk {

class EventLog;

struct DeskNote
{
    QString eventId;
    QString terminalId;
    QString writtenAt;
    QString author;
    QString text;
};

// Shift handover notes of the front desk (交接班记录): written at any terminal of the site,
// read at all of them once synced.
class DeskNotes
{
public:
    static constexpr int kMaxLength = 500;

    explicit DeskNotes(EventLog &events);

    // Records the note; throws Error(Invalid) for an empty or over-long text.
    Event add(const QString &text, const QString &author);
    [[nodiscard]] QList<DeskNote> latest(int limit) const;

private:
    EventLog &m_events;
};

} // namespace lobbydesk
