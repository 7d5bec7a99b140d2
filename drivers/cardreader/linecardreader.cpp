#include "drivers/cardreader/linecardreader.h"

#include "drivers/serial/linkdevicestate.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLineReader, "lobbydesk.drivers.linereader", QtInfoMsg)

namespace lobbydesk {
namespace {

std::variant<LineReader, Rdm6300Decoder> decoderFor(const LineCardReader::Settings &settings)
{
    if (settings.framing == LineCardReader::Settings::Framing::Rdm6300)
        return Rdm6300Decoder();
    return LineReader(settings.lines);
}

} // namespace

LineCardReader::LineCardReader(Settings settings, QObject *parent)
    : CardReader(parent)
    , m_settings(std::move(settings))
    , m_link(m_settings.link)
    , m_decoder(decoderFor(m_settings))
    , m_debouncer(m_settings.debounce)
{
    connect(&m_link, &SerialLink::received, this, &LineCardReader::onBytes);
    connect(&m_link, &SerialLink::stateChanged, this, &Device::stateChanged);
    // Half a line from before an unplug must not join the first line after it.
    connect(&m_link, &SerialLink::closed, this,
        [this] { std::visit([](auto &decoder) { decoder.reset(); }, m_decoder); });
}

void LineCardReader::start()
{
    if (!m_link.path().isEmpty())
        m_link.start();
}

Device::State LineCardReader::state() const
{
    return linkDeviceState(m_link);
}

QString LineCardReader::detail() const
{
    return linkDeviceDetail(m_link);
}

void LineCardReader::onBytes(const QByteArray &bytes)
{
    const QList<UidReading> readings
        = std::visit([&bytes](auto &decoder) { return decoder.feed(bytes); }, m_decoder);
    const DeviceTime now = DeviceClock::now();
    for (const UidReading &reading : readings) {
        if (reading.ok()) {
            if (m_debouncer.accept(now, *reading.uid))
                emit cardPresented(*reading.uid);
            continue;
        }
        ++m_refused;
        // Noise at the wrong baud rate is a refusal per line: log some, not all.
        if (!m_sinceProblemLog.isValid() || m_sinceProblemLog.elapsed() > 5000) {
            qCWarning(lcLineReader)
                << m_link.path() << "refused:" << reading.problem << "(" << m_refused << "so far)";
            m_sinceProblemLog.start();
        }
    }
}

} // namespace lobbydesk
