// The simulator's command-length table: job boundaries found, and DLE EOT bytes inside a
// command's payload never taken for a status request.
#include "drivers/printer/escposrenderer.h"
#include "drivers/sim/printer/escposstream.h"
#include "samplereceipts.h"

#include <QImage>
#include <catch2/catch.hpp>

using namespace lobbydesk;
using Kind = EscPosStream::Token::Kind;

namespace {

QList<EscPosStream::Token> feedInChunks(const QByteArray &bytes, int chunk)
{
    EscPosStream stream;
    QList<EscPosStream::Token> tokens;
    for (qsizetype i = 0; i < bytes.size(); i += chunk)
        tokens += stream.feed(bytes.mid(i, chunk));
    return tokens;
}

int count(const QList<EscPosStream::Token> &tokens, Kind kind)
{
    return int(std::count_if(
        tokens.begin(), tokens.end(), [&](const auto &token) { return token.kind == kind; }));
}

QByteArray joined(const QList<EscPosStream::Token> &tokens)
{
    QByteArray all;
    for (const auto &token : tokens)
        all += token.bytes;
    return all;
}

} // namespace

TEST_CASE("a rendered slip is one job: one init, one cut, no status request", "[printer][sim]")
{
    for (const auto qr : { PrinterProfile::QrMode::Native, PrinterProfile::QrMode::Raster }) {
        const QByteArray job = EscPosRenderer({ PaperWidth::Mm58, qr, true })
                                   .render(chineseVisitorSlip(PaperWidth::Mm58));
        for (const int chunk : { 1, 7, 4096 }) {
            const auto tokens = feedInChunks(job, chunk);
            CHECK(count(tokens, Kind::Init) == 1);
            CHECK(count(tokens, Kind::Cut) == 1);
            CHECK(count(tokens, Kind::Status) == 0);
            CHECK(tokens.last().kind == Kind::Cut);
            CHECK(joined(tokens) == job); // nothing lost or invented
        }
    }
}

TEST_CASE("DLE EOT inside raster and QR data is data", "[printer][sim]")
{
    // A 2-byte-wide, 3-row raster whose bitmap spells 10 04 01 10 04 02.
    QByteArray raster = QByteArrayLiteral("\x1d\x76\x30\x00\x02\x00\x03\x00");
    raster += QByteArrayLiteral("\x10\x04\x01\x10\x04\x02");
    // A QR store whose payload is 10 04 04 (pL = 3 + 3).
    QByteArray qr = QByteArrayLiteral("\x1d\x28\x6b\x06\x00\x31\x50\x30\x10\x04\x04");
    const QByteArray stream = QByteArrayLiteral("\x1b\x40") + raster + qr
        + QByteArrayLiteral("\x10\x04\x04") // a real request, between commands
        + QByteArrayLiteral("\x1d\x56\x42\x00");
    for (const int chunk : { 1, 2, 3, 64 }) {
        const auto tokens = feedInChunks(stream, chunk);
        REQUIRE(count(tokens, Kind::Status) == 1);
        for (const auto &token : tokens) {
            if (token.kind == Kind::Status)
                CHECK(token.statusRequest == 4);
        }
        CHECK(count(tokens, Kind::Cut) == 1);
    }
}

TEST_CASE("command lengths of the table", "[printer][sim]")
{
    CHECK(escPosHeaderLength(QByteArrayLiteral("\x1b")) == 0);
    CHECK(escPosHeaderLength(QByteArrayLiteral("\x1b\x40")) == 2);
    CHECK(escPosHeaderLength(QByteArrayLiteral("\x1b\x61")) == 3);
    CHECK(escPosHeaderLength(QByteArrayLiteral("\x1c\x26")) == 2);
    CHECK(escPosHeaderLength(QByteArrayLiteral("\x1d\x56")) == 0);
    CHECK(escPosHeaderLength(QByteArrayLiteral("\x1d\x56\x42")) == 4);
    CHECK(escPosHeaderLength(QByteArrayLiteral("\x1d\x56\x01")) == 3);
    CHECK(escPosPayloadLength(QByteArrayLiteral("\x1d\x76\x30\x00\x48\x00\x00\x01")) == 72 * 256);
    CHECK(escPosPayloadLength(QByteArrayLiteral("\x1d\x28\x6b\x04\x01")) == 260);
}
