// Devices over real ptys (socat): tap-to-cardPresented through the PN532 simulator, bytes and
// time to print a visitor slip at 115200 baud, and the CPU the drivers use while their devices
// are unplugged. Not a ctest: run by hand, figures in docs/benchmarks.md.
#include "cputime.h"
#include "drivers/cardreader/pn532reader.h"
#include "drivers/printer/escposprinter.h"
#include "drivers/scanner/serialscanner.h"
#include "drivers/sim/pn532/pn532simulator.h"
#include "drivers/sim/printer/escposprintersimulator.h"
#include "ptypair.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace lobbydesk;
using namespace std::chrono_literals;

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, std::size_t(p * double(values.size())));
    return values[index];
}

template<typename Predicate> bool waitFor(Predicate done, std::chrono::milliseconds timeout)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeout.count())
        QTest::qWait(1);
    return done();
}

void tapLatency(int taps)
{
    QTemporaryDir dir;
    PtyPair pty(dir.path());
    pty.start();
    Pn532Simulator sim(pty.peerEnd());
    sim.start();
    Pn532Reader reader(Pn532Reader::Settings { { pty.deviceEnd() }, {} });
    QSignalSpy presented(&reader, &CardReader::cardPresented);
    QSignalSpy removed(&reader, &CardReader::cardRemoved);
    reader.start();
    waitFor([&] { return reader.state() == Device::State::Connected; }, 5s);
    std::vector<double> ms;
    for (int i = 0; i < taps; ++i) {
        // A tap lands anywhere in the polling cycle.
        QTest::qWait(int(QRandomGenerator::global()->bounded(100)));
        const qsizetype before = presented.count();
        QElapsedTimer clock;
        clock.start();
        sim.tapCard(QStringLiteral("04A1B2C3"));
        if (!waitFor([&] { return presented.count() > before; }, 2s)) {
            std::printf("tap %d: no cardPresented within 2 s\n", i);
            continue;
        }
        ms.push_back(double(clock.nsecsElapsed()) / 1e6);
        const qsizetype gone = removed.count();
        sim.removeCard();
        waitFor([&] { return removed.count() > gone; }, 2s);
    }
    std::printf(
        "tap -> cardPresented over %zu taps (100 ms polling): p50 %.1f ms  p99 %.1f ms  max %.1f ms"
        "  (goal < 150 ms)\n",
        ms.size(), percentile(ms, 0.5), percentile(ms, 0.99),
        *std::max_element(ms.begin(), ms.end()));
}

Receipt visitorSlip()
{
    Receipt slip(PaperWidth::Mm80);
    slip.addText(QStringLiteral("访客单 Visitor slip"),
            { TextSize::DoubleBoth, true, Alignment::Centre })
        .addSeparator()
        .addText(QStringLiteral("姓名：王芳"))
        .addText(QStringLiteral("拜访：华信科技有限公司  12楼 1204"))
        .addText(QStringLiteral("进入：2026-11-22 09:30   有效至：18:00"))
        .addQr(QStringLiteral("LDV1:6F1C2A9E3B7D4C1A9F0E2D5B8A7C6E41"), 6)
        .addText(QStringLiteral("离开时请在门口扫码签离"),
            { TextSize::Normal, false, Alignment::Centre })
        .addFeed(2)
        .addCut();
    return slip;
}

void slipPrint(int runs)
{
    QTemporaryDir dir;
    PtyPair pty(dir.path());
    pty.start();
    EscPosPrinterSimulator sim(pty.peerEnd(), dir.filePath(QStringLiteral("jobs")));
    sim.start();
    EscPosPrinter::Settings settings;
    settings.path = pty.deviceEnd();
    settings.dataDir = dir.filePath(QStringLiteral("data"));
    EscPosPrinter printer(settings);
    QSignalSpy printed(&printer, &EscPosPrinter::jobPrinted);
    waitFor([&] { return printer.state() == Device::State::Connected; }, 5s);
    const qsizetype bytes = EscPosRenderer(settings.profile).render(visitorSlip()).size();
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const qsizetype before = printed.count();
        QElapsedTimer clock;
        clock.start();
        printer.print(visitorSlip(), QStringLiteral("visitor slip"));
        if (waitFor([&] { return printed.count() > before; }, 10s))
            ms.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::printf(
        "visitor slip (80 mm, Chinese, native QR): %lld bytes, line time at 115200 baud %.0f ms;"
        " queued -> confirmed over %zu prints: p50 %.0f ms  max %.0f ms\n",
        qlonglong(bytes), double(bytes) * 10.0 * 1000.0 / 115200.0, ms.size(), percentile(ms, 0.5),
        *std::max_element(ms.begin(), ms.end()));
}

void unpluggedCpu(std::chrono::seconds duration)
{
    QTemporaryDir dir;
    // The three drivers of a desk, each waiting for a device path that is not there.
    Pn532Reader reader(Pn532Reader::Settings { { dir.filePath(QStringLiteral("reader")) }, {} });
    EscPosPrinter::Settings printerSettings;
    printerSettings.path = dir.filePath(QStringLiteral("printer"));
    printerSettings.dataDir = dir.filePath(QStringLiteral("data"));
    EscPosPrinter printer(printerSettings);
    SerialScanner scanner({ dir.filePath(QStringLiteral("scanner")) }, {});
    reader.start();
    scanner.start();
    const double before = processCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    // Sleep in the event loop as the app does: block until the next timer, nothing else.
    QTimer::singleShot(duration, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    const double share = (processCpuSeconds() - before) / (double(wall.elapsed()) / 1000.0);
    std::printf("three drivers waiting for unplugged devices for %.1f s: %.3f %% of one core"
                " (goal < 1 %%)\n",
        double(wall.elapsed()) / 1000.0, share * 100.0);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the receipt renderer needs fonts, not a screen
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("lobbydesk.*.info=false"));
    try {
        tapLatency(50);
        slipPrint(10);
        unpluggedCpu(10s);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "bench_devices: %s\n", error.what());
        return 1;
    }
    return 0;
}
