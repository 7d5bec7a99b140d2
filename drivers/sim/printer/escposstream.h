#pragma once

#include <QByteArray>
#include <QList>

namespace lobbydesk {

// The printer's side of an ESC/POS byte stream, cut into commands by a table of command
// lengths, so that bytes inside a command's parameters or payload (a raster band, stored QR
// data) are never taken for a command of their own: `10 04 n` there is picture data, not a
// status request. Knows the commands EscPosRenderer emits and the common ones around them;
// holds at most one command header (≤ 8 bytes), payloads are passed through in pieces.
class EscPosStream
{
public:
    struct Token
    {
        enum class Kind {
            Init, // ESC @: a job starts
            Cut, // GS V: a job ends
            Status, // DLE EOT n: answer now (real-time command)
            Command, // any other command header
            Payload, // part of a raster image or GS ( k data, after its header
            Text, // printable bytes and LF
        };
        Kind kind;
        QByteArray bytes;
        int statusRequest = 0; // Status: n
    };

    [[nodiscard]] QList<Token> feed(const QByteArray &bytes);
    // Forgets a partial command (the line was lost).
    void reset();
    [[nodiscard]] bool inCommand() const { return !m_header.isEmpty() || m_payloadLeft > 0; }

private:
    void completeHeader(QList<Token> &tokens);

    QByteArray m_header;
    qint64 m_payloadLeft = 0;
};

// Total length of the command whose first bytes are `header`, or 0 while more bytes are
// needed to tell. Payload lengths are not included (see payloadLength).
[[nodiscard]] int escPosHeaderLength(const QByteArray &header);
// Bytes that follow a complete header as data: GS v 0 raster and GS ( k.
[[nodiscard]] qint64 escPosPayloadLength(const QByteArray &header);

} // namespace lobbydesk
