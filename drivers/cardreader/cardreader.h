#pragma once

#include "drivers/device.h"

namespace lobbydesk {

// A card reader of any protocol: what the kiosk and the desk listen to. A tap is
// cardPresented(uid) once per tap (uppercase hex); cardRemoved() when the reader can tell
// that the card left (PN532 can, line readers cannot).
class CardReader : public Device
{
    Q_OBJECT

public:
    using Device::Device;

    [[nodiscard]] Kind kind() const override { return Kind::CardReader; }

signals:
    void cardPresented(const QString &uid);
    void cardRemoved();
};

} // namespace lobbydesk
