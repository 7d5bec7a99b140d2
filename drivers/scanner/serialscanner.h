#pragma once

#include "drivers/cardreader/scannerframer.h"
#include "drivers/device.h"
#include "drivers/serial/seriallink.h"

#include <QElapsedTimer>

namespace lobbydesk {

// A barcode/QR scanner on a serial port (one scan per line). Scans come out whole and
// trimmed of the configured prefix and suffix; a bad line is logged and skipped, and the next
// scan is read normally. A scanner says nothing until something is scanned, so there is no
// watchdog: losing the port is what marks it unavailable.
class SerialScanner final : public Device
{
    Q_OBJECT

public:
    SerialScanner(
        SerialLink::Settings link, ScannerFramer::Config framing, QObject *parent = nullptr);

    void start();

    [[nodiscard]] Kind kind() const override { return Kind::Scanner; }
    [[nodiscard]] State state() const override;
    [[nodiscard]] QString detail() const override;
    // Lines refused since start (too long, not UTF-8): shown to a technician, not to visitors.
    [[nodiscard]] int refusedLines() const { return m_refused; }

signals:
    void scanned(const QString &text);

private:
    void onBytes(const QByteArray &bytes);

    SerialLink m_link;
    ScannerFramer m_framer;
    int m_refused = 0;
    QElapsedTimer m_sinceProblemLog;
};

} // namespace lobbydesk
