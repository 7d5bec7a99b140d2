// Records events as fast as it can until it is killed; see tst_crash.cpp.
// Usage: store_crash_child DATA_DIR
// Prints "<uuid> <seq>" after each record() that returned, i.e. after the commit was synced.
#include "core/error.h"
#include "itcommon.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv); // Qt SQL finds its driver plugin through the application
    if (argc != 2) {
        std::fprintf(stderr, "usage: store_crash_child DATA_DIR\n");
        return 2;
    }
    try {
        lobbydesk::Store store(QString::fromLocal8Bit(argv[1]),
            lobbydesk::Store::Options { lobbydesk::Database::Sync::Full, false });
        it::createProjection(store);
        // The parent kills us within a second; the limit only stops a forgotten child.
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 30'000) {
            const auto recorded = store.events().record(it::sampleDraft(200), it::projectSeq());
            it::emitLine(lobbydesk::uuidText(recorded.event.id).toLatin1() + ' '
                + QByteArray::number(recorded.event.seq));
        }
    } catch (const lobbydesk::Error &error) {
        std::fprintf(stderr, "store_crash_child: %s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
