#include "unconfigureddevice.h"

namespace lobbydesk {

UnconfiguredDevice::UnconfiguredDevice(Kind kind, QObject *parent)
    : Device(parent)
    , m_kind(kind)
{ }

} // namespace lobbydesk
