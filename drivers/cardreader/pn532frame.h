#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace lobbydesk {

// One PN532 information frame without its envelope (`00 00 FF LEN LCS … DCS 00`).
struct Pn532Frame
{
    quint8 tfi = 0;
    quint8 command = 0; // the response code is the command code + 1
    QByteArray data;

    static constexpr quint8 HostToChip = 0xD4;
    static constexpr quint8 ChipToHost = 0xD5;
    static constexpr quint8 ErrorTfi = 0x7F; // the application error frame's only byte
    // LEN counts TFI, command and data. Normal frames stop at 255; extended frames (`FF FF`)
    // stop at 264, the PN532's own buffer, so anything longer can only be noise.
    static constexpr int MaxNormalLength = 255;
    static constexpr int MaxExtendedLength = 264;
    // Start code to postamble of the longest frame: the most a decoder ever needs to hold.
    static constexpr int MaxWireBytes = 2 + 5 + MaxExtendedLength + 2;

    friend bool operator==(const Pn532Frame &, const Pn532Frame &) = default;
};

namespace pn532 {

enum Command : quint8 {
    GetFirmwareVersion = 0x02,
    SamConfiguration = 0x14,
    RfConfiguration = 0x32,
    InListPassiveTarget = 0x4A,
};

// `00 00 FF LEN LCS TFI command data… DCS 00`; an extended frame when LEN > 255. Throws
// Error(Invalid) past MaxExtendedLength rather than send a frame the chip cannot take.
[[nodiscard]] QByteArray encodeFrame(quint8 tfi, quint8 command, QByteArrayView data = {});
[[nodiscard]] inline QByteArray encodeCommand(quint8 command, QByteArrayView data = {})
{
    return encodeFrame(Pn532Frame::HostToChip, command, data);
}

// `55 55` + 14×`00`: wakes a PN532 from power-down on HSU; send it right before a command.
[[nodiscard]] QByteArray wakeUpPreamble();
[[nodiscard]] QByteArray samConfigurationCommand(); // D4 14 01: normal mode, no SAM
[[nodiscard]] QByteArray getFirmwareVersionCommand(); // D4 02
[[nodiscard]] QByteArray inListPassiveTargetCommand(); // D4 4A 01 00: one ISO14443A target
// D4 32 05 FF 01 n: the chip's default retries a passive activation forever, so an empty
// field would never answer InListPassiveTarget; n bounds it (libnfc does the same).
[[nodiscard]] QByteArray rfConfigurationRetriesCommand(quint8 passiveActivationRetries);

[[nodiscard]] QByteArray ackFrame(); // 00 00 FF 00 FF 00
[[nodiscard]] QByteArray nackFrame(); // 00 00 FF FF 00 00
[[nodiscard]] QByteArray errorFrame(); // 00 00 FF 01 FF 7F 81 00

} // namespace pn532
} // namespace lobbydesk
