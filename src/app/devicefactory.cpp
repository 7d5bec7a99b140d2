#include "app/devicefactory.h"

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

} // namespace

QList<Device *> createDevices(Role role, const DevicesConfig &config, QObject *parent)
{
    QList<Device *> devices;
    for (Device::Kind kind : deviceKindsFor(role)) {
        // The card reader and printer drivers join here as they land (the devices issue).
        if (kind == Device::Kind::Scanner && !config.scannerPath.isEmpty())
            devices.append(createScanner(config, parent));
        else
            devices.append(new UnconfiguredDevice(kind, parent));
    }
    return devices;
}

} // namespace lobbydesk
