#pragma once

#include <QString>
#include <chrono>

namespace lobbydesk {

// Each returns the process exit code: 0 worked, 1 the device did not do it, 2 bad usage.
int diagListPorts();
int diagReadCards(const QString &port, const QString &protocol, std::chrono::seconds duration);
int diagPrintTest(const QString &port, int paperMm, const QString &qrMode);
int diagPrinterStatus(const QString &port);
int diagEchoScans(const QString &port, const QString &terminator, std::chrono::seconds duration);

} // namespace lobbydesk
