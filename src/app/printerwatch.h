#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace lobbydesk {

class EscPosPrinter;
class PrinterReports;

// Tells the site when this terminal's printer stops printing or prints again
// (PrinterReports). A condition is recorded once it has held for `settle`: a line restart that
// heals within a second is not news for the desk, and does not fill the log.
class PrinterWatch final : public QObject
{
    Q_OBJECT

public:
    // `printer` may be null (none configured): then only a printer that was reported before
    // and is now gone is recorded, as not configured.
    PrinterWatch(PrinterReports &reports, const EscPosPrinter *printer,
        std::chrono::milliseconds settle, QObject *parent = nullptr);

    // The printercondition code for the printer's state and status now.
    [[nodiscard]] static QString conditionOf(const EscPosPrinter *printer);

private:
    void recordNow();

    PrinterReports &m_reports;
    const EscPosPrinter *m_printer;
    QTimer m_settle;
};

} // namespace lobbydesk
