#include "app/devicefactory.h"

#include "drivers/cardreader/linecardreader.h"
#include "drivers/cardreader/pn532reader.h"
#include "drivers/printer/escposprinter.h"
#include "drivers/scanner/serialscanner.h"
#include "drivers/unconfigureddevice.h"

namespace lobbydesk {
namespace {

// The devices each role has (product.md, "Who uses it, where").
QList<Device::Kind> deviceKindsFor(Role role)
{
    switch (role) {
    case Role::Kiosk:
    case Role::Desk:
        return { Device::Kind::CardReader, Device::Kind::ReceiptPrinter, Device::Kind::Scanner };
    case Role::Guard:
        return { Device::Kind::Scanner, Device::Kind::ReceiptPrinter };
    }
    Q_UNREACHABLE();
}

Device *createScanner(const DevicesConfig &config, QObject *parent)
{
    ScannerFramer::Config framing;
    framing.terminator = config.scannerTerminator;
    framing.prefix = config.scannerPrefix;
    framing.suffix = config.scannerSuffix;
    auto *scanner = new SerialScanner({ config.scannerPath }, framing, parent);
    scanner->start();
    return scanner;
}

Device *createPn532Reader(const DevicesConfig &config, QObject *parent)
{
    Pn532Reader::Settings settings;
    settings.link.path = config.cardReaderPath;
    auto *reader = new Pn532Reader(settings, parent);
    reader->start();
    return reader;
}

Device *createLineReader(const DevicesConfig &config, QObject *parent)
{
    using U = DevicesConfig::UidFormat;
    LineCardReader::Settings settings;
    settings.link.path = config.cardReaderPath;
    if (config.cardProtocol == DevicesConfig::CardProtocol::Rdm6300)
        settings.framing = LineCardReader::Settings::Framing::Rdm6300;
    switch (config.uidFormat) {
    case U::Auto:
        settings.lines.format = LineReader::Format::Auto;
        break;
    case U::Hex:
    case U::HexReversed:
        settings.lines.format = LineReader::Format::Hex;
        settings.lines.hexOrder = config.uidFormat == U::HexReversed
            ? LineReader::HexOrder::Reversed
            : LineReader::HexOrder::AsSent;
        break;
    case U::DecimalBigEndian:
    case U::DecimalLittleEndian:
        settings.lines.format = LineReader::Format::Decimal;
        settings.lines.decimalOrder = config.uidFormat == U::DecimalLittleEndian
            ? LineReader::DecimalOrder::LittleEndian
            : LineReader::DecimalOrder::BigEndian;
        break;
    }
    auto *reader = new LineCardReader(settings, parent);
    reader->start();
    return reader;
}

Device *createPrinter(const DevicesConfig &config, const QString &dataDir, QObject *parent)
{
    EscPosPrinter::Settings settings;
    settings.path = config.printerPath;
    settings.profile.paper = config.printerPaperMm == 58 ? PaperWidth::Mm58 : PaperWidth::Mm80;
    settings.profile.qrMode = config.printerQr == DevicesConfig::QrMode::Raster
        ? PrinterProfile::QrMode::Raster
        : PrinterProfile::QrMode::Native;
    settings.dataDir = dataDir;
    return new EscPosPrinter(settings, parent);
}

} // namespace

QList<Device *> createDevices(
    Role role, const DevicesConfig &config, const QString &dataDir, QObject *parent)
{
    QList<Device *> devices;
    for (Device::Kind kind : deviceKindsFor(role)) {
        if (kind == Device::Kind::CardReader && !config.cardReaderPath.isEmpty())
            devices.append(config.cardProtocol == DevicesConfig::CardProtocol::Pn532
                    ? createPn532Reader(config, parent)
                    : createLineReader(config, parent));
        else if (kind == Device::Kind::Scanner && !config.scannerPath.isEmpty())
            devices.append(createScanner(config, parent));
        else if (kind == Device::Kind::ReceiptPrinter && !config.printerPath.isEmpty())
            devices.append(createPrinter(config, dataDir, parent));
        else
            devices.append(new UnconfiguredDevice(kind, parent));
    }
    return devices;
}

} // namespace lobbydesk
