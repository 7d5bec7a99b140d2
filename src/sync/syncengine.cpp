#include "sync/syncengine.h"

#include "core/error.h"
#include "core/logging.h"
#include "core/wireevent.h"
#include "store/sqlerror.h"
#include "store/store.h"
#include "store/writetransaction.h"
#include "sync/hubclient.h"
#include "sync/hublink.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <array>

namespace lobbydesk {
namespace {

constexpr int kMaxGapRepairs = 3;
// A request that fails in passing (reset, lost answer, 503) is tried again at once within the
// round, a few times, before the round gives up and the engine backs off: on a flapping
// network that keeps the queue moving instead of waiting out a backoff for every blip.
constexpr std::array kRetryPauses { 0, 50, 200 };

HubReply withRetries(const std::function<HubReply()> &send)
{
    HubReply reply = send();
    for (const int pause : kRetryPauses) {
        if (!reply.transient())
            break;
        if (pause > 0) {
            QEventLoop wait; // not a sleep: the thread's other events go on
            QTimer::singleShot(pause, &wait, &QEventLoop::quit);
            wait.exec();
        }
        reply = send();
    }
    return reply;
}

QString now()
{
    return isoUtc(QDateTime::currentDateTimeUtc());
}

} // namespace

SyncEngine::SyncEngine(QString dataDir, ProjectionFor projectionFor, Options options)
    : m_dataDir(std::move(dataDir))
    , m_projectionFor(std::move(projectionFor))
    , m_options(options)
{
    qRegisterMetaType<lobbydesk::SyncSnapshot>();
    qRegisterMetaType<lobbydesk::SyncRound>();
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::ensureOpen()
{
    if (!m_store)
        m_store = std::make_unique<Store>(m_dataDir);
}

std::chrono::milliseconds SyncEngine::backoffDelay(int failures)
{
    // Full backoff doubles from the minimum; jitter spreads a building's terminals so that
    // they do not all knock at once when the hub comes back.
    const qint64 base = std::min<qint64>(m_options.maxBackoff.count(),
        m_options.minBackoff.count() << std::min(std::max(failures - 1, 0), 20));
    std::uniform_int_distribution<qint64> jitter(base / 2, base);
    return std::chrono::milliseconds(jitter(m_random));
}

SyncSnapshot SyncEngine::snapshot()
{
    ensureOpen();
    SyncSnapshot snapshot = readSyncSnapshot(m_store->sql(), m_store->events());
    snapshot.refused = m_refused;
    snapshot.running = m_inRound;
    return snapshot;
}

SyncRound SyncEngine::runRound()
{
    SyncRound round;
    m_inRound = true;
    try {
        ensureOpen();
        const std::optional<HubLink> link = readHubLink(m_store->sql());
        if (!link) {
            round.error = QStringLiteral("this terminal is not enrolled with a hub "
                                         "(lobbydesk-ctl enrol URL CODE)");
            round.permanent = true;
        } else {
            HubClient client(link->url, link->token, link->caPem);
            push(client, round);
            if (round.error.isEmpty())
                pull(client, round);
            round.ok = round.error.isEmpty();
        }
    } catch (const Error &error) {
        round.error = error.message();
    }
    m_inRound = false;
    m_refused = !round.ok && round.permanent;
    try {
        recordOutcome(round);
    } catch (const Error &error) {
        qCWarning(lcSync) << "cannot save the sync status:" << error.message();
    }
    if (!round.ok)
        qCInfo(lcSync) << "sync round failed:" << round.error;
    emit roundFinished(round);
    emit snapshotChanged(snapshot());
    return round;
}

void SyncEngine::push(HubClient &client, SyncRound &round)
{
    EventLog &log = m_store->events();
    int batchSize = m_options.batchSize;
    int gapRepairs = 0;
    QElapsedTimer phase;
    for (;;) {
        phase.start();
        const QList<Event> batch = log.outbox(batchSize);
        if (batch.isEmpty())
            return;
        const qint64 read = phase.nsecsElapsed();
        QJsonArray wire;
        for (const Event &event : batch)
            wire.append(eventToWire(event));
        const qint64 encoded = phase.nsecsElapsed();
        const HubReply reply = withRetries([&] {
            return client.post(
                QStringLiteral("/v1/events"), QJsonObject { { QStringLiteral("events"), wire } });
        });
        const QString code = reply.errorCode();
        if (reply.ok()) {
            // Every event up to the hub's last_seq was stored or was already there, except
            // the ones listed as refused.
            const qint64 hubLastSeq
                = qint64(reply.body.value(QStringLiteral("last_seq")).toDouble(-1));
            QHash<qint64, QString> refusals;
            for (const QJsonValue &value : reply.body.value(QStringLiteral("refused")).toArray()) {
                const QJsonObject refusal = value.toObject();
                refusals.insert(qint64(refusal.value(QStringLiteral("seq")).toDouble()),
                    refusal.value(QStringLiteral("reason")).toString());
            }
            QList<QUuid> accepted;
            int parked = 0;
            for (const Event &event : batch) {
                if (event.seq > hubLastSeq)
                    break;
                if (const auto refusal = refusals.constFind(event.seq);
                    refusal != refusals.cend()) {
                    park(event, *refusal);
                    ++parked;
                } else {
                    accepted.append(event.id);
                }
            }
            round.parked += parked;
            const int answered = int(accepted.size()) + parked;
            const qint64 replied = phase.nsecsElapsed();
            // Usually the whole batch: one range update instead of one per event.
            if (accepted.size() == batch.size())
                log.acknowledgeRange(batch.first().seq, batch.last().seq);
            else
                log.acknowledge(accepted);
            qCDebug(lcSync) << "pushed" << batch.size() << "events: outbox" << read / 1000
                            << "us, encode" << (encoded - read) / 1000 << "us, hub"
                            << (replied - encoded) / 1000 << "us, acknowledge"
                            << (phase.nsecsElapsed() - replied) / 1000 << "us";
            round.pushed += int(accepted.size());
            round.progress = round.progress || answered > 0;
            if (answered == 0) {
                round.error
                    = QStringLiteral("the hub acknowledged none of %1 events").arg(batch.size());
                return;
            }
            batchSize = m_options.batchSize;
            continue;
        }
        if (reply.status == 409 && code == QStringLiteral("sequence_gap")
            && gapRepairs < kMaxGapRepairs) {
            const qint64 expected
                = qint64(reply.body.value(QStringLiteral("expected_seq")).toDouble());
            ++gapRepairs;
            qCWarning(lcSync) << "the hub lacks our events from seq" << expected
                              << ": sending them again";
            log.requeueFrom(std::max<qint64>(1, expected));
            continue;
        }
        if (reply.status == 413 && batchSize > 1) {
            batchSize = std::max(1, batchSize / 2);
            continue;
        }
        round.permanent = reply.status == 401 || reply.status == 403;
        round.error = round.permanent
            ? QStringLiteral("the hub refuses this terminal: %1").arg(reply.problem)
            : reply.problem;
        return;
    }
}

void SyncEngine::park(const Event &event, const QString &reason)
{
    qCWarning(lcSync) << "parking event" << event.seq << event.type
                      << "refused by the hub:" << reason;
    {
        WriteTransaction transaction(m_store->events().database());
        QSqlQuery insert(m_store->sql());
        insert.prepare(QStringLiteral("INSERT INTO parked_events (event_id, seq, type, reason, "
                                      "parked_at) VALUES (?, ?, ?, ?, ?)"
                                      " ON CONFLICT (event_id) DO NOTHING"));
        insert.addBindValue(uuidText(event.id));
        insert.addBindValue(event.seq);
        insert.addBindValue(event.type);
        insert.addBindValue(reason.isEmpty() ? QStringLiteral("refused by the hub") : reason);
        insert.addBindValue(now());
        execOrThrow(insert, QStringLiteral("parking an event"), m_store->path());
        transaction.commit();
    }
    m_store->events().acknowledge({ event.id });
}

void SyncEngine::pull(HubClient &client, SyncRound &round)
{
    for (;;) {
        const qint64 cursor = readMeta(m_store->sql(), syncmeta::kPullCursor).toLongLong();
        const HubReply reply = withRetries([&] {
            return client.get(
                QStringLiteral("/v1/feed?after=%1&limit=%2").arg(cursor).arg(m_options.pageSize));
        });
        if (reply.status == 409 && reply.errorCode() == QStringLiteral("cursor_ahead")
            && cursor > 0) {
            // Pulled events are applied idempotently: reading the feed again is safe.
            qCWarning(lcSync) << "the hub's feed is behind our cursor" << cursor
                              << ": reading it again";
            WriteTransaction transaction(m_store->events().database());
            writeMeta(m_store->sql(), syncmeta::kPullCursor, QStringLiteral("0"));
            transaction.commit();
            continue;
        }
        if (!reply.ok()) {
            round.permanent = reply.status == 401 || reply.status == 403;
            round.error = reply.problem;
            return;
        }
        QList<Event> events;
        for (const QJsonValue &value : reply.body.value(QStringLiteral("events")).toArray()) {
            try {
                events.append(eventFromWire(value.toObject()));
            } catch (const Error &error) {
                // One unreadable event must not stop the feed; it is logged and skipped.
                qCWarning(lcSync) << "skipping a feed event:" << error.message();
            }
        }
        const qint64 next = qint64(reply.body.value(QStringLiteral("cursor")).toDouble());
        round.pulled
            += m_store->events().storePulled(events, m_projectionFor, [next](QSqlDatabase &db) {
                   writeMeta(db, syncmeta::kPullCursor, QString::number(next));
               });
        if (next > cursor)
            round.progress = true;
        if (!reply.body.value(QStringLiteral("more")).toBool())
            return;
    }
}

void SyncEngine::recordOutcome(const SyncRound &round)
{
    ensureOpen();
    const QDateTime current = QDateTime::currentDateTimeUtc();
    // A quiet, healthy terminal does not need a durable write every few seconds.
    const bool stale = !m_lastStatusWrite.isValid() || m_lastStatusWrite.secsTo(current) >= 60;
    if (!round.progress && round.error == m_lastWrittenError && !stale)
        return;
    WriteTransaction transaction(m_store->events().database());
    writeMeta(m_store->sql(), syncmeta::kLastAttempt, isoUtc(current));
    writeMeta(m_store->sql(), syncmeta::kLastError, round.error);
    if (round.ok)
        writeMeta(m_store->sql(), syncmeta::kLastSuccess, isoUtc(current));
    transaction.commit();
    m_lastStatusWrite = current;
    m_lastWrittenError = round.error;
}

void SyncEngine::start()
{
    ensureOpen();
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncEngine::scheduled);
    schedule(std::chrono::milliseconds(0));
}

void SyncEngine::nudge()
{
    // While backing off from a failing hub, a new event waits for the next attempt.
    if (!m_timer || m_backingOff)
        return;
    if (!m_timer->isActive() || m_timer->remainingTime() > int(m_options.nudgeDelay.count()))
        schedule(m_options.nudgeDelay);
}

void SyncEngine::schedule(std::chrono::milliseconds delay)
{
    m_timer->start(delay);
}

void SyncEngine::scheduled()
{
    const SyncRound round = runRound();
    if (round.ok) {
        m_failures = 0;
        m_backingOff = false;
        schedule(m_options.interval);
        return;
    }
    // Progress means the hub is there: try again soon rather than wait out a long backoff.
    m_failures = round.progress ? 1 : m_failures + 1;
    m_backingOff = true;
    schedule(round.permanent ? m_options.maxBackoff : backoffDelay(m_failures));
}

} // namespace lobbydesk
