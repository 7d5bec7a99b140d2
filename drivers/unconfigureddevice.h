#pragma once

#include "device.h"

namespace lobbydesk {

// A device slot of this terminal's role with no port configured: shown as such to staff
// instead of pretending a device is there.
class UnconfiguredDevice final : public Device
{
    Q_OBJECT

public:
    explicit UnconfiguredDevice(Kind kind, QObject *parent = nullptr);

    [[nodiscard]] Kind kind() const override { return m_kind; }
    [[nodiscard]] State state() const override { return State::NotConfigured; }
    [[nodiscard]] QString detail() const override { return {}; }

private:
    Kind m_kind;
};

} // namespace lobbydesk
