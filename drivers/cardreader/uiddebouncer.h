#pragma once

#include "drivers/cardreader/cardevent.h"

namespace lobbydesk {

// Line readers repeat the UID while a card stays on them: only a new card, or the same one
// after a quiet window, is a new presentation. The window slides with every sighting, so a
// card left on the reader is presented once however long it stays.
class UidDebouncer
{
public:
    explicit UidDebouncer(std::chrono::milliseconds window = std::chrono::milliseconds(1500));

    // True when this sighting should become cardPresented.
    [[nodiscard]] bool accept(DeviceTime now, const QString &uid);
    void reset() { m_lastUid.clear(); }

private:
    std::chrono::milliseconds m_window;
    QString m_lastUid;
    DeviceTime m_lastSeen;
};

} // namespace lobbydesk
