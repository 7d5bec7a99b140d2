#include "store/schema.h"

namespace lobbydesk {

const std::vector<Migration> &terminalSchema()
{
    static const std::vector<Migration> migrations {
        { 1, QStringLiteral("event log and outbox"),
            {
                QStringLiteral("CREATE TABLE meta ("
                               " key TEXT PRIMARY KEY,"
                               " value TEXT NOT NULL"
                               ") WITHOUT ROWID"),
                // Every event this terminal recorded or pulled from the hub. The hash chain
                // is per terminal; acked_at is not part of it (it changes after recording).
                // Stored in (terminal, seq) order with no rowid b-tree: one page fewer per event.
                QStringLiteral("CREATE TABLE events ("
                               " id TEXT NOT NULL UNIQUE,"
                               " terminal_id TEXT NOT NULL,"
                               " seq INTEGER NOT NULL CHECK (seq > 0),"
                               " type TEXT NOT NULL CHECK (length(type) > 0),"
                               " payload TEXT NOT NULL CHECK (json_valid(payload)),"
                               " occurred_at TEXT NOT NULL,"
                               " actor TEXT NOT NULL DEFAULT '',"
                               " prev_hash BLOB NOT NULL CHECK (length(prev_hash) = 32),"
                               " hash BLOB NOT NULL CHECK (length(hash) = 32),"
                               " acked_at TEXT,"
                               " PRIMARY KEY (terminal_id, seq)"
                               ") WITHOUT ROWID"),
            } },
    };
    return migrations;
}

} // namespace lobbydesk
