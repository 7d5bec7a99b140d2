#pragma once

#include <QtGlobal>

// A SQLite VFS for power-loss tests, in the spirit of SQLite's own "crash" VFS (src/test6.c):
// it wraps the "unix" VFS and keeps every write made since a file's last xSync in memory, the
// way an OS page cache does. Reads see those writes; only xSync (or xTruncate) puts a file's
// pending writes on the real file. powerCut() then throws the unsynced data away, or tears it,
// and from that instant nothing reaches the disk any more: the dying connection can close,
// checkpoint and delete files without persisting a byte, as if the machine had lost power.
//
// What it does not model: file creation, deletion and truncation are treated as durable at
// once (SQLite makes those safe with directory syncs, which this shim does not check).
// Other files (temp files) pass straight through. Real fsyncs are skipped: the in-memory
// overlay is the thing standing in for the volatile cache, so the real disk need not be synced.
namespace powerloss {

enum class Mode {
    Drop, // every unsynced write is lost
    Tear, // a random subset of unsynced writes survives, some only in part (512-byte sectors)
};

// Registers the VFS as SQLite's default (idempotent). Call before the first connection opens.
void install();

// Seeds the choice of which writes survive a Tear cut, so a failing round can be replayed.
void setSeed(quint32 seed);

// Cuts power now.
void powerCut(Mode mode);

// Cuts power just before the `afterOps`-th write/sync/truncate from now (counted over all
// tracked files), so the cut can land inside a transaction, a commit or a checkpoint.
void armCut(qint64 afterOps, Mode mode);

[[nodiscard]] bool isCut();

// Power is back: torn survivors are written out, everything else unsynced is forgotten, and
// writes reach the disk again. Call with no connection open.
void restore();

struct Stats
{
    qint64 opens = 0; // tracked files opened (database, WAL, journal)
    qint64 writes = 0; // writes taken into the overlay
    qint64 syncs = 0; // syncs that flushed pending writes
    qint64 cuts = 0;
    qint64 droppedWrites = 0; // pending writes lost whole at a cut
    qint64 tornWrites = 0; // pending writes that survived only in part
    qint64 keptWrites = 0; // pending writes that survived whole (Tear)
};
[[nodiscard]] Stats stats();

} // namespace powerloss
