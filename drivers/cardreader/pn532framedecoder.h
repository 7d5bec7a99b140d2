#pragma once

#include "drivers/cardreader/pn532frame.h"

#include <QList>
#include <QString>

namespace lobbydesk {

// Turns a PN532 HSU byte stream, in chunks of any size, into frames. A malformed frame is
// reported and decoding resumes at the next start code after the bad one's, so a good frame
// hidden behind garbage is still found. Holds at most one partial frame (MaxWireBytes).
class Pn532FrameDecoder
{
public:
    enum class Problem {
        Garbage, // bytes other than 00 before a start code
        BadLengthChecksum, // LEN + LCS ≢ 0
        AbsurdLength, // LEN 0, a frame without command code, or an extended LEN over 264
        WrongTfi, // neither the expected direction nor the error frame
        BadDataChecksum, // TFI + data + DCS ≢ 0
        MissingPostamble, // the byte after DCS is not 00
        Truncated, // flush() found a frame that never completed
    };

    struct Item
    {
        enum class Kind { Ack, Nack, ErrorFrame, Frame, Problem };
        Kind kind = Kind::Problem;
        Pn532Frame frame; // Kind::Frame
        Pn532FrameDecoder::Problem problem = Pn532FrameDecoder::Problem::Garbage; // Kind::Problem
        QString reason; // Kind::Problem: words for the log and the device detail
    };

    // A terminal decodes the chip's D5 frames; a simulator decodes the host's D4 ones.
    explicit Pn532FrameDecoder(quint8 expectedTfi = Pn532Frame::ChipToHost);

    [[nodiscard]] QList<Item> feed(QByteArrayView bytes);
    // The line went quiet (a command timed out): a partial frame will never complete, so
    // report it and decode whatever follows its start code; leaves the decoder empty.
    [[nodiscard]] QList<Item> flush();
    void reset() { m_buffer.clear(); }

    [[nodiscard]] qsizetype bufferedBytes() const { return m_buffer.size(); }
    static constexpr qsizetype MaxBufferedBytes = Pn532Frame::MaxWireBytes;

private:
    struct Step
    {
        bool needMore = false;
        qsizetype next = 0;
    };

    void drain(QList<Item> &out, bool quiet);
    Step decodeAt(qsizetype start, bool quiet, QList<Item> &out) const;

    QByteArray m_buffer;
    quint8 m_expectedTfi;
};

} // namespace lobbydesk
