// Real filesystems in a private mount namespace (fs_main.cpp): a tiny tmpfs that fills up, and
// a tmpfs remounted read-only. The store runs in a child process, as the app would.
#include "childio.h"
#include "itcommon.h"
#include "storecheck.h"
#include "tempdatadir.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>
#include <cerrno>
#include <cstring>
#include <sys/mount.h>

extern bool g_privateMounts;
extern const char *g_noPrivateMounts;

namespace {

const QString kChild = QStringLiteral(STORE_FAULT_CHILD);

class TmpfsMount
{
public:
    TmpfsMount(const QString &path, const char *options)
        : m_path(path.toLocal8Bit())
    {
        if (!g_privateMounts)
            FAIL("these tests mount a tmpfs, as root, in a mount namespace of their own so that "
                 "nothing leaks onto the machine; that is not possible here: "
                << g_noPrivateMounts);
        REQUIRE(QDir().mkpath(path));
        INFO("mount tmpfs on " << m_path.toStdString() << ": " << std::strerror(errno));
        REQUIRE(::mount("tmpfs", m_path.constData(), "tmpfs", MS_NOSUID | MS_NODEV, options) == 0);
    }
    ~TmpfsMount() { ::umount2(m_path.constData(), MNT_DETACH); }
    Q_DISABLE_COPY_MOVE(TmpfsMount)

    void remount(unsigned long flags)
    {
        INFO("remount " << m_path.toStdString() << ": " << std::strerror(errno));
        REQUIRE(::mount("tmpfs", m_path.constData(), "tmpfs", MS_REMOUNT | flags, nullptr) == 0);
    }

private:
    QByteArray m_path;
};

void writeBallast(const QString &path, qsizetype bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(QByteArray(bytes, 'b')) == bytes);
}

} // namespace

TEST_CASE("a full disk fails the record with 'disk is full' and keeps every confirmed event",
    "[integration][filesystem]")
{
    TempDataDir base;
    const QString mountPoint = base.file(QStringLiteral("mnt"));
    // Room for the schema (every migration adds pages) and a few events before it is full.
    TmpfsMount mount(mountPoint, "size=900k");
    // Space to give back later, to show the store carries on once the disk has room again.
    writeBallast(mountPoint + QStringLiteral("/ballast"), 192 * 1024);
    const QString data = mountPoint + QStringLiteral("/data");

    const it::ChildResult fill
        = it::runToEnd(kChild, { QStringLiteral("fill"), data, QStringLiteral("1000") });
    INFO("child: " << fill.lines.join(" | ").toStdString()
                   << "; stderr: " << fill.stderrText.toStdString());
    REQUIRE(fill.exitCode == 1);
    const QString message = it::errorMessage(fill.lines);
    REQUIRE(message.contains(QStringLiteral("is full")));
    REQUIRE(message.contains(QStringLiteral("nothing was recorded")));
    const QStringList reported = it::eventIds(fill.lines);
    REQUIRE(reported.size() >= 3); // the disk filled while recording, not while opening

    // Reopened on the same, still full disk: sound, with everything the child confirmed.
    const it::StoreFacts full = it::requireSound(data, reported);
    REQUIRE(full.events >= reported.size());
    REQUIRE(full.events <= reported.size() + 1);

    REQUIRE(QFile::remove(mountPoint + QStringLiteral("/ballast")));
    const it::ChildResult more
        = it::runToEnd(kChild, { QStringLiteral("record"), data, QStringLiteral("3") });
    INFO("after freeing space: " << more.lines.join(" | ").toStdString());
    REQUIRE(more.exitCode == 0);
    const QStringList later = it::eventIds(more.lines);
    REQUIRE(later.size() == 3);
    const it::StoreFacts after = it::requireSound(data, reported + later);
    REQUIRE(after.events == full.events + 3);
}

TEST_CASE("a read-only data directory is refused at open with a reason, and the file survives",
    "[integration][filesystem]")
{
    TempDataDir base;
    const QString mountPoint = base.file(QStringLiteral("mnt"));
    TmpfsMount mount(mountPoint, "size=4m");
    const QString data = mountPoint + QStringLiteral("/data");
    const QString fresh = mountPoint + QStringLiteral("/fresh"); // a data dir with no database yet
    REQUIRE(QDir().mkpath(fresh));

    const it::ChildResult setup
        = it::runToEnd(kChild, { QStringLiteral("record"), data, QStringLiteral("2") });
    REQUIRE(setup.exitCode == 0);
    const QStringList recorded = it::eventIds(setup.lines);
    REQUIRE(recorded.size() == 2);

    mount.remount(MS_RDONLY);
    for (const QString &dir : { data, fresh }) {
        const it::ChildResult open
            = it::runToEnd(kChild, { QStringLiteral("record"), dir, QStringLiteral("1") });
        INFO(dir.toStdString() << ": " << open.lines.join(" | ").toStdString());
        REQUIRE(open.exitCode == 1);
        REQUIRE(it::eventIds(open.lines).isEmpty());
        const QString message = it::errorMessage(open.lines);
        REQUIRE(message.contains(QStringLiteral("is not writable")));
        REQUIRE(message.contains(dir));
    }

    mount.remount(0);
    it::requireSound(data, recorded);
}
