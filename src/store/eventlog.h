#pragma once

#include "core/event.h"
#include "core/eventredaction.h"
#include "store/database.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <optional>

namespace lobbydesk {

// Writes to the local tables that an event changes; runs inside the event's transaction and
// throws (Error) to abandon both.
using Projection = std::function<void(const Event &event, QSqlDatabase &db)>;

// Where a terminal's hash chain breaks, if it does.
struct ChainReport
{
    QString terminalId;
    qint64 checked = 0;
    std::optional<qint64> brokenAtSeq;
    QString problem;

    [[nodiscard]] bool ok() const { return !brokenAtSeq.has_value(); }
};

// The append-only, hash-chained event log of architecture.md and its outbox.
class EventLog : public QObject
{
    Q_OBJECT

public:
    struct Recorded
    {
        Event event;
        bool duplicate = false; // the draft's id was recorded before; nothing new was written
    };

    EventLog(Database &database, QString terminalId, QObject *parent = nullptr);

    // Records an event and its projection changes in one durable transaction. Returns once the
    // event is on disk; throws Error (nothing written) otherwise.
    Recorded record(const EventDraft &draft, const Projection &projection = {});

    [[nodiscard]] const QString &terminalId() const { return m_terminalId; }
    [[nodiscard]] Database &database() { return m_database; }
    [[nodiscard]] qint64 eventCount() const;
    [[nodiscard]] qint64 outboxCount() const;
    [[nodiscard]] std::optional<QDateTime> lastEventTime() const;
    [[nodiscard]] std::optional<Event> find(const QUuid &id) const;

    // This terminal's unacknowledged events, in sequence order.
    [[nodiscard]] QList<Event> outbox(int limit) const;
    // Marks events as acknowledged by the hub; returns how many changed.
    int acknowledge(const QList<QUuid> &ids);
    // The same for a run of this terminal's events, seq `from` to `to`: one statement.
    int acknowledgeRange(qint64 from, qint64 to);

    // After the hub said it lacks this terminal's events from `seq` on (e.g. it was restored
    // from a backup): puts them back in the outbox to be sent again.
    int requeueFrom(qint64 seq);

    // Events of other terminals and of the hub, pulled from the site's feed: each is stored
    // once (a repeat is skipped) with `projectionFor(type)` applied, and `inSameTransaction`
    // runs before the commit (the sync engine saves its feed cursor there). Returns how many
    // were new.
    int storePulled(const QList<Event> &events,
        const std::function<Projection(const QString &type)> &projectionFor,
        const std::function<void(QSqlDatabase &db)> &inSameTransaction);

    // Calls `visit` for each event, each terminal's chain in sequence order; stop by
    // returning false.
    void forEach(const std::function<bool(const Event &)> &visit) const;

    // Another terminal's chain as pulled from the hub may have holes where the hub refused an
    // event (it never sends those): with `allowGaps` each run between holes is verified. A
    // redacted event's content is not checked against its hash, only its link and seq.
    [[nodiscard]] ChainReport verifyChain(const QString &terminalId, bool allowGaps = false) const;
    [[nodiscard]] QList<ChainReport> verifyAll() const;

    // Retention (docs/event-log.md, "Redaction"): an event and the payload it is to have.
    struct Redaction
    {
        QUuid id;
        QByteArray payload;
    };
    // The acknowledged events (this terminal's and pulled ones) that retention changes at these
    // cut-offs; an event still in the outbox goes to the hub whole first.
    [[nodiscard]] QList<Redaction> redactions(const RetentionCutoffs &cutoffs) const;
    // Replaces their payloads and sets redacted_at, inside the caller's write transaction;
    // returns how many changed. verifyChain() then checks their place in the chain only.
    int redact(const QList<Redaction> &redactions, const QDateTime &now);

    static constexpr qsizetype kMaxPayloadBytes = 64 * 1024;

signals:
    void recorded(qint64 seq);
    void outboxChanged();

private:
    // Every event of this terminal below this seq is acknowledged. Kept in meta by
    // acknowledge(), so the outbox is a range of the primary key, not an index that every
    // recording would have to update too.
    [[nodiscard]] qint64 outboxFrom() const;
    void advanceOutbox(); // inside a write transaction
    [[nodiscard]] QString path() const { return m_database.path(); }

    Database &m_database;
    QSqlDatabase &m_db;
    QString m_terminalId;
    QSqlQuery m_lastOfTerminal;
    QSqlQuery m_insert;
    QSqlQuery m_byId;
};

} // namespace lobbydesk
