// Visitor reception, machine time (docs/benchmarks.md, "Visitor reception"):
//  - an invitation QR arriving at the kiosk's scanner (a real pty) to the visitor slip's last
//    byte received by the printer simulator at the other end of the printer's pty, and to the
//    slip job queued on the printer;
//  - "confirm" at the end of a walk-in: check-in (screening, approval mode, signing, recording)
//    to the slip job queued;
//  - baseline in the same run: the same slip printed with no check-in before it (the line
//    time at 115200 baud that any slip costs).
// Not a ctest: run by hand.
#include "app/visitslips.h"
#include "drivers/printer/escposprinter.h"
#include "drivers/printer/escposrenderer.h"
#include "drivers/scanner/serialscanner.h"
#include "drivers/sim/printer/escposprintersimulator.h"
#include "ptypair.h"
#include "services/visits.h"
#include "siteterminal.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QSerialPort>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

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
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    return done();
}

double ms(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

void report(const char *what, const std::vector<double> &values)
{
    std::printf("%-58s n=%zu  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms\n", what, values.size(),
        percentile(values, 0.5), percentile(values, 0.99),
        *std::max_element(values.begin(), values.end()));
}

VisitRequest visitor(int i)
{
    VisitRequest request;
    request.name = QStringLiteral("陈大文");
    request.phone = QStringLiteral("138%1").arg(10000000 + i);
    request.hostPersonId = QStringLiteral("P-0002"); // 李娜, Acme: auto-approving
    request.purpose = QStringLiteral("visit");
    request.language = QStringLiteral("zh_CN");
    return request;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false"));
    const int runs = argc > 1 ? std::max(10, atoi(argv[1])) : 200;

    SiteTerminal kiosk;
    kiosk.enrolKey();
    Visits visits(kiosk.store.events(), Visits::Options { [&kiosk] { return kiosk.clock; } });
    for (int i = 0; i < 100; ++i) // a realistic deny list to screen against
        visits.addDenyEntry(QStringLiteral("Deny %1").arg(i),
            QStringLiteral("139%1").arg(20000000 + i), {}, QStringLiteral("bench"), {});
    QStringList invitations;
    for (int i = 0; i < runs; ++i)
        invitations.append(
            visits.invite(visitor(i), kiosk.clock, kiosk.clock.addDays(1), {}).token);

    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("printer"));
    QDir(dir.path()).mkpath(QStringLiteral("scanner"));
    PtyPair printerPty(dir.filePath(QStringLiteral("printer")));
    PtyPair scannerPty(dir.filePath(QStringLiteral("scanner")));
    printerPty.start();
    scannerPty.start();
    EscPosPrinterSimulator sim(printerPty.peerEnd(), dir.filePath(QStringLiteral("jobs")));
    sim.start();
    QSignalSpy recorded(&sim, &EscPosPrinterSimulator::jobRecorded);
    std::unique_ptr<QSignalSpy> confirmed;
    EscPosPrinter::Settings settings;
    settings.path = printerPty.deviceEnd();
    settings.dataDir = dir.filePath(QStringLiteral("data"));
    EscPosPrinter printer(settings);
    confirmed = std::make_unique<QSignalSpy>(&printer, &EscPosPrinter::jobPrinted);
    // Each run starts with the printer idle: the previous slip carried and confirmed.
    const auto idle
        = [&](qsizetype jobs) { return waitFor([&] { return confirmed->count() >= jobs; }, 10s); };
    SerialScanner scanner(
        SerialLink::Settings { scannerPty.deviceEnd() }, ScannerFramer::Config {});
    scanner.start();
    QSerialPort scannerSide;
    scannerSide.setPortName(scannerPty.peerEnd());
    if (!scannerSide.open(QIODevice::ReadWrite)) {
        std::fprintf(stderr, "bench_visit: cannot open the scanner's pty\n");
        return 1;
    }
    if (!waitFor(
            [&] {
                return printer.state() == Device::State::Connected
                    && scanner.state() == Device::State::Connected;
            },
            5s)) {
        std::fprintf(stderr, "bench_visit: devices did not connect\n");
        return 1;
    }

    // What the kiosk does with a scanned invitation (the kiosk's scan handling, minus QML).
    QElapsedTimer clock;
    std::vector<double> scanToQueued;
    std::vector<double> scanToSent;
    double sentAt = 0;
    QObject::connect(&printer, &EscPosPrinter::jobSent, &app, [&] { sentAt = ms(clock); });
    std::vector<double> scanToBytes;
    std::vector<double> checkInOnly;
    qsizetype slipBytes = 0;
    double queuedAt = 0;
    QObject::connect(&scanner, &SerialScanner::scanned, &app, [&](const QString &text) {
        QElapsedTimer own;
        own.start();
        const CheckInResult result = visits.checkInWithInvitation(text, {});
        checkInOnly.push_back(ms(own));
        const Receipt slip
            = visitorSlip(result.visit, QStringLiteral("Harbour Tower"), PaperWidth::Mm80);
        slipBytes = EscPosRenderer(settings.profile).render(slip).size();
        printer.print(slip, QStringLiteral("visitor slip"));
        queuedAt = ms(clock);
    });
    for (int i = 0; i < runs; ++i) {
        const qsizetype before = recorded.count();
        idle(before);
        QTest::qWait(20);
        clock.start();
        scannerSide.write(invitations[i].toLatin1() + "\r\n");
        scannerSide.flush();
        if (!waitFor([&] { return recorded.count() > before; }, 10s)) {
            std::fprintf(stderr, "bench_visit: run %d printed nothing\n", i);
            return 1;
        }
        scanToBytes.push_back(ms(clock));
        scanToQueued.push_back(queuedAt);
        scanToSent.push_back(sentAt);
    }

    // "Confirm" of a walk-in: the form's answers recorded, the slip composed and queued.
    std::vector<double> confirmToQueued;
    for (int i = 0; i < runs; ++i) {
        const qsizetype before = recorded.count();
        idle(before);
        QTest::qWait(20);
        clock.start();
        const CheckInResult result = visits.checkIn(visitor(runs + i), {});
        printer.print(visitorSlip(result.visit, QStringLiteral("Harbour Tower"), PaperWidth::Mm80),
            QStringLiteral("visitor slip"));
        confirmToQueued.push_back(ms(clock));
        waitFor([&] { return recorded.count() > before; }, 10s);
    }

    // Baseline: the same slip, no check-in: the port's own time.
    const Visit any = visits.list(VisitList::All).first();
    std::vector<double> printOnly;
    std::vector<double> printOnlySent;
    for (int i = 0; i < std::min(runs, 50); ++i) {
        const qsizetype before = recorded.count();
        idle(before);
        QTest::qWait(20);
        clock.start();
        printer.print(visitorSlip(any, QStringLiteral("Harbour Tower"), PaperWidth::Mm80),
            QStringLiteral("visitor slip"));
        if (waitFor([&] { return recorded.count() > before; }, 10s)) {
            printOnly.push_back(ms(clock));
            printOnlySent.push_back(sentAt);
        }
    }

    std::printf("visitor slip: %lld bytes (80 mm, Chinese, native QR); line time at 115200 baud "
                "%.0f ms; %d invitations, 100 deny-list entries, %d visits recorded\n",
        qlonglong(slipBytes), double(slipBytes) * 10.0 * 1000.0 / 115200.0, runs, 2 * runs);
    report("invitation scan -> slip job queued", scanToQueued);
    report("invitation scan -> slip bytes in the printer port", scanToSent);
    report("invitation scan -> last slip byte at the printer's end", scanToBytes);
    report("  of which checkInWithInvitation()", checkInOnly);
    report("walk-in confirm -> slip job queued", confirmToQueued);
    report("baseline: print only -> slip bytes in the printer port", printOnlySent);
    report("baseline: print only -> last byte at the printer's end", printOnly);
    std::printf("scan to bytes in the port over the print-only baseline (p50): +%.1f ms; to the "
                "last byte: +%.1f ms\n",
        percentile(scanToSent, 0.5) - percentile(printOnlySent, 0.5),
        percentile(scanToBytes, 0.5) - percentile(printOnly, 0.5));
    return 0;
}
