#pragma once

#include "drivers/cardreader/pn532frame.h"

#include <QList>
#include <QString>
#include <optional>

namespace lobbydesk {

// A parsed chip answer, or why the answer makes no sense (for the log and the device detail).
template<typename T> struct Pn532Parsed
{
    std::optional<T> value;
    QString problem;

    [[nodiscard]] bool ok() const { return value.has_value(); }
};

// D5 03 IC Ver Rev Support; a PN532 says IC 0x32.
struct Pn532FirmwareVersion
{
    quint8 ic = 0;
    quint8 version = 0;
    quint8 revision = 0;
    quint8 support = 0; // bit 0 ISO14443A, bit 1 ISO14443B, bit 2 ISO18092

    [[nodiscard]] QString toString() const; // "PN532 v1.6"
    friend bool operator==(const Pn532FirmwareVersion &, const Pn532FirmwareVersion &) = default;
};

// One ISO14443A target from InListPassiveTarget.
struct Pn532Target
{
    quint8 number = 0; // Tg, what later commands address the card by
    quint16 atqa = 0; // SENS_RES as sent, first byte high
    quint8 sak = 0;
    QByteArray uid; // NFCID1: 4, 7 or 10 bytes
    QByteArray ats; // without its length byte; only when SAK announces ISO14443-4

    [[nodiscard]] QString uidHex() const { return QString::fromLatin1(uid.toHex().toUpper()); }
};

[[nodiscard]] Pn532Parsed<Pn532FirmwareVersion> parseFirmwareVersion(const Pn532Frame &frame);
// D5 15 with no data; nothing to return but whether it is that.
[[nodiscard]] std::optional<QString> samConfigurationProblem(const Pn532Frame &frame);
// D5 33 with no data.
[[nodiscard]] std::optional<QString> rfConfigurationProblem(const Pn532Frame &frame);
// D5 4B NbTg [Tg ATQA(2) SAK NFCIDLen NFCID [ATSLen ATS]]…; an empty list is "no card".
[[nodiscard]] Pn532Parsed<QList<Pn532Target>> parseInListPassiveTarget(const Pn532Frame &frame);

} // namespace lobbydesk
