#pragma once

#include "core/role.h"
#include "services/desknotes.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "tempdatadir.h"

#include <memory>

// A terminal as the sync tests need it: its own data directory and store, enrolment, desk
// notes to record, and a sync engine whose rounds the test runs by hand.
class TestTerminal
{
public:
    explicit TestTerminal(
        lobbydesk::Role role = lobbydesk::Role::Desk, lobbydesk::SyncEngine::Options options = {});

    void enrol(const QString &hubUrl, const QString &code);
    void addNotes(int count, const QString &prefix = QStringLiteral("note"));
    lobbydesk::SyncRound round();
    // Rounds until one finishes cleanly (at most `attempts`); the last round.
    lobbydesk::SyncRound roundUntilOk(int attempts);

    [[nodiscard]] lobbydesk::Store &store() { return *m_store; }
    [[nodiscard]] lobbydesk::SyncEngine &engine() { return *m_engine; }
    [[nodiscard]] qint64 count(const QString &sql);
    [[nodiscard]] QString id() const { return m_store->terminalId(); }

private:
    TempDataDir m_dir;
    lobbydesk::Role m_role;
    std::unique_ptr<lobbydesk::Store> m_store;
    std::unique_ptr<lobbydesk::SyncEngine> m_engine;
};
