// The printer driver against the ESC/POS simulator over real socat ptys: status, jobs printed
// exactly once through paper-out (before and during a job), unplug, restart and crash.
#include "drivers/printer/escposprinter.h"
#include "drivers/sim/printer/escposprintersimulator.h"
#include "ptypair.h"
#include "samplereceipts.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <functional>

using namespace lobbydesk;
using namespace std::chrono_literals;
using Condition = EscPosPrinterSimulator::Condition;

namespace {

bool waitFor(const std::function<bool()> &done, std::chrono::milliseconds timeout)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeout.count())
        QTest::qWait(10);
    return done();
}

// A pty pair with the simulator on one end; printers are made on the other on demand.
struct Bench
{
    Bench()
        : pty(dir.path())
    {
        pty.start();
        sim = std::make_unique<EscPosPrinterSimulator>(pty.peerEnd(), dir.filePath("jobs"));
        sim->start();
        REQUIRE(sim->isOpen());
    }
    std::unique_ptr<EscPosPrinter> makePrinter(std::chrono::milliseconds poll = 300ms)
    {
        EscPosPrinter::Settings settings;
        settings.path = pty.deviceEnd();
        settings.dataDir = dir.filePath("data");
        settings.profile = profile;
        settings.pollInterval = poll;
        return std::make_unique<EscPosPrinter>(settings);
    }
    QByteArray slipBytes() const
    {
        return EscPosRenderer(profile).render(chineseVisitorSlip(PaperWidth::Mm80));
    }
    QTemporaryDir dir;
    PtyPair pty;
    PrinterProfile profile { PaperWidth::Mm80, PrinterProfile::QrMode::Native, true };
    std::unique_ptr<EscPosPrinterSimulator> sim;
};

bool connected(const EscPosPrinter &printer)
{
    return waitFor([&] { return printer.state() == Device::State::Connected; }, 3000ms);
}

// Long enough for several status polls: anything printed twice would show up here.
void settle()
{
    QTest::qWait(1200);
}

} // namespace

TEST_CASE("a Chinese visitor slip prints once, byte for byte, at 115200 baud", "[printer][pty]")
{
    Bench bench;
    auto printer = bench.makePrinter(1000ms); // the production polling interval
    REQUIRE(connected(*printer));
    CHECK(printer->detail().contains(QStringLiteral("Ready")));
    QSignalSpy printed(printer.get(), &EscPosPrinter::jobPrinted);

    QElapsedTimer clock;
    clock.start();
    const QString id = printer->print(chineseVisitorSlip(PaperWidth::Mm80), "Visitor slip 0042");
    REQUIRE(waitFor([&] { return printed.count() == 1; }, 10s));
    const qint64 ms = clock.elapsed();
    const QByteArray expected = bench.slipBytes();
    WARN("visitor slip: " << expected.size() << " bytes, " << ms
                          << " ms from enqueue to confirmed at 115200 baud (line time "
                          << expected.size() * 10 * 1000 / 115200 << " ms)");
    CHECK(ms < 5000);
    settle();
    CHECK(bench.sim->jobCount() == 1);
    CHECK(bench.sim->jobBytes(1) == expected);
    const auto job = printer->queue().job(id);
    REQUIRE(job);
    CHECK(job->state == PrintJob::State::Printed);
    CHECK(job->attempts == 1);
    CHECK(printer->queue().waiting().isEmpty());
}

TEST_CASE("paper out before printing: the job waits, then prints once", "[printer][pty]")
{
    Bench bench;
    auto printer = bench.makePrinter();
    REQUIRE(connected(*printer));
    bench.sim->setCondition(Condition::PaperOut);
    REQUIRE(waitFor([&] { return printer->state() == Device::State::Error; }, 2s));
    CHECK(printer->detail().contains(QStringLiteral("paper")));
    CHECK(printer->status().paperOut);

    const QString id = printer->print(chineseVisitorSlip(PaperWidth::Mm80), "Visitor slip");
    settle();
    CHECK(bench.sim->jobCount() == 0);
    const auto waiting = printer->queue().waiting();
    REQUIRE(waiting.size() == 1);
    CHECK(waiting.first().id == id);
    CHECK(waiting.first().attempts == 0); // never sent to an empty printer

    QSignalSpy printed(printer.get(), &EscPosPrinter::jobPrinted);
    bench.sim->setCondition(Condition::Ready);
    REQUIRE(waitFor([&] { return printed.count() == 1; }, 5s));
    CHECK(printer->state() == Device::State::Connected);
    settle();
    CHECK(bench.sim->jobCount() == 1);
    CHECK(bench.sim->jobBytes(1) == bench.slipBytes());
    CHECK(printed.count() == 1);
}

TEST_CASE(
    "paper out during a job: not printed, sent again whole once paper is back", "[printer][pty]")
{
    Bench bench;
    auto printer = bench.makePrinter();
    REQUIRE(connected(*printer));
    const QByteArray expected = bench.slipBytes();
    bench.sim->runOutOfPaperAfter(expected.size() / 2); // mid-stream, inside the slip

    const QString id = printer->print(chineseVisitorSlip(PaperWidth::Mm80), "Visitor slip");
    REQUIRE(waitFor(
        [&] {
            const auto job = printer->queue().job(id);
            return job && job->state == PrintJob::State::Waiting && job->attempts == 1;
        },
        5s));
    CHECK(printer->state() == Device::State::Error);
    CHECK(printer->queue().job(id)->lastProblem.contains(QStringLiteral("paper")));
    settle();
    CHECK(bench.sim->jobCount() == 0); // the torn half is no slip
    CHECK(bench.sim->spoiledJobs() == 1);

    QSignalSpy printed(printer.get(), &EscPosPrinter::jobPrinted);
    bench.sim->setCondition(Condition::Ready);
    REQUIRE(waitFor([&] { return printed.count() == 1; }, 5s));
    settle();
    // What is resent: the whole job, from its ESC @ to its cut, exactly once.
    CHECK(bench.sim->jobCount() == 1);
    CHECK(bench.sim->jobBytes(1) == expected);
    CHECK(printer->queue().job(id)->state == PrintJob::State::Printed);
    CHECK(printer->queue().job(id)->attempts == 2);
}

TEST_CASE("unplugged with a job waiting: reconnecting, then it prints once", "[printer][pty]")
{
    Bench bench;
    auto printer = bench.makePrinter();
    REQUIRE(connected(*printer));
    bench.pty.kill();
    REQUIRE(waitFor([&] { return printer->state() == Device::State::Reconnecting; }, 2s));
    printer->print(chineseVisitorSlip(PaperWidth::Mm80), "Visitor slip");
    QTest::qWait(500);
    CHECK(printer->queue().waiting().size() == 1);

    QSignalSpy printed(printer.get(), &EscPosPrinter::jobPrinted);
    QElapsedTimer back;
    back.start();
    bench.pty.start(); // replugged under the same path; the simulator reopens by itself
    REQUIRE(waitFor([&] { return printed.count() == 1; }, 5s));
    WARN("job printed " << back.elapsed() << " ms after the printer path returned");
    settle();
    CHECK(bench.sim->jobCount() == 1);
    CHECK(bench.sim->jobBytes(1) == bench.slipBytes());
    CHECK(printer->state() == Device::State::Connected);
}

TEST_CASE("the queue survives a restart and the waiting job prints once", "[printer][pty]")
{
    Bench bench;
    bench.sim->setCondition(Condition::CoverOpen);
    QString id;
    {
        auto printer = bench.makePrinter();
        REQUIRE(waitFor([&] { return printer->state() == Device::State::Error; }, 3s));
        CHECK(printer->detail().contains(QStringLiteral("Cover open")));
        id = printer->print(chineseVisitorSlip(PaperWidth::Mm80), "Visitor slip");
        QTest::qWait(400);
    } // the terminal is switched off
    bench.sim->setCondition(Condition::Ready);
    auto printer = bench.makePrinter();
    const auto waiting = printer->queue().waiting();
    REQUIRE(waiting.size() == 1);
    CHECK(waiting.first().id == id);
    QSignalSpy printed(printer.get(), &EscPosPrinter::jobPrinted);
    REQUIRE(waitFor([&] { return printed.count() == 1; }, 5s));
    settle();
    CHECK(bench.sim->jobCount() == 1);
    CHECK(printer->queue().job(id)->state == PrintJob::State::Printed);
}

TEST_CASE("a job left printing by a crash may have printed: shown, not resent", "[printer][pty]")
{
    Bench bench;
    QString id;
    {
        PrintQueue queue(bench.dir.filePath("data"));
        id = queue.enqueue("Visitor slip", bench.slipBytes()).id;
        queue.markPrinting(id); // the bytes went out, then the process died
    }
    auto printer = bench.makePrinter();
    REQUIRE(connected(*printer));
    settle();
    CHECK(bench.sim->jobCount() == 0);
    const auto unsure = printer->queue().mayHavePrinted();
    REQUIRE(unsure.size() == 1);
    CHECK(unsure.first().id == id);
    CHECK(printer->queue().waiting().isEmpty());

    // Staff look at the printer: no slip came out, so they reprint it.
    QSignalSpy printed(printer.get(), &EscPosPrinter::jobPrinted);
    REQUIRE(printer->reprint(id));
    REQUIRE(waitFor([&] { return printed.count() == 1; }, 5s));
    settle();
    CHECK(bench.sim->jobCount() == 1);
    CHECK(printer->queue().mayHavePrinted().isEmpty());
}

TEST_CASE("a silent printer trips the watchdog and is reconnected", "[printer][pty]")
{
    Bench bench;
    auto printer = bench.makePrinter();
    REQUIRE(connected(*printer));
    bench.sim->setSilent(true);
    REQUIRE(waitFor([&] { return printer->link()->reconnects() >= 1; }, 5s));
    CHECK(printer->state() == Device::State::Reconnecting);
    bench.sim->setSilent(false);
    CHECK(connected(*printer));
}
