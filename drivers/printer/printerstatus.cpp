#include "drivers/printer/printerstatus.h"

#include <QStringList>

namespace lobbydesk {

namespace {

QString hexByte(quint8 value)
{
    return QStringLiteral("0x%1").arg(value, 2, 16, QLatin1Char('0'));
}

StatusAnswer refuse(const QString &reason)
{
    return { {}, reason };
}

} // namespace

QByteArray statusRequestBytes(StatusRequest request)
{
    return QByteArray { "\x10\x04", 2 } + char(request);
}

StatusAnswer parseStatusByte(int request, quint8 answer, const PrinterStatus &previous)
{
    // Every DLE EOT answer has bit 7 = 0, bit 4 = 1, bit 1 = 1, bit 0 = 0; a byte without that
    // shape is something else on the line (echo, job data, noise) and must not move the status.
    if ((answer & 0x93) != 0x12) {
        return refuse(QStringLiteral("Status byte %1 does not match the DLE EOT pattern 0xx1xx10")
                          .arg(hexByte(answer)));
    }
    PrinterStatus status = previous;
    switch (request) {
    case int(StatusRequest::Printer):
        status.online = !(answer & 0x08);
        break;
    case int(StatusRequest::Offline):
        status.coverOpen = answer & 0x04;
        status.paperOut = answer & 0x20;
        status.error = answer & 0x40;
        break;
    case int(StatusRequest::Paper):
        // Each condition has two bits (one per sensor on some models); either one counts.
        status.paperNearEnd = answer & 0x0c;
        status.paperOut = answer & 0x60;
        break;
    default:
        return refuse(
            QStringLiteral("DLE EOT request %1 is not one we send (1, 2 or 4)").arg(request));
    }
    return { status, {} };
}

QByteArray autoStatusBackBytes(quint8 enable)
{
    return QByteArray { "\x1d\x61", 2 } + char(enable);
}

StatusAnswer parseAutoStatusBack(const QByteArray &block)
{
    if (block.size() != 4) {
        return refuse(
            QStringLiteral("Automatic status block has %1 bytes; it has 4").arg(block.size()));
    }
    const auto b = [&](int i) { return quint8(block.at(i)); };
    if ((b(0) & 0x93) != 0x10)
        return refuse(QStringLiteral("Automatic status byte 1 %1 does not match 0xx1xx00")
                          .arg(hexByte(b(0))));
    for (int i = 1; i < 4; ++i) {
        if (b(i) & 0x90) {
            return refuse(QStringLiteral("Automatic status byte %1 %2 does not match 0xx0xxxx")
                              .arg(i + 1)
                              .arg(hexByte(b(i))));
        }
    }
    PrinterStatus status;
    status.online = !(b(0) & 0x08);
    status.coverOpen = b(0) & 0x20;
    // Byte 2: bit 2 mechanical, bit 3 cutter, bit 5 unrecoverable, bit 6 auto-recoverable.
    status.error = b(1) & 0x6c;
    status.paperNearEnd = b(2) & 0x03;
    status.paperOut = b(2) & 0x0c;
    return { status, {} };
}

QString statusWords(const PrinterStatus &status)
{
    QStringList words;
    if (status.paperOut)
        words << QStringLiteral("Out of paper: load a new roll");
    if (status.coverOpen)
        words << QStringLiteral("Cover open: close the printer cover");
    if (status.error)
        words << QStringLiteral("Printer error: check for a paper jam or the cutter, then switch "
                                "the printer off and on");
    if (!status.online && words.isEmpty())
        words << QStringLiteral("Printer offline");
    if (status.paperNearEnd && !status.paperOut)
        words << QStringLiteral("Paper running low");
    if (words.isEmpty())
        return QStringLiteral("Ready");
    return words.join(QStringLiteral("; "));
}

} // namespace lobbydesk
