#pragma once

#include "drivers/cardreader/pn532frame.h"

#include <QHash>
#include <QString>
#include <optional>

namespace lobbydesk {

// What a PN532 answers to each host command, without any I/O, so the simulator's wire
// handling and the chip's behaviour can be read (and tested) apart. One card at most sits on
// the antenna; a Mifare Classic 1K for a 4-byte UID, an Ultralight for 7 bytes, as cards
// visitors carry.
class Pn532Chip
{
public:
    // The response (TFI D5, command + 1) for a host command, or nullopt when a real chip
    // would send the application error frame (a command it does not know).
    [[nodiscard]] std::optional<Pn532Frame> answer(const Pn532Frame &command);

    // false (and the card unchanged) unless uidHex is 4, 7 or 10 bytes of hex.
    bool tapCard(const QString &uidHex);
    void removeCard() { m_uid.clear(); }
    [[nodiscard]] QString cardUid() const { return QString::fromLatin1(m_uid.toHex().toUpper()); }

    static constexpr quint8 Ic = 0x32; // PN532 v1.6, ISO14443A/B and ISO18092: a common board
    static constexpr quint8 Version = 0x01;
    static constexpr quint8 Revision = 0x06;
    static constexpr quint8 Support = 0x07;

private:
    [[nodiscard]] QByteArray listTargets(const QByteArray &data) const;
    [[nodiscard]] QByteArray readRegisters(const QByteArray &addresses) const;
    void writeRegisters(const QByteArray &pairs);

    QByteArray m_uid; // empty: no card on the antenna
    QHash<quint16, quint8> m_registers; // what the host wrote, read back as written
};

} // namespace lobbydesk
