#pragma once

#include "drivers/device.h"
#include "drivers/serial/seriallink.h"

namespace lobbydesk {

// For devices that talk only when they have something to say (line readers, scanners): their
// state is their line's state, as the status bar shows it.
[[nodiscard]] inline Device::State linkDeviceState(const SerialLink &link)
{
    if (link.path().isEmpty())
        return Device::State::NotConfigured;
    switch (link.state()) {
    case SerialLink::State::Open:
        return Device::State::Connected;
    case SerialLink::State::Failing:
        return Device::State::Error;
    case SerialLink::State::Closed:
    case SerialLink::State::WaitingForPath:
        return Device::State::Reconnecting;
    }
    Q_UNREACHABLE();
}

// The port when the line is open, else why it is not.
[[nodiscard]] inline QString linkDeviceDetail(const SerialLink &link)
{
    return link.state() == SerialLink::State::Open ? link.path() : link.problem();
}

} // namespace lobbydesk
