#pragma once

#include <QString>
#include <chrono>

namespace lobbydesk {

// The protocol layer never reads a clock: callers pass "now" so tests can run time by hand.
using DeviceClock = std::chrono::steady_clock;
using DeviceTime = DeviceClock::time_point;

// What a card reader tells the terminal; the UID is uppercase hex, whatever the reader spoke.
struct CardEvent
{
    enum class Kind { Presented, Removed };
    Kind kind = Kind::Presented;
    QString uid;

    friend bool operator==(const CardEvent &, const CardEvent &) = default;
};

} // namespace lobbydesk
