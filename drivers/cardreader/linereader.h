#pragma once

#include "drivers/cardreader/uidreading.h"

#include <QByteArray>
#include <QList>

namespace lobbydesk {

// Readers that type one line per card: hex (`04A1B2C3`) or the 10-digit decimal of a 4-byte
// UID. Any of CR, LF or CRLF ends a line; empty lines are ignored; a line past
// maxLineLength is reported once and dropped up to its end, so garbage cannot grow memory.
class LineReader
{
public:
    enum class Format {
        Hex, // 4, 7 or 10 bytes as 8, 14 or 20 hex digits
        Decimal, // 1–10 digits, at most 4294967295, read as a 4-byte UID
        Auto, // exactly 10 decimal digits is Decimal (never a hex UID length), else Hex
    };
    enum class HexOrder { AsSent, Reversed }; // some readers print the UID backwards
    enum class DecimalOrder { BigEndian, LittleEndian }; // which UID byte the number starts with

    struct Config
    {
        Format format = Format::Auto;
        HexOrder hexOrder = HexOrder::AsSent;
        DecimalOrder decimalOrder = DecimalOrder::BigEndian;
        qsizetype maxLineLength = 64;
    };

    LineReader(); // the defaults above; a nested Config cannot be a default argument
    explicit LineReader(Config config);

    [[nodiscard]] QList<UidReading> feed(QByteArrayView bytes);
    void reset();
    [[nodiscard]] qsizetype bufferedBytes() const { return m_line.size(); }

    // One line without its terminator; surrounding spaces and tabs are tolerated.
    [[nodiscard]] static UidReading parseLine(QByteArrayView line, const Config &config);

private:
    Config m_config;
    QByteArray m_line;
    bool m_discarding = false; // inside an over-long line, until its terminator
};

} // namespace lobbydesk
