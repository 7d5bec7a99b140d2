#include "drivers/printer/printerstatus.h"

#include <catch2/catch.hpp>
#include <random>

using namespace lobbydesk;

TEST_CASE("DLE EOT requests are 10 04 n", "[printer][status]")
{
    CHECK(statusRequestBytes(StatusRequest::Printer) == QByteArray("\x10\x04\x01", 3));
    CHECK(statusRequestBytes(StatusRequest::Offline) == QByteArray("\x10\x04\x02", 3));
    CHECK(statusRequestBytes(StatusRequest::Paper) == QByteArray("\x10\x04\x04", 3));
    CHECK(autoStatusBackBytes(0xff) == QByteArray("\x1d\x61\xff", 3));
}

TEST_CASE("status bytes: 0x12 ok, 0x7E paper out, each bit", "[printer][status]")
{
    const PrinterStatus ready;
    for (const int n : { 1, 2, 4 }) {
        const auto answer = parseStatusByte(n, 0x12);
        REQUIRE(answer.ok());
        CHECK(answer.status == ready);
    }
    CHECK(statusWords(ready) == "Ready");

    const auto out = parseStatusByte(4, 0x7e);
    REQUIRE(out.ok());
    CHECK(out.status.paperOut);
    CHECK(out.status.paperNearEnd);
    CHECK(statusWords(out.status) == "Out of paper: load a new roll");

    CHECK_FALSE(parseStatusByte(1, 0x12 | 0x08).status.online);
    CHECK(parseStatusByte(2, 0x12 | 0x04).status.coverOpen);
    CHECK(parseStatusByte(2, 0x12 | 0x20).status.paperOut);
    CHECK(parseStatusByte(2, 0x12 | 0x40).status.error);
    CHECK(parseStatusByte(4, 0x12 | 0x04).status.paperNearEnd);
    CHECK(parseStatusByte(4, 0x12 | 0x08).status.paperNearEnd);
    CHECK(parseStatusByte(4, 0x12 | 0x20).status.paperOut);
    CHECK(parseStatusByte(4, 0x12 | 0x40).status.paperOut);
    // Bits a request does not define leave the others alone.
    CHECK(parseStatusByte(1, 0x12 | 0x04).status == ready);

    // Answers fold into what earlier requests found.
    PrinterStatus s = parseStatusByte(1, 0x1a).status;
    s = parseStatusByte(2, 0x16, s).status;
    CHECK_FALSE(s.online);
    CHECK(s.coverOpen);
    CHECK(statusWords(s) == "Cover open: close the printer cover");
    CHECK(statusWords(parseStatusByte(1, 0x1a).status) == "Printer offline");
    CHECK(statusWords(parseStatusByte(4, 0x1e).status) == "Paper running low");
}

TEST_CASE("status bytes that do not fit 0xx1xx10 are refused with a reason", "[printer][status]")
{
    for (const int bad : { 0x00, 0xff, 0x92, 0x02, 0x10, 0x13, 0x11, 0x7f }) {
        const auto answer = parseStatusByte(1, quint8(bad));
        CHECK_FALSE(answer.ok());
        CHECK(answer.refusal.contains("0xx1xx10"));
    }
    const auto unknown = parseStatusByte(3, 0x12);
    CHECK_FALSE(unknown.ok());
    CHECK(unknown.refusal.contains("request 3"));
}

TEST_CASE("automatic status back blocks", "[printer][status]")
{
    const auto ok = parseAutoStatusBack(QByteArray("\x10\x00\x00\x00", 4));
    REQUIRE(ok.ok());
    CHECK(ok.status == PrinterStatus {});
    const auto worst = parseAutoStatusBack(QByteArray("\x38\x6c\x0f\x00", 4));
    REQUIRE(worst.ok());
    CHECK(worst.status == PrinterStatus { false, true, true, true, true });
    CHECK_FALSE(parseAutoStatusBack(QByteArray("\x12\x00\x00\x00", 4)).ok());
    CHECK_FALSE(parseAutoStatusBack(QByteArray("\x10\x80\x00\x00", 4)).ok());
    CHECK_FALSE(parseAutoStatusBack(QByteArray("\x10\x00\x10\x00", 4)).ok());
    CHECK(parseAutoStatusBack(QByteArray("\x10\x00\x00", 3)).refusal.contains("3 bytes"));
}

TEST_CASE("fuzz: 100,000 random status bytes and blocks", "[printer][status][fuzz]")
{
    std::mt19937 rng(20261122);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<int> request(-1, 8);
    int accepted = 0;
    for (int i = 0; i < 100000; ++i) {
        const int n = request(rng);
        const auto b = quint8(byte(rng));
        const auto answer = parseStatusByte(n, b);
        const bool shouldAccept = (b & 0x93) == 0x12 && (n == 1 || n == 2 || n == 4);
        if (answer.ok() != shouldAccept)
            FAIL("request " << n << " byte " << int(b));
        accepted += answer.ok();
        QByteArray block;
        const int len = i % 7;
        for (int k = 0; k < len; ++k)
            block.append(char(byte(rng)));
        if (i % 3 == 0 && len == 4)
            block[0] = char((block[0] & ~0x93) | 0x10); // mutate towards a valid first byte
        const auto asb = parseAutoStatusBack(block);
        if (asb.ok() == !asb.refusal.isEmpty())
            FAIL("ASB answer both or neither for " << block.toHex().toStdString());
        if (!asb.ok())
            CHECK_FALSE(asb.refusal.isEmpty());
        (void)statusWords(asb.status);
    }
    CHECK(accepted > 1000); // about 3/10 requests × 1/16 bytes are valid
}
