#pragma once

#include "drivers/cardreader/uidreading.h"

#include <QByteArray>
#include <QList>

namespace lobbydesk {

// RDM6300 (125 kHz EM4100) frames: STX, 10 ASCII hex (version byte + 4-byte card number),
// 2 ASCII hex XOR of those 5 bytes, ETX. The UID is the 5 bytes as 10 hex digits. A bad frame
// is reported and the search resumes after its STX; at most one frame is buffered.
class Rdm6300Decoder
{
public:
    static constexpr qsizetype FrameBytes = 14;

    [[nodiscard]] QList<UidReading> feed(QByteArrayView bytes);
    void reset() { m_buffer.clear(); }
    [[nodiscard]] qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
};

} // namespace lobbydesk
