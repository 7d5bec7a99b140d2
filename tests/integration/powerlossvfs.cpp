#include "powerlossvfs.h"

#include "powerlossstate.h"

#include <algorithm>
#include <fcntl.h>
#include <unistd.h>

namespace powerloss {
namespace detail {

Global &g()
{
    static Global global;
    return global;
}

namespace {

constexpr sqlite3_int64 kSector = 512;

void tearInto(Global &s, const std::string &path, const PendingWrite &write)
{
    const sqlite3_int64 end = write.offset + sqlite3_int64(write.bytes.size());
    int kept = 0;
    int pieces = 0;
    for (sqlite3_int64 start = write.offset; start < end;) {
        const sqlite3_int64 pieceEnd = std::min(end, (start / kSector + 1) * kSector);
        ++pieces;
        if (s.random() % 2) {
            ++kept;
            s.survivors.push_back({ path, start,
                write.bytes.substr(size_t(start - write.offset), size_t(pieceEnd - start)) });
        }
        start = pieceEnd;
    }
    if (kept == 0)
        ++s.stats.droppedWrites;
    else if (kept == pieces)
        ++s.stats.keptWrites;
    else
        ++s.stats.tornWrites;
}

// Decides the fate of everything unsynced. The overlay itself stays until restore(), so the
// dying connection keeps reading back what it wrote and can close without tripping over holes.
void cutLocked(Global &s, Mode mode)
{
    if (s.cut)
        return;
    for (auto &[path, state] : s.files) {
        for (const PendingWrite &write : state.pending) {
            if (mode == Mode::Drop) {
                ++s.stats.droppedWrites;
                continue;
            }
            switch (s.random() % 3) {
            case 0:
                ++s.stats.droppedWrites;
                break;
            case 1:
                ++s.stats.keptWrites;
                s.survivors.push_back({ path, write.offset, write.bytes });
                break;
            default:
                tearInto(s, path, write);
            }
        }
    }
    s.cut = true;
    s.opsUntilCut = -1;
    ++s.stats.cuts;
}

} // namespace

void countOp(Global &s)
{
    if (!s.cut && s.opsUntilCut > 0 && --s.opsUntilCut == 0)
        cutLocked(s, s.armedMode);
}

} // namespace detail

using detail::cutLocked;
using detail::g;
using detail::Global;
using detail::Survivor;

void install()
{
    Global &s = g();
    std::lock_guard lock(s.mutex);
    if (s.real)
        return;
    s.real = sqlite3_vfs_find("unix");
    Q_ASSERT(s.real);
    detail::fillVfs(s.vfs, s.real);
    sqlite3_vfs_register(&s.vfs, 1);
}

void setSeed(quint32 seed)
{
    std::lock_guard lock(g().mutex);
    g().random.seed(seed);
}

void powerCut(Mode mode)
{
    std::lock_guard lock(g().mutex);
    cutLocked(g(), mode);
}

void armCut(qint64 afterOps, Mode mode)
{
    Q_ASSERT(afterOps > 0);
    std::lock_guard lock(g().mutex);
    g().opsUntilCut = afterOps;
    g().armedMode = mode;
}

bool isCut()
{
    std::lock_guard lock(g().mutex);
    return g().cut;
}

void restore()
{
    Global &s = g();
    std::lock_guard lock(s.mutex);
    for (const Survivor &survivor : s.survivors) {
        const int fd = ::open(survivor.path.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd < 0)
            continue; // the file never made it to the disk
        [[maybe_unused]] const ssize_t written
            = ::pwrite(fd, survivor.bytes.data(), survivor.bytes.size(), survivor.offset);
        ::close(fd);
    }
    s.survivors.clear();
    for (auto &entry : s.files)
        entry.second.pending.clear();
    s.cut = false;
    s.opsUntilCut = -1;
}

Stats stats()
{
    std::lock_guard lock(g().mutex);
    return g().stats;
}

} // namespace powerloss