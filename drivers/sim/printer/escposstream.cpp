#include "drivers/sim/printer/escposstream.h"

namespace lobbydesk {

namespace {

constexpr char kDle = 0x10;
constexpr char kEsc = 0x1b;
constexpr char kFs = 0x1c;
constexpr char kGs = 0x1d;

bool isCommandStart(char byte)
{
    return byte == kDle || byte == kEsc || byte == kFs || byte == kGs;
}

int u8(const QByteArray &bytes, int i)
{
    return quint8(bytes.at(i));
}

} // namespace

int escPosHeaderLength(const QByteArray &header)
{
    if (header.size() < 2)
        return 0;
    const int a = u8(header, 0);
    const int b = u8(header, 1);
    switch (a) {
    case kDle:
        // DLE EOT n, DLE ENQ n; DLE DC4 fn m t (real-time requests).
        if (b == 0x04 || b == 0x05)
            return 3;
        if (b == 0x14)
            return 5;
        return 2; // not a request we know: DLE and its function byte, ignored
    case kEsc:
        switch (b) {
        case 0x40: // ESC @ init
        case 0x32: // ESC 2 default line spacing
            return 2;
        case 0x21: // ESC ! print mode
        case 0x2d: // ESC - underline
        case 0x33: // ESC 3 line spacing
        case 0x45: // ESC E bold
        case 0x47: // ESC G double strike
        case 0x4a: // ESC J feed dots
        case 0x4d: // ESC M font
        case 0x52: // ESC R character set
        case 0x61: // ESC a alignment
        case 0x64: // ESC d feed lines
        case 0x74: // ESC t code page
        case 0x7b: // ESC { upside down
            return 3;
        case 0x70: // ESC p m t1 t2 drawer kick
            return 5;
        default:
            return 2;
        }
    case kFs:
        if (b == 0x21) // FS ! Kanji print mode
            return 3;
        return 2; // FS & / FS . Chinese mode on / off
    case kGs:
        switch (b) {
        case 0x21: // GS ! size
        case 0x42: // GS B reverse
        case 0x48: // GS H HRI position
        case 0x61: // GS a automatic status back
        case 0x66: // GS f HRI font
        case 0x68: // GS h barcode height
        case 0x77: // GS w barcode width
            return 3;
        case 0x56: // GS V m [n]: the feed-and-cut forms (A, B) carry n
            if (header.size() < 3)
                return 0;
            return (u8(header, 2) == 0x41 || u8(header, 2) == 0x42) ? 4 : 3;
        case 0x76: // GS v 0 m xL xH yL yH, then the bitmap
            return 8;
        case 0x28: // GS ( fn pL pH, then pL + 256·pH bytes
            return 5;
        default:
            return 2;
        }
    default:
        return 1; // unreachable: headers start with DLE, ESC, FS or GS
    }
}

qint64 escPosPayloadLength(const QByteArray &header)
{
    if (header.size() == 8 && u8(header, 0) == kGs && u8(header, 1) == 0x76)
        return qint64(u8(header, 4) + 256 * u8(header, 5)) * (u8(header, 6) + 256 * u8(header, 7));
    if (header.size() == 5 && u8(header, 0) == kGs && u8(header, 1) == 0x28)
        return u8(header, 3) + 256 * u8(header, 4);
    return 0;
}

void EscPosStream::reset()
{
    m_header.clear();
    m_payloadLeft = 0;
}

QList<EscPosStream::Token> EscPosStream::feed(const QByteArray &bytes)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < bytes.size()) {
        if (m_payloadLeft > 0) {
            const qsizetype take = qsizetype(qMin<qint64>(m_payloadLeft, bytes.size() - i));
            tokens.append({ Token::Kind::Payload, bytes.mid(i, take) });
            m_payloadLeft -= take;
            i += take;
        } else if (!m_header.isEmpty() || isCommandStart(bytes.at(i))) {
            m_header.append(bytes.at(i++));
            completeHeader(tokens);
        } else {
            qsizetype end = i;
            while (end < bytes.size() && !isCommandStart(bytes.at(end)))
                ++end;
            tokens.append({ Token::Kind::Text, bytes.mid(i, end - i) });
            i = end;
        }
    }
    return tokens;
}

void EscPosStream::completeHeader(QList<Token> &tokens)
{
    const int length = escPosHeaderLength(m_header);
    if (length == 0 || m_header.size() < length)
        return;
    Token token { Token::Kind::Command, m_header };
    const int a = u8(m_header, 0);
    const int b = u8(m_header, 1);
    if (a == kEsc && b == 0x40)
        token.kind = Token::Kind::Init;
    else if (a == kGs && b == 0x56)
        token.kind = Token::Kind::Cut;
    else if (a == kDle && b == 0x04) {
        token.kind = Token::Kind::Status;
        token.statusRequest = u8(m_header, 2);
    }
    m_payloadLeft = escPosPayloadLength(m_header);
    m_header.clear();
    tokens.append(token);
}

} // namespace lobbydesk
