#pragma once

#include "store/eventlog.h"
#include "sync/syncsnapshot.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>
#include <random>

namespace lobbydesk {

class Store;
class HubClient;

// What one round did.
struct SyncRound
{
    int pushed = 0; // accepted by the hub (new or already there)
    int parked = 0; // refused for good, kept aside with the hub's reason
    int pulled = 0; // new events from the site's feed
    bool ok = false; // reached the end of the outbox and of the feed
    bool progress = false;
    bool permanent = false; // the hub refuses this terminal itself (revoked, unknown token)
    QString error;
};

// The terminal's upstream client (architecture.md, "Everything is an event"): pushes the
// outbox in order, in batches; pulls the site's feed; parks what the hub refuses for good.
// Lives on its own thread with its own connection to the store; runs a round soon after each
// new event, on a timer, and backs off (about 1 s up to 5 min, with jitter) while the hub is
// unreachable.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    using ProjectionFor = std::function<Projection(const QString &type)>;

    struct Options
    {
        std::chrono::milliseconds interval { 3000 }; // between rounds while all is well
        std::chrono::milliseconds nudgeDelay { 100 }; // after a new event, to batch a burst
        std::chrono::milliseconds minBackoff { 1000 };
        std::chrono::milliseconds maxBackoff { 300000 };
        int batchSize = 1000; // the hub's maximum
        int pageSize = 1000;
    };

    // `dataDir` is opened again on the engine's thread (one SQLite connection per thread).
    SyncEngine(QString dataDir, ProjectionFor projectionFor, Options options);
    ~SyncEngine() override;

    // One round, now, on the calling thread (lobbydesk-ctl sync, tests).
    SyncRound runRound();
    [[nodiscard]] SyncSnapshot snapshot();

    // Delay before the next attempt after `failures` failed rounds in a row.
    [[nodiscard]] std::chrono::milliseconds backoffDelay(int failures);

public slots:
    void start(); // begin scheduling (call on the engine's thread)
    void nudge(); // something was recorded: sync soon

signals:
    void snapshotChanged(const lobbydesk::SyncSnapshot &snapshot);
    void roundFinished(const lobbydesk::SyncRound &round);

private:
    void ensureOpen();
    void scheduled();
    void push(HubClient &client, SyncRound &round);
    void pull(HubClient &client, SyncRound &round);
    void park(const Event &event, const QString &reason);
    void recordOutcome(const SyncRound &round);
    void schedule(std::chrono::milliseconds delay);

    QString m_dataDir;
    ProjectionFor m_projectionFor;
    Options m_options;
    std::unique_ptr<Store> m_store;
    QTimer *m_timer = nullptr;
    int m_failures = 0;
    bool m_refused = false;
    bool m_inRound = false;
    bool m_backingOff = false;
    std::mt19937 m_random { std::random_device {}() };
    QDateTime m_lastStatusWrite;
    QString m_lastWrittenError;
};

} // namespace lobbydesk

Q_DECLARE_METATYPE(lobbydesk::SyncSnapshot)
Q_DECLARE_METATYPE(lobbydesk::SyncRound)
