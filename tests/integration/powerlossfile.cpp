// The VFS and file methods of the power-loss shim: writes go to the overlay, syncs flush it.
#include "powerlossstate.h"

#include <algorithm>
#include <cstring>

namespace powerloss::detail {
namespace {

int flushLocked(ShimFile *f)
{
    for (const PendingWrite &write : f->state->pending) {
        const int rc = f->real()->pMethods->xWrite(
            f->real(), write.bytes.data(), int(write.bytes.size()), write.offset);
        if (rc != SQLITE_OK)
            return rc;
    }
    f->state->pending.clear();
    return SQLITE_OK;
}

int xClose(sqlite3_file *file)
{
    return shim(file)->real()->pMethods->xClose(shim(file)->real());
}

int xRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    ShimFile *f = shim(file);
    const int rc = f->real()->pMethods->xRead(f->real(), buffer, amount, offset);
    if (!f->state || (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ))
        return rc;
    sqlite3_int64 size = 0;
    if (const int sizeRc = f->real()->pMethods->xFileSize(f->real(), &size); sizeRc != SQLITE_OK)
        return sizeRc;
    std::lock_guard lock(g().mutex);
    // The real read zero-filled whatever lies past the real end; overlay in write order.
    const sqlite3_int64 end = offset + amount;
    for (const PendingWrite &write : f->state->pending) {
        const sqlite3_int64 writeEnd = write.offset + sqlite3_int64(write.bytes.size());
        size = std::max(size, writeEnd);
        const sqlite3_int64 from = std::max(offset, write.offset);
        const sqlite3_int64 to = std::min(end, writeEnd);
        if (from < to)
            std::memcpy(static_cast<char *>(buffer) + (from - offset),
                write.bytes.data() + (from - write.offset), size_t(to - from));
    }
    return end <= size ? SQLITE_OK : SQLITE_IOERR_SHORT_READ;
}

int xWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    ShimFile *f = shim(file);
    if (!f->state)
        return f->real()->pMethods->xWrite(f->real(), data, amount, offset);
    Global &s = g();
    std::lock_guard lock(s.mutex);
    countOp(s);
    f->state->pending.push_back(
        { offset, std::string(static_cast<const char *>(data), size_t(amount)) });
    ++s.stats.writes;
    return SQLITE_OK;
}

int xTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    ShimFile *f = shim(file);
    if (!f->state)
        return f->real()->pMethods->xTruncate(f->real(), size);
    Global &s = g();
    std::lock_guard lock(s.mutex);
    countOp(s);
    if (s.cut)
        return SQLITE_OK;
    if (const int rc = flushLocked(f); rc != SQLITE_OK)
        return rc;
    return f->real()->pMethods->xTruncate(f->real(), size);
}

int xSync(sqlite3_file *file, int flags)
{
    ShimFile *f = shim(file);
    if (!f->state)
        return f->real()->pMethods->xSync(f->real(), flags);
    Global &s = g();
    std::lock_guard lock(s.mutex);
    countOp(s);
    if (s.cut)
        return SQLITE_OK;
    ++s.stats.syncs;
    return flushLocked(f); // the overlay is the volatile cache; no real fsync is needed
}

int xFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    ShimFile *f = shim(file);
    const int rc = f->real()->pMethods->xFileSize(f->real(), size);
    if (rc != SQLITE_OK || !f->state)
        return rc;
    std::lock_guard lock(g().mutex);
    for (const PendingWrite &write : f->state->pending)
        *size = std::max(*size, write.offset + sqlite3_int64(write.bytes.size()));
    return SQLITE_OK;
}

// Locks, file controls and the WAL index (-shm, shared memory that SQLite rebuilds from the
// WAL after a crash) are the real file's business.
int xLock(sqlite3_file *f, int l)
{
    return shim(f)->real()->pMethods->xLock(shim(f)->real(), l);
}
int xUnlock(sqlite3_file *f, int l)
{
    return shim(f)->real()->pMethods->xUnlock(shim(f)->real(), l);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return shim(f)->real()->pMethods->xCheckReservedLock(shim(f)->real(), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return shim(f)->real()->pMethods->xFileControl(shim(f)->real(), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return shim(f)->real()->pMethods->xSectorSize(shim(f)->real());
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return shim(f)->real()->pMethods->xDeviceCharacteristics(shim(f)->real());
}
int xShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return shim(f)->real()->pMethods->xShmMap(shim(f)->real(), region, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return shim(f)->real()->pMethods->xShmLock(shim(f)->real(), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    shim(f)->real()->pMethods->xShmBarrier(shim(f)->real());
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return shim(f)->real()->pMethods->xShmUnmap(shim(f)->real(), deleteFlag);
}

// Version 2: no xFetch, so SQLite never memory-maps the database past the overlay.
const sqlite3_io_methods kMethods = {
    2,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    nullptr,
    nullptr,
};

int vOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    Global &s = g();
    ShimFile *f = shim(file);
    f->base.pMethods = nullptr;
    f->state = nullptr;
    const int rc = s.real->xOpen(s.real, name, f->real(), flags, outFlags);
    if (rc != SQLITE_OK) {
        if (f->real()->pMethods)
            f->real()->pMethods->xClose(f->real());
        return rc;
    }
    if (name && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL))) {
        std::lock_guard lock(s.mutex);
        f->state = &s.files[name];
        ++s.stats.opens;
    }
    f->base.pMethods = &kMethods;
    return SQLITE_OK;
}

int vDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    Global &s = g();
    {
        std::lock_guard lock(s.mutex);
        if (s.cut)
            return SQLITE_OK;
        if (auto it = s.files.find(name); it != s.files.end())
            it->second.pending.clear();
    }
    return s.real->xDelete(s.real, name, syncDir);
}

int vAccess(sqlite3_vfs *, const char *n, int f, int *out)
{
    return g().real->xAccess(g().real, n, f, out);
}
int vFullPathname(sqlite3_vfs *, const char *n, int size, char *out)
{
    return g().real->xFullPathname(g().real, n, size, out);
}
void *vDlOpen(sqlite3_vfs *, const char *n)
{
    return g().real->xDlOpen(g().real, n);
}
void vDlError(sqlite3_vfs *, int n, char *out)
{
    g().real->xDlError(g().real, n, out);
}
void (*vDlSym(sqlite3_vfs *, void *h, const char *n))(void)
{
    return g().real->xDlSym(g().real, h, n);
}
void vDlClose(sqlite3_vfs *, void *h)
{
    g().real->xDlClose(g().real, h);
}
int vRandomness(sqlite3_vfs *, int n, char *out)
{
    return g().real->xRandomness(g().real, n, out);
}
int vSleep(sqlite3_vfs *, int us)
{
    return g().real->xSleep(g().real, us);
}
int vCurrentTime(sqlite3_vfs *, double *t)
{
    return g().real->xCurrentTime(g().real, t);
}
int vGetLastError(sqlite3_vfs *, int n, char *out)
{
    return g().real->xGetLastError(g().real, n, out);
}
int vCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *t)
{
    return g().real->xCurrentTimeInt64(g().real, t);
}

} // namespace

void fillVfs(sqlite3_vfs &vfs, sqlite3_vfs *real)
{
    vfs = { 2, int(sizeof(ShimFile)) + real->szOsFile, real->mxPathname, nullptr, "powerloss",
        nullptr, vOpen, vDelete, vAccess, vFullPathname, vDlOpen, vDlError, vDlSym, vDlClose,
        vRandomness, vSleep, vCurrentTime, vGetLastError, vCurrentTimeInt64, nullptr, nullptr,
        nullptr };
}

} // namespace powerloss::detail
