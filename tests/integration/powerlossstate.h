#pragma once

// Internals of the power-loss VFS (powerlossvfs.h), shared by its two source files.
#include "powerlossvfs.h"

#include <map>
#include <mutex>
#include <random>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace powerloss::detail {

struct PendingWrite
{
    sqlite3_int64 offset;
    std::string bytes;
};

// Pending writes belong to the file (by path), not to a handle: like the page cache, they
// outlive xClose and are seen by every connection of the process.
struct FileState
{
    std::vector<PendingWrite> pending;
};

// Bytes chosen at a Tear cut to reach the disk; written at restore(), when no connection is
// open, because closing our own descriptor would drop SQLite's POSIX locks on the file.
struct Survivor
{
    std::string path;
    sqlite3_int64 offset;
    std::string bytes;
};

// The shim's file; the real "unix" file follows it in the same allocation (szOsFile).
struct ShimFile
{
    sqlite3_file base;
    FileState *state; // null for untracked files (temp files), which pass straight through
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

struct Global
{
    std::mutex mutex;
    sqlite3_vfs *real = nullptr;
    sqlite3_vfs vfs {};
    std::map<std::string, FileState> files;
    std::vector<Survivor> survivors;
    std::mt19937 random { 1 };
    bool cut = false;
    qint64 opsUntilCut = -1;
    Mode armedMode = Mode::Drop;
    Stats stats;
};

Global &g();

inline ShimFile *shim(sqlite3_file *file)
{
    return reinterpret_cast<ShimFile *>(file);
}

// Counts a write/sync/truncate and fires an armed cut when its turn comes (mutex held).
void countOp(Global &s);

// Fills in the VFS object that wraps `real` (powerlossfile.cpp).
void fillVfs(sqlite3_vfs &vfs, sqlite3_vfs *real);

} // namespace powerloss::detail
