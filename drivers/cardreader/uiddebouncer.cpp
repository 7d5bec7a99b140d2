#include "drivers/cardreader/uiddebouncer.h"

namespace lobbydesk {

UidDebouncer::UidDebouncer(std::chrono::milliseconds window)
    : m_window(window)
{ }

bool UidDebouncer::accept(DeviceTime now, const QString &uid)
{
    const bool repeat = !m_lastUid.isEmpty() && uid == m_lastUid && now - m_lastSeen < m_window;
    m_lastUid = uid;
    m_lastSeen = now;
    return !repeat;
}

} // namespace lobbydesk
