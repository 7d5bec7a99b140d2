#pragma once

#include <QByteArray>
#include <QString>

namespace lobbydesk {

// What staff need to know about the printer; filled in from DLE EOT answers or ASB blocks.
struct PrinterStatus
{
    bool online = true;
    bool coverOpen = false;
    bool paperNearEnd = false;
    bool paperOut = false;
    bool error = false;

    bool operator==(const PrinterStatus &) const = default;
};

// DLE EOT n: each request reports a different part of the status.
enum class StatusRequest {
    Printer = 1, // online / offline
    Offline = 2, // why offline: cover, paper end stop, error
    Paper = 4, // roll paper sensor: near end, end
};

// The three bytes to send (10 04 n). Send only between commands, never inside another
// command's parameters (the printer would take it as data).
[[nodiscard]] QByteArray statusRequestBytes(StatusRequest request);

// An answer either updates the status or is refused with a reason; never both.
struct StatusAnswer
{
    PrinterStatus status;
    QString refusal; // empty when the answer was accepted

    [[nodiscard]] bool ok() const { return refusal.isEmpty(); }
};

// The one-byte answer to `request`, folded into `previous` (only the fields that request reports
// change). A byte that is not 0xx1xx10, or a request other than 1, 2 or 4, is refused.
[[nodiscard]] StatusAnswer parseStatusByte(
    int request, quint8 answer, const PrinterStatus &previous = {});

// GS a n: enable Automatic Status Back for the bits in n (0 disables).
[[nodiscard]] QByteArray autoStatusBackBytes(quint8 enable = 0xff);

// One 4-byte ASB block (Epson layout: byte 1 0xx1xx00, bytes 2–4 0xx0xxxx). Anything else,
// including a wrong length, is refused.
[[nodiscard]] StatusAnswer parseAutoStatusBack(const QByteArray &block);

// Words for the staff status bar, in English; the one place status becomes text.
[[nodiscard]] QString statusWords(const PrinterStatus &status);

} // namespace lobbydesk
