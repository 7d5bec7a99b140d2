#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <catch2/catch.hpp>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

// Set when this process has a mount namespace of its own (tst_filesystems.cpp); else why not.
bool g_privateMounts = false;
const char *g_noPrivateMounts = "";

int main(int argc, char *argv[])
{
    // First, while there is only one thread: unshare(CLONE_NEWNS) refuses a threaded process.
    // Marking every mount private means the test's tmpfs mounts never show outside this process
    // and go away with it, even if it crashes (the effect of running under `unshare -m`).
    if (geteuid() != 0)
        g_noPrivateMounts = "not root";
    else if (::unshare(CLONE_NEWNS) != 0)
        g_noPrivateMounts = "unshare(CLONE_NEWNS) failed";
    else if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        g_noPrivateMounts = "cannot make / private (in a chroot, bind-mount its root on itself)";
    else
        g_privateMounts = true;
    QCoreApplication app(argc, argv); // Qt SQL loads its driver plugin through the application
    return Catch::Session().run(argc, argv);
}
