// A store client for the fault tests (tst_syncfail.cpp, tst_filesystems.cpp). Usage:
//   store_fault_child syncfail DIR   record 3 events, print READY, wait for a line on stdin,
//                                    then try one more (the parent breaks fdatasync meanwhile)
//   store_fault_child fill DIR BYTES record events with BYTES-long payloads until one fails
//   store_fault_child record DIR N   record N events
//   store_fault_child inspect DIR    open read-only (as lobbydesk-ctl would) and count events
// Output, one line each: "EVENT <uuid> <seq>" per record() that returned, "ATTEMPT <uuid>"
// before the syncfail attempt, "OK <uuid>", "SEEN present|absent" (is the failed attempt
// visible to the process itself), "READY", "DONE", "EVENTS <n>", and
// "ERROR <message>" (exit status 1) for a lobbydesk::Error, whose message is what staff see.
#include "core/error.h"
#include "itcommon.h"

#include <QCoreApplication>
#include <unistd.h>

using namespace lobbydesk;

namespace {

Event recordOne(Store &store, int payloadBytes, const QUuid &id = {})
{
    const Event event
        = store.events().record(it::sampleDraft(payloadBytes, id), it::projectSeq()).event;
    it::emitLine("EVENT " + uuidText(event.id).toLatin1() + ' ' + QByteArray::number(event.seq));
    return event;
}

void waitForLine()
{
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n') { }
}

int run(const QStringList &args)
{
    const QString mode = args.value(1);
    const QString dir = args.value(2);
    if (mode == QLatin1String("inspect")) {
        Store store(dir, Store::Options { Database::Sync::Full, true });
        it::emitLine("EVENTS " + QByteArray::number(store.events().eventCount()));
        return 0;
    }
    Store store(dir, Store::Options { Database::Sync::Full, false });
    it::createProjection(store);
    if (mode == QLatin1String("syncfail")) {
        for (int i = 0; i < 3; ++i)
            recordOne(store, 200);
        it::emitLine("READY");
        waitForLine();
        const QUuid id = QUuid::createUuid();
        it::emitLine("ATTEMPT " + uuidText(id).toLatin1());
        try {
            recordOne(store, 200, id);
        } catch (const Error &) {
            // What this still-running process sees after the failure, before it exits.
            it::emitLine(store.events().find(id) ? "SEEN present" : "SEEN absent");
            throw;
        }
        it::emitLine("OK " + uuidText(id).toLatin1());
    } else if (mode == QLatin1String("fill")) {
        const int bytes = args.value(3).toInt();
        for (int i = 0; i < 1'000'000; ++i)
            recordOne(store, bytes);
    } else if (mode == QLatin1String("record")) {
        const int count = args.value(3).toInt();
        for (int i = 0; i < count; ++i)
            recordOne(store, 200);
    } else {
        it::emitLine("ERROR unknown mode " + mode.toLatin1());
        return 2;
    }
    it::emitLine("DONE");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv); // Qt SQL finds its driver plugin through the application
    try {
        return run(app.arguments());
    } catch (const Error &error) {
        it::emitLine("ERROR " + error.message().toUtf8());
        return 1;
    }
}
