#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <catch2/catch.hpp>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

// Set when this process has a mount namespace of its own (tst_filesystems.cpp).
bool g_privateMounts = false;

int main(int argc, char *argv[])
{
    // First, while there is only one thread: unshare(CLONE_NEWNS) refuses a threaded process.
    // Marking every mount private means the test's tmpfs mounts never show outside this process
    // and go away with it, even if it crashes (the effect of running under `unshare -m`).
    g_privateMounts = geteuid() == 0 && ::unshare(CLONE_NEWNS) == 0
        && ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
    QCoreApplication app(argc, argv); // Qt SQL loads its driver plugin through the application
    return Catch::Session().run(argc, argv);
}
