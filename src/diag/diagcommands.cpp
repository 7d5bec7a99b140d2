#include "diagcommands.h"

#include "drivers/cardreader/linecardreader.h"
#include "drivers/cardreader/pn532reader.h"
#include "drivers/printer/escposprinter.h"
#include "drivers/scanner/serialscanner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMetaEnum>
#include <QSerialPortInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace lobbydesk {
namespace {

void say(const QString &line)
{
    std::printf("%s %s\n",
        qPrintable(QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz"))),
        qPrintable(line));
    std::fflush(stdout);
}

// Runs the event loop until `done` is set or the time is up.
void runFor(std::chrono::milliseconds duration, const bool &done)
{
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < duration.count())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

void reportStateChanges(Device &device)
{
    QObject::connect(&device, &Device::stateChanged, &device, [&device] {
        say(QStringLiteral("state: %1 %2")
                .arg(QString::fromLatin1(
                         QMetaEnum::fromType<Device::State>().valueToKey(int(device.state()))),
                    device.detail()));
    });
}

} // namespace

int diagListPorts()
{
    const auto ports = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &port : ports)
        std::printf("%s\t%s\t%s\t%04x:%04x\n", qPrintable(port.systemLocation()),
            qPrintable(port.description()), qPrintable(port.manufacturer()),
            port.vendorIdentifier(), port.productIdentifier());
    std::printf(
        "%lld serial port(s). Pseudo-terminals (simulators) are not listed: name them directly.\n",
        qlonglong(ports.size()));
    return 0;
}

int diagReadCards(const QString &port, const QString &protocol, std::chrono::seconds duration)
{
    std::unique_ptr<CardReader> reader;
    if (protocol == QStringLiteral("pn532")) {
        auto pn532 = std::make_unique<Pn532Reader>(Pn532Reader::Settings { { port }, {} });
        pn532->start();
        reader = std::move(pn532);
    } else if (protocol == QStringLiteral("line") || protocol == QStringLiteral("rdm6300")) {
        LineCardReader::Settings settings;
        settings.link.path = port;
        if (protocol == QStringLiteral("rdm6300"))
            settings.framing = LineCardReader::Settings::Framing::Rdm6300;
        auto line = std::make_unique<LineCardReader>(settings);
        line->start();
        reader = std::move(line);
    } else {
        std::fprintf(stderr, "lobbydesk-diag: --protocol must be pn532, line or rdm6300\n");
        return 2;
    }
    reportStateChanges(*reader);
    int taps = 0;
    QObject::connect(
        reader.get(), &CardReader::cardPresented, reader.get(), [&taps](const QString &uid) {
            ++taps;
            say(QStringLiteral("card presented: %1").arg(uid));
        });
    QObject::connect(reader.get(), &CardReader::cardRemoved, reader.get(),
        [] { say(QStringLiteral("card removed")); });
    say(QStringLiteral("reading cards on %1 (%2) for %3 s")
            .arg(port, protocol)
            .arg(duration.count()));
    const bool never = false;
    runFor(duration, never);
    say(QStringLiteral("%1 card(s) read").arg(taps));
    return 0;
}

int diagPrintTest(const QString &port, int paperMm, const QString &qrMode)
{
    QTemporaryDir queue; // a test slip is not the terminal's business: its own throw-away queue
    EscPosPrinter::Settings settings;
    settings.path = port;
    settings.dataDir = queue.path();
    settings.profile.paper = paperMm == 58 ? PaperWidth::Mm58 : PaperWidth::Mm80;
    settings.profile.qrMode = qrMode == QStringLiteral("raster") ? PrinterProfile::QrMode::Raster
                                                                 : PrinterProfile::QrMode::Native;
    EscPosPrinter printer(settings);
    reportStateChanges(printer);
    Receipt slip(settings.profile.paper);
    slip.addText(QStringLiteral("LobbyDesk 测试单 Test slip"),
            { TextSize::DoubleHeight, true, Alignment::Centre })
        .addSeparator()
        .addText(QStringLiteral("中文：访客登记 钥匙管理 物品放行"))
        .addText(QStringLiteral("繁體：訪客登記 鑰匙管理 物品放行"))
        .addText(QStringLiteral("English: visitor, keys, goods pass"))
        .addText(QStringLiteral("%1  %2 mm  QR %3")
                     .arg(QDateTime::currentDateTime().toString(Qt::ISODate))
                     .arg(paperMm)
                     .arg(qrMode))
        .addQr(QStringLiteral("LOBBYDESK-TEST-%1").arg(QDateTime::currentSecsSinceEpoch()))
        .addFeed(2)
        .addCut();
    bool printed = false;
    const QString id = printer.print(slip, QStringLiteral("test slip"));
    QObject::connect(&printer, &EscPosPrinter::jobPrinted, &printer,
        [&](const QString &job) { printed = printed || job == id; });
    say(QStringLiteral("test slip queued on %1; waiting up to 30 s for the printer").arg(port));
    // No answer at all within 5 s: the port is wrong or the printer is off; say so now.
    bool answered = false;
    QTimer::singleShot(5000, &printer,
        [&] { answered = answered || printer.state() != Device::State::Reconnecting; });
    QObject::connect(&printer, &Device::stateChanged, &printer,
        [&] { answered = answered || printer.state() != Device::State::Reconnecting; });
    QElapsedTimer clock;
    clock.start();
    while (!printed && clock.elapsed() < 30000 && (answered || clock.elapsed() < 5000))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    say(printed ? QStringLiteral("printed")
                : QStringLiteral("NOT printed: %1").arg(printer.detail()));
    return printed ? 0 : 1;
}

int diagPrinterStatus(const QString &port)
{
    QTemporaryDir queue;
    EscPosPrinter::Settings settings;
    settings.path = port;
    settings.dataDir = queue.path();
    EscPosPrinter printer(settings);
    bool answered = false;
    QObject::connect(&printer, &Device::stateChanged, &printer, [&] {
        answered = printer.state() == Device::State::Connected
            || printer.state() == Device::State::Error;
    });
    runFor(std::chrono::seconds(5), answered);
    say(QStringLiteral("%1: %2").arg(
        answered ? QStringLiteral("status") : QStringLiteral("no answer"), printer.detail()));
    return answered ? 0 : 1;
}

int diagEchoScans(const QString &port, const QString &terminator, std::chrono::seconds duration)
{
    ScannerFramer::Config framing;
    const QString t = terminator.toUpper();
    framing.terminator = t == QStringLiteral("LF") ? QByteArray("\n")
        : t == QStringLiteral("CRLF")              ? QByteArray("\r\n")
        : t == QStringLiteral("TAB")               ? QByteArray("\t")
                                                   : QByteArray("\r");
    SerialScanner scanner({ port }, framing);
    reportStateChanges(scanner);
    QObject::connect(&scanner, &SerialScanner::scanned, &scanner,
        [](const QString &text) { say(QStringLiteral("scan: %1").arg(text)); });
    scanner.start();
    say(QStringLiteral("echoing scans on %1 for %2 s").arg(port).arg(duration.count()));
    const bool never = false;
    runFor(duration, never);
    return 0;
}

} // namespace lobbydesk
