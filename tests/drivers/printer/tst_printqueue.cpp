// PrintQueue on its own: idempotent enqueue, the allowed state moves, staff decisions.
#include "core/error.h"
#include "drivers/printer/printqueue.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace lobbydesk;
using State = PrintJob::State;

TEST_CASE("jobs are queued once per id, in order, in print-queue.db", "[printer][queue]")
{
    QTemporaryDir dir;
    PrintQueue queue(dir.path());
    CHECK(QFileInfo(queue.path()).fileName() == QStringLiteral("print-queue.db"));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const PrintJob first = queue.enqueue("Slip A", "\x1b\x40 A", id);
    const PrintJob again = queue.enqueue("Slip A (retry)", "\x1b\x40 other", id);
    CHECK(again.id == id);
    CHECK(again.title == QStringLiteral("Slip A"));
    CHECK(again.bytes == first.bytes);
    const PrintJob second = queue.enqueue("Slip B", "\x1b\x40 B");
    REQUIRE(queue.waiting().size() == 2);
    CHECK(queue.next()->id == id);
    CHECK(queue.waiting().at(1).id == second.id);
    CHECK_THROWS_AS(queue.enqueue("bad", "x", "not-a-uuid"), Error);
}

TEST_CASE("a job moves waiting → printing → printed, or back to waiting", "[printer][queue]")
{
    QTemporaryDir dir;
    PrintQueue queue(dir.path());
    const QString id = queue.enqueue("Slip", "bytes").id;
    queue.markPrinting(id);
    CHECK(queue.inFlight() == id);
    CHECK(queue.mayHavePrinted().isEmpty()); // in flight is not "may have printed"
    CHECK_THROWS_AS(queue.markPrinting(id), Error);
    CHECK_FALSE(queue.cancel(id)); // the printer is answering for it
    queue.markFailed(id, "Out of paper");
    CHECK(queue.job(id)->state == State::Waiting);
    CHECK(queue.job(id)->lastProblem == QStringLiteral("Out of paper"));
    queue.markPrinting(id);
    queue.markPrinted(id);
    const auto done = queue.job(id);
    CHECK(done->state == State::Printed);
    CHECK(done->attempts == 2);
    CHECK_FALSE(queue.reprint(id));
    CHECK_FALSE(queue.cancel(id));
    CHECK_THROWS_AS(queue.markPrinted(id), Error);
}

TEST_CASE("after a crash a printing job may have printed; staff decide", "[printer][queue]")
{
    QTemporaryDir dir;
    QString a;
    QString b;
    {
        PrintQueue queue(dir.path());
        a = queue.enqueue("A", "a").id;
        b = queue.enqueue("B", "b").id;
        queue.markPrinting(a);
    }
    PrintQueue queue(dir.path());
    CHECK(queue.inFlight().isEmpty());
    REQUIRE(queue.mayHavePrinted().size() == 1);
    CHECK(queue.mayHavePrinted().first().id == a);
    CHECK(queue.next()->id == b); // never resent by itself
    CHECK(queue.reprint(a));
    CHECK(queue.waiting().size() == 2);
    CHECK(queue.cancel(b));
    CHECK(queue.job(b)->state == State::Cancelled);
    CHECK(queue.next()->id == a);
}
