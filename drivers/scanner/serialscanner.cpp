#include "drivers/scanner/serialscanner.h"

#include "drivers/serial/linkdevicestate.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcScanner, "lobbydesk.drivers.scanner", QtInfoMsg)

namespace lobbydesk {

SerialScanner::SerialScanner(
    SerialLink::Settings link, ScannerFramer::Config framing, QObject *parent)
    : Device(parent)
    , m_link(std::move(link))
    , m_framer(std::move(framing))
{
    connect(&m_link, &SerialLink::received, this, &SerialScanner::onBytes);
    connect(&m_link, &SerialLink::stateChanged, this, &Device::stateChanged);
    // A line cut by an unplug must not glue onto the first scan after the replug.
    connect(&m_link, &SerialLink::closed, this, [this] { m_framer.reset(); });
}

void SerialScanner::start()
{
    if (!m_link.path().isEmpty())
        m_link.start();
}

Device::State SerialScanner::state() const
{
    return linkDeviceState(m_link);
}

QString SerialScanner::detail() const
{
    return linkDeviceDetail(m_link);
}

void SerialScanner::onBytes(const QByteArray &bytes)
{
    for (const ScannerFramer::Scan &scan : m_framer.feed(bytes)) {
        if (scan.ok()) {
            emit scanned(*scan.text);
            continue;
        }
        ++m_refused;
        // A scanner at the wrong baud rate produces a refusal per line: log some, not all.
        if (!m_sinceProblemLog.isValid() || m_sinceProblemLog.elapsed() > 5000) {
            qCWarning(lcScanner) << m_link.path() << "scan refused:" << scan.problem << "("
                                 << m_refused << "so far)";
            m_sinceProblemLog.start();
        }
    }
}

} // namespace lobbydesk
