#include "services/desknotes.h"

#include "core/error.h"
#include "services/projections.h"
#include "store/eventlog.h"
#include "store/sqlerror.h"

namespace lobbydesk {

DeskNotes::DeskNotes(EventLog &events)
    : m_events(events)
{ }

Event DeskNotes::add(const QString &text, const QString &author)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        throw Error(Error::Kind::Invalid, QStringLiteral("a note needs some text"));
    if (trimmed.size() > kMaxLength)
        throw Error(Error::Kind::Invalid,
            QStringLiteral("a note is at most %1 characters; this one has %2")
                .arg(kMaxLength)
                .arg(trimmed.size()));
    const QString type = QStringLiteral("desk.note.added");
    return m_events
        .record({ type, QJsonObject { { QStringLiteral("text"), trimmed } }, author, {} },
            terminalProjection(type))
        .event;
}

QList<DeskNote> DeskNotes::latest(int limit) const
{
    QSqlQuery query(m_events.database().sql());
    query.prepare(QStringLiteral("SELECT event_id, terminal_id, written_at, author, text"
                                 " FROM desk_notes ORDER BY written_at DESC LIMIT ?"));
    query.addBindValue(limit);
    execOrThrow(query, QStringLiteral("reading desk notes"), m_events.database().path());
    QList<DeskNote> notes;
    while (query.next())
        notes.append({ query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString() });
    return notes;
}

} // namespace lobbydesk
