#include "store/eventlog.h"

#include "core/error.h"
#include "core/eventhash.h"
#include "core/eventredaction.h"
#include "core/logging.h"
#include "store/sqlerror.h"
#include "store/writetransaction.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

namespace lobbydesk {
namespace {

const QString kColumns = QStringLiteral(
    "id, terminal_id, seq, type, payload, occurred_at, actor, prev_hash, hash, acked_at");
// What is read of an event: kColumns and whether retention redacted it.
const QString kSelected = kColumns + QStringLiteral(", redacted_at");

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw sqlFailure(QStringLiteral("preparing a query"), query.lastError(), db.databaseName());
    return query;
}

Event eventFromRow(const QSqlQuery &row)
{
    Event event;
    event.id = QUuid::fromString(row.value(0).toString());
    event.terminalId = row.value(1).toString();
    event.seq = row.value(2).toLongLong();
    event.type = row.value(3).toString();
    event.payload = row.value(4).toString().toUtf8();
    event.occurredAt = parseIsoUtc(row.value(5).toString());
    event.actor = row.value(6).toString();
    event.prevHash = row.value(7).toByteArray();
    event.hash = row.value(8).toByteArray();
    event.acked = !row.value(9).isNull();
    event.redacted = !row.value(10).isNull();
    return event;
}

// The columns of kColumns but acked_at, in order.
void bindEvent(QSqlQuery &query, const Event &event)
{
    query.addBindValue(uuidText(event.id));
    query.addBindValue(event.terminalId);
    query.addBindValue(event.seq);
    query.addBindValue(event.type);
    query.addBindValue(QString::fromUtf8(event.payload));
    query.addBindValue(isoUtc(event.occurredAt));
    query.addBindValue(event.actor);
    query.addBindValue(event.prevHash);
    query.addBindValue(event.hash);
}

// What retention leaves of a payload says so (eventredaction.h).
bool isRedactedPayload(const Event &event)
{
    const QJsonValue marker = event.payloadObject().value(QStringLiteral("redacted"));
    return marker.toBool(false) || marker.toString() == QStringLiteral("id");
}

void checkDraft(const EventDraft &draft)
{
    static const QRegularExpression typePattern(
        QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$"));
    if (!typePattern.match(draft.type).hasMatch())
        throw Error(Error::Kind::Invalid,
            QStringLiteral("event type '%1' is not of the form noun.verb (lowercase)")
                .arg(draft.type));
}

} // namespace

EventLog::EventLog(Database &database, QString terminalId, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_db(database.sql())
    , m_terminalId(std::move(terminalId))
    , m_lastOfTerminal(prepare(database.sql(),
          QStringLiteral("SELECT seq, hash FROM events WHERE terminal_id = ?"
                         " ORDER BY seq DESC LIMIT 1")))
    , m_insert(prepare(database.sql(),
          QStringLiteral("INSERT INTO events (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)")
              .arg(kColumns)))
    , m_byId(prepare(
          database.sql(), QStringLiteral("SELECT %1 FROM events WHERE id = ?").arg(kSelected)))
{ }

EventLog::Recorded EventLog::record(const EventDraft &draft, const Projection &projection)
{
    checkDraft(draft);
    Event event;
    event.id = draft.id.isNull() ? newEventId() : draft.id;
    event.terminalId = m_terminalId;
    event.type = draft.type;
    event.payload = QJsonDocument(draft.payload).toJson(QJsonDocument::Compact);
    if (event.payload.size() > kMaxPayloadBytes)
        throw Error(Error::Kind::Invalid,
            QStringLiteral("event %1 payload is %2 bytes, more than the %3 allowed")
                .arg(draft.type)
                .arg(event.payload.size())
                .arg(kMaxPayloadBytes));
    event.actor = draft.actor.isNull() ? QStringLiteral("") : draft.actor; // NULL is not ""
    event.occurredAt = draft.occurredAt.isValid()
        ? draft.occurredAt.toUTC()
        : QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);

    WriteTransaction transaction(m_database);
    if (!draft.id.isNull()) {
        if (auto existing = find(draft.id)) {
            if (existing->type != draft.type || existing->payload != event.payload)
                throw Error(Error::Kind::Invalid,
                    QStringLiteral("event id %1 was already used for a different event")
                        .arg(uuidText(draft.id)));
            return { *existing, true };
        }
    }

    m_lastOfTerminal.addBindValue(m_terminalId);
    execOrThrow(m_lastOfTerminal, QStringLiteral("reading the last event"), path());
    if (m_lastOfTerminal.next()) {
        event.seq = m_lastOfTerminal.value(0).toLongLong() + 1;
        event.prevHash = m_lastOfTerminal.value(1).toByteArray();
    } else {
        event.seq = 1;
        event.prevHash = genesisHash();
    }
    m_lastOfTerminal.finish();
    event.hash = eventHash(event);

    bindEvent(m_insert, event);
    execOrThrow(m_insert, QStringLiteral("recording event %1").arg(event.type), path());
    m_insert.finish();

    if (projection)
        projection(event, m_db);
    try {
        transaction.commit();
    } catch (const Error &error) {
        if (error.kind() != Error::Kind::Io)
            throw;
        // Unknowable from here whether the commit reached the disk; the event id makes a
        // retry safe, since recording the same id again is recognised.
        throw Error(Error::Kind::Io,
            QStringLiteral("%1. Event %2 (%3) may have been recorded; record it again "
                           "with the same id to be sure it is there exactly once.")
                .arg(error.message(), uuidText(event.id), event.type));
    }

    emit recorded(event.seq);
    emit outboxChanged();
    return { event, false };
}

qint64 EventLog::eventCount() const
{
    QSqlQuery query = runSql(
        m_db, QStringLiteral("SELECT count(*) FROM events"), QStringLiteral("counting events"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 EventLog::outboxCount() const
{
    QSqlQuery query = prepare(m_db,
        QStringLiteral("SELECT count(*) FROM events"
                       " WHERE terminal_id = ? AND seq >= ? AND acked_at IS NULL"));
    query.addBindValue(m_terminalId);
    query.addBindValue(outboxFrom());
    execOrThrow(query, QStringLiteral("counting the outbox"), path());
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 EventLog::outboxFrom() const
{
    QSqlQuery query
        = runSql(m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'outbox_from'"),
            QStringLiteral("reading the outbox position"));
    return query.next() ? query.value(0).toLongLong() : 1;
}

std::optional<QDateTime> EventLog::lastEventTime() const
{
    QSqlQuery query = runSql(m_db, QStringLiteral("SELECT max(occurred_at) FROM events"),
        QStringLiteral("reading the last event time"));
    if (!query.next() || query.value(0).isNull())
        return std::nullopt;
    return QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
}

std::optional<Event> EventLog::find(const QUuid &id) const
{
    QSqlQuery &query = const_cast<QSqlQuery &>(m_byId);
    query.addBindValue(uuidText(id));
    execOrThrow(query, QStringLiteral("looking up an event"), path());
    std::optional<Event> found;
    if (query.next())
        found = eventFromRow(query);
    query.finish();
    return found;
}

QList<Event> EventLog::outbox(int limit) const
{
    QSqlQuery query = prepare(m_db,
        QStringLiteral("SELECT %1 FROM events WHERE terminal_id = ? AND seq >= ?"
                       " AND acked_at IS NULL ORDER BY seq LIMIT ?")
            .arg(kSelected));
    query.addBindValue(m_terminalId);
    query.addBindValue(outboxFrom());
    query.addBindValue(limit);
    execOrThrow(query, QStringLiteral("reading the outbox"), path());
    QList<Event> events;
    while (query.next())
        events.append(eventFromRow(query));
    return events;
}

int EventLog::acknowledge(const QList<QUuid> &ids)
{
    WriteTransaction transaction(m_database);
    QSqlQuery query = prepare(m_db,
        QStringLiteral("UPDATE events SET acked_at = ?"
                       " WHERE id = ? AND acked_at IS NULL"));
    const QString now = isoUtc(QDateTime::currentDateTimeUtc());
    int changed = 0;
    for (const QUuid &id : ids) {
        query.addBindValue(now);
        query.addBindValue(uuidText(id));
        execOrThrow(query, QStringLiteral("acknowledging events"), path());
        changed += query.numRowsAffected();
    }
    advanceOutbox();
    transaction.commit();
    if (changed > 0)
        emit outboxChanged();
    return changed;
}

int EventLog::acknowledgeRange(qint64 from, qint64 to)
{
    WriteTransaction transaction(m_database);
    QSqlQuery query = prepare(m_db,
        QStringLiteral(
            "UPDATE events SET acked_at = ? WHERE terminal_id = ? AND seq BETWEEN ? AND ?"
            " AND acked_at IS NULL"));
    query.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
    query.addBindValue(m_terminalId);
    query.addBindValue(from);
    query.addBindValue(to);
    execOrThrow(query, QStringLiteral("acknowledging events"), path());
    const int changed = query.numRowsAffected();
    advanceOutbox();
    transaction.commit();
    if (changed > 0)
        emit outboxChanged();
    return changed;
}

void EventLog::advanceOutbox()
{
    // Move the outbox's start past the acknowledged run at its front.
    QSqlQuery advance = prepare(m_db,
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('outbox_from',"
                       " coalesce((SELECT min(seq) FROM events WHERE terminal_id = :terminal"
                       "           AND seq >= :from AND acked_at IS NULL),"
                       "          (SELECT coalesce(max(seq), 0) + 1 FROM events"
                       "           WHERE terminal_id = :terminal)))"
                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    advance.bindValue(QStringLiteral(":terminal"), m_terminalId);
    advance.bindValue(QStringLiteral(":from"), outboxFrom());
    execOrThrow(advance, QStringLiteral("acknowledging events"), path());
}

int EventLog::requeueFrom(qint64 seq)
{
    WriteTransaction transaction(m_database);
    QSqlQuery query = prepare(m_db,
        QStringLiteral("UPDATE events SET acked_at = NULL"
                       " WHERE terminal_id = ? AND seq >= ? AND acked_at IS NOT NULL"));
    query.addBindValue(m_terminalId);
    query.addBindValue(seq);
    execOrThrow(query, QStringLiteral("requeueing events"), path());
    const int changed = query.numRowsAffected();
    QSqlQuery from = prepare(m_db,
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('outbox_from', ?)"
                       " ON CONFLICT (key) DO UPDATE SET value = min(CAST(value AS INTEGER),"
                       " CAST(excluded.value AS INTEGER))"));
    from.addBindValue(seq);
    execOrThrow(from, QStringLiteral("requeueing events"), path());
    transaction.commit();
    if (changed > 0)
        emit outboxChanged();
    return changed;
}

int EventLog::storePulled(const QList<Event> &events,
    const std::function<Projection(const QString &type)> &projectionFor,
    const std::function<void(QSqlDatabase &db)> &inSameTransaction)
{
    WriteTransaction transaction(m_database);
    QSqlQuery insert = prepare(m_db,
        QStringLiteral("INSERT INTO events (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT DO NOTHING")
            .arg(kSelected));
    const QString now = isoUtc(QDateTime::currentDateTimeUtc());
    int added = 0;
    for (const Event &event : events) {
        if (event.terminalId == m_terminalId)
            continue; // our own, already here
        // A redacted event (its personal data removed by the hub's retention) cannot match its
        // hash; it is taken as the hub serves it, marked, and checked by its place in the chain.
        if (eventHash(event) != event.hash && !(event.redacted && isRedactedPayload(event))) {
            qCWarning(lcStore) << "pulled event" << uuidText(event.id)
                               << "does not match its hash; not stored";
            continue;
        }
        bindEvent(insert, event);
        insert.addBindValue(now);
        insert.addBindValue(
            event.redacted ? QVariant(now) : QVariant(QMetaType::fromType<QString>()));
        execOrThrow(insert, QStringLiteral("storing a pulled event"), path());
        const bool isNew = insert.numRowsAffected() > 0;
        insert.finish();
        if (!isNew)
            continue;
        ++added;
        const Projection projection = projectionFor(event.type);
        if (!projection)
            continue;
        // One event whose projection fails must not hold back the feed: its own changes are
        // undone, the event stays in the log (the audit trail), and the rest go on.
        runSql(m_db, QStringLiteral("SAVEPOINT pulled"), QStringLiteral("applying a pulled event"));
        try {
            projection(event, m_db);
        } catch (const Error &error) {
            if (error.kind() != Error::Kind::Invalid)
                throw;
            qCWarning(lcStore) << "pulled event" << uuidText(event.id) << event.type
                               << "not applied:" << error.message();
            runSql(m_db, QStringLiteral("ROLLBACK TO pulled"),
                QStringLiteral("applying a pulled event"));
        }
        runSql(m_db, QStringLiteral("RELEASE pulled"), QStringLiteral("applying a pulled event"));
    }
    if (inSameTransaction)
        inSameTransaction(m_db);
    transaction.commit();
    return added;
}

void EventLog::forEach(const std::function<bool(const Event &)> &visit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM events ORDER BY terminal_id, seq").arg(kSelected)))
        throw sqlFailure(QStringLiteral("reading events"), query.lastError(), path());
    while (query.next()) {
        if (!visit(eventFromRow(query)))
            break;
    }
}

ChainReport EventLog::verifyChain(const QString &terminalId, bool allowGaps) const
{
    ChainReport report;
    report.terminalId = terminalId;
    QSqlQuery query = prepare(m_db,
        QStringLiteral("SELECT %1 FROM events WHERE terminal_id = ?"
                       " ORDER BY seq")
            .arg(kSelected));
    query.setForwardOnly(true);
    query.addBindValue(terminalId);
    execOrThrow(query, QStringLiteral("reading events"), path());
    QByteArray expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    while (query.next()) {
        const Event event = eventFromRow(query);
        if (allowGaps && event.seq > expectedSeq) { // a hole the hub left: start a new run
            expectedSeq = event.seq;
            expectedPrev = event.prevHash;
        }
        QString problem;
        if (event.seq != expectedSeq)
            problem = QStringLiteral("sequence jumps from %1 to %2: events are missing")
                          .arg(expectedSeq - 1)
                          .arg(event.seq);
        else if (event.prevHash != expectedPrev)
            problem = QStringLiteral("event %1 does not follow the event before it (previous-hash "
                                     "mismatch): an event was removed or replaced")
                          .arg(uuidText(event.id));
        else if (!event.redacted && eventHash(event) != event.hash)
            problem = QStringLiteral("event %1 was changed after it was recorded (hash mismatch)")
                          .arg(uuidText(event.id));
        if (!problem.isEmpty()) {
            report.brokenAtSeq = event.seq;
            report.problem = problem;
            return report;
        }
        ++report.checked;
        ++expectedSeq;
        expectedPrev = event.hash;
    }
    return report;
}

QList<EventLog::Redaction> EventLog::redactions(const RetentionCutoffs &cutoffs) const
{
    QSqlQuery query = prepare(m_db,
        QStringLiteral("SELECT id, type, payload, occurred_at FROM events WHERE %1"
                       " AND occurred_at < ? AND acked_at IS NOT NULL AND payload NOT LIKE ?")
            .arg(personalEventTypesSql()));
    query.setForwardOnly(true);
    query.addBindValue(isoUtc(std::max(cutoffs.visits, cutoffs.idFragments)));
    query.addBindValue(QLatin1String(kFullyRedactedLike));
    execOrThrow(query, QStringLiteral("reading events for retention"), path());
    QList<Redaction> redactions;
    while (query.next()) {
        const std::optional<QByteArray> payload = redactionOf(query.value(1).toString(),
            query.value(2).toString().toUtf8(), parseIsoUtc(query.value(3).toString()), cutoffs);
        if (payload)
            redactions.append({ QUuid::fromString(query.value(0).toString()), *payload });
    }
    return redactions;
}

int EventLog::redact(const QList<Redaction> &redactions, const QDateTime &now)
{
    QSqlQuery update = prepare(m_db,
        QStringLiteral("UPDATE events SET payload = ?, redacted_at = ? WHERE id = ?"
                       " AND acked_at IS NOT NULL"));
    const QString at = isoUtc(now);
    int changed = 0;
    for (const Redaction &redaction : redactions) {
        update.addBindValue(QString::fromUtf8(redaction.payload));
        update.addBindValue(at);
        update.addBindValue(uuidText(redaction.id));
        execOrThrow(update, QStringLiteral("redacting an event"), path());
        changed += update.numRowsAffected();
    }
    return changed;
}

QList<ChainReport> EventLog::verifyAll() const
{
    QSqlQuery query
        = runSql(m_db, QStringLiteral("SELECT DISTINCT terminal_id FROM events ORDER BY 1"),
            QStringLiteral("listing terminals"));
    QStringList terminals;
    while (query.next())
        terminals.append(query.value(0).toString());
    if (!terminals.contains(m_terminalId))
        terminals.prepend(m_terminalId);
    QList<ChainReport> reports;
    for (const QString &terminal : terminals)
        reports.append(verifyChain(terminal, terminal != m_terminalId));
    return reports;
}

} // namespace lobbydesk
