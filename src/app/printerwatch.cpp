#include "app/printerwatch.h"

#include "core/error.h"
#include "core/logging.h"
#include "drivers/printer/escposprinter.h"
#include "services/printerreports.h"

#include <algorithm>

namespace lobbydesk {

PrinterWatch::PrinterWatch(PrinterReports &reports, const EscPosPrinter *printer,
    std::chrono::milliseconds settle, QObject *parent)
    : QObject(parent)
    , m_reports(reports)
    , m_printer(printer)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(settle);
    connect(&m_settle, &QTimer::timeout, this, &PrinterWatch::recordNow);
    if (printer)
        connect(printer, &Device::stateChanged, &m_settle, qOverload<>(&QTimer::start));
    // A printer just opened gets time to answer its first status request before it counts
    // as not answering.
    m_settle.start(std::max(settle, std::chrono::milliseconds(3000)));
}

QString PrinterWatch::conditionOf(const EscPosPrinter *printer)
{
    using namespace printercondition;
    if (!printer || printer->state() == Device::State::NotConfigured)
        return kNotConfigured;
    if (printer->state() == Device::State::Reconnecting)
        return kDisconnected;
    // The one that stops printing first; a paper-out printer often also says "offline".
    const PrinterStatus &status = printer->status();
    if (status.paperOut)
        return kPaperOut;
    if (status.coverOpen)
        return kCoverOpen;
    if (status.error)
        return kError;
    if (!status.online)
        return kOffline;
    return status.paperNearEnd ? kPaperLow : kReady;
}

void PrinterWatch::recordNow()
{
    const QString condition = conditionOf(m_printer);
    try {
        // A terminal without a printer has nothing to tell unless it once had one.
        if (condition == printercondition::kNotConfigured && m_reports.own().condition.isEmpty())
            return;
        if (m_reports.report(condition, m_printer ? m_printer->detail() : QString()))
            qCInfo(lcApp) << "printer condition recorded for the site:" << condition;
    } catch (const Error &error) {
        qCWarning(lcApp) << "cannot record the printer's condition:" << error.message();
    }
}

} // namespace lobbydesk
