#include "drivers/cardreader/pn532responses.h"
#include "testbytes.h"

using namespace lobbydesk;

namespace {

Pn532Frame answer(quint8 code, const char *data)
{
    return Pn532Frame { Pn532Frame::ChipToHost, code, hex(data) };
}

QString refusal(const char *data)
{
    const auto parsed = parseInListPassiveTarget(answer(0x4B, data));
    CHECK_FALSE(parsed.ok());
    return parsed.problem;
}

} // namespace

TEST_CASE("pn532 parses the firmware version")
{
    const auto version = parseFirmwareVersion(answer(0x03, "32 01 06 07"));
    REQUIRE(version.ok());
    CHECK(*version.value == Pn532FirmwareVersion { 0x32, 1, 6, 7 });
    CHECK(version.value->toString() == QStringLiteral("PN532 v1.6"));
    CHECK(parseFirmwareVersion(answer(0x03, "32 01 06")).problem.contains("not 4"));
    CHECK_FALSE(parseFirmwareVersion(answer(0x15, "32 01 06 07")).ok());
}

TEST_CASE("pn532 checks the SAMConfiguration and RFConfiguration answers")
{
    CHECK_FALSE(samConfigurationProblem(answer(0x15, "")).has_value());
    CHECK(samConfigurationProblem(answer(0x15, "01")).has_value());
    CHECK(samConfigurationProblem(answer(0x03, "")).value().contains("D5 15"));
    CHECK_FALSE(rfConfigurationProblem(answer(0x33, "")).has_value());
    CHECK(rfConfigurationProblem(Pn532Frame { 0xD4, 0x33, {} }).has_value());
}

TEST_CASE("pn532 reads the notes' 4-byte UID and no target")
{
    const auto one = parseInListPassiveTarget(answer(0x4B, "01 01 00 04 08 04 04 A1 B2 C3"));
    REQUIRE(one.ok());
    REQUIRE(one.value->size() == 1);
    const Pn532Target &card = one.value->first();
    CHECK(card.number == 1);
    CHECK(card.atqa == 0x0004);
    CHECK(card.sak == 0x08);
    CHECK(card.uidHex() == QStringLiteral("04A1B2C3"));
    CHECK(card.ats.isEmpty());

    const auto none = parseInListPassiveTarget(answer(0x4B, "00"));
    REQUIRE(none.ok());
    CHECK(none.value->isEmpty());
}

TEST_CASE("pn532 reads 7- and 10-byte UIDs, an ATS and two targets")
{
    const auto seven
        = parseInListPassiveTarget(answer(0x4B, "01 01 00 44 00 07 04 11 22 33 44 55 66"));
    REQUIRE(seven.ok());
    CHECK(seven.value->first().uidHex() == QStringLiteral("04112233445566"));

    const auto ten
        = parseInListPassiveTarget(answer(0x4B, "01 01 00 44 00 0A 01 02 03 04 05 06 07 08 09 0A"));
    REQUIRE(ten.ok());
    CHECK(ten.value->first().uidHex() == QStringLiteral("0102030405060708090A"));

    // A DESFire-like card: SAK 20 says ISO14443-4, so TL + ATS follow (TL counts itself).
    const auto desfire = parseInListPassiveTarget(
        answer(0x4B, "01 01 03 44 20 07 04 11 22 33 44 55 66 05 78 80 70 02"));
    REQUIRE(desfire.ok());
    CHECK(desfire.value->first().ats == hex("78 80 70 02"));
    CHECK(desfire.value->first().atqa == 0x0344);

    const auto two = parseInListPassiveTarget(
        answer(0x4B, "02 01 00 04 08 04 04 A1 B2 C3 02 00 04 08 04 DE AD BE EF"));
    REQUIRE(two.ok());
    REQUIRE(two.value->size() == 2);
    CHECK(two.value->at(1).uidHex() == QStringLiteral("DEADBEEF"));
    CHECK(two.value->at(1).number == 2);
}

TEST_CASE("pn532 refuses inconsistent target lists with a reason")
{
    CHECK(refusal("").contains("count"));
    CHECK(refusal("03 01 00 04 08 04 04 A1 B2 C3").contains("at most 2"));
    CHECK(refusal("01 01 00 04 08 05 04 A1 B2 C3 D4").contains("not 4, 7 or 10"));
    CHECK(refusal("01 01 00 04 08 07 04 A1 B2 C3").contains("only 4 follow"));
    CHECK(refusal("01 01 00 04 08 04 04 A1 B2 C3 FF").contains("unexplained"));
    CHECK(refusal("01 01 00 04").contains("cut short"));
    CHECK(refusal("02 01 00 04 08 04 04 A1 B2 C3").contains("target 2"));
    CHECK(refusal("01 01 00 04 20 04 04 A1 B2 C3").contains("ATS"));
    CHECK(refusal("01 01 00 04 20 04 04 A1 B2 C3 09 78").contains("ATS"));
    CHECK_FALSE(parseInListPassiveTarget(answer(0x4A, "00")).ok());
}
