#include "core/error.h"
#include "drivers/cardreader/scannerframer.h"
#include "testbytes.h"

using namespace lobbydesk;

namespace {

QStringList scans(const QList<ScannerFramer::Scan> &items)
{
    QStringList out;
    for (const auto &item : items)
        out << (item.ok() ? *item.text : QStringLiteral("!") + item.problem);
    return out;
}

ScannerFramer framer(const char *terminator, const char *prefix = "", const char *suffix = "",
    qsizetype maxLength = 512)
{
    return ScannerFramer({ terminator, prefix, suffix, maxLength });
}

} // namespace

TEST_CASE("scanner splits on CR by default, and on LF, CRLF or TAB when told")
{
    ScannerFramer cr({});
    CHECK(scans(cr.feed("GP-2026-0001\rVISIT:42\r")) == QStringList { "GP-2026-0001", "VISIT:42" });
    auto lf = framer("\n");
    CHECK(scans(lf.feed("a b\nc\n")) == QStringList { "a b", "c" });
    auto crlf = framer("\r\n");
    CHECK(scans(crlf.feed("one\r\ntwo\rstill two\r\n")) == QStringList { "one", "two\rstill two" });
    auto tab = framer("\t");
    CHECK(scans(tab.feed("x\ty\t")) == QStringList { "x", "y" });
}

TEST_CASE("scanner finds a terminator split across chunks and ignores empty lines")
{
    auto crlf = framer("\r\n");
    QList<ScannerFramer::Scan> items;
    for (const char byte : QByteArray("\r\n\r\nABC\r\n\r\n"))
        items += crlf.feed(QByteArray(1, byte));
    CHECK(scans(items) == QStringList { "ABC" });
    CHECK(crlf.bufferedBytes() == 0);
}

TEST_CASE("scanner strips the configured prefix and suffix")
{
    auto scanner = framer("\r", "]Q1", "#");
    CHECK(scans(scanner.feed("]Q1VISIT:42#\rVISIT:43\r]Q1#\r"))
        == QStringList { "VISIT:42", "VISIT:43" });
}

TEST_CASE("scanner drops an over-long scan and reads the next one")
{
    auto scanner = framer("\r\n", "", "", 8);
    auto items = scanner.feed("12345678\r\n123456789\r");
    CHECK(scanner.bufferedBytes() <= 8 + 2);
    items += scanner.feed("\n" + QByteArray(5000, 'x'));
    CHECK(scanner.bufferedBytes() <= 8 + 2);
    items += scanner.feed("\r\nshort\r\n");
    CHECK(scans(items)
        == QStringList { "12345678", "!scan longer than 8 bytes dropped",
            "!scan longer than 8 bytes dropped", "short" });
}

TEST_CASE("scanner decodes UTF-8 and reports invalid bytes")
{
    auto scanner = framer("\n");
    const auto items = scanner.feed("访客 Zoë\n\xC3\x28 bad\n\xFF\nok\n");
    REQUIRE(items.size() == 4);
    CHECK(*items[0].text == QStringLiteral("访客 Zoë"));
    CHECK(items[1].problem.contains("not valid UTF-8"));
    CHECK(items[2].problem.contains("not valid UTF-8"));
    CHECK(*items[3].text == QStringLiteral("ok"));
}

TEST_CASE("scanner refuses a configuration it cannot work with")
{
    CHECK_THROWS_AS(framer(""), Error);
    CHECK_THROWS_AS(framer("\r", "", "", 0), Error);
}
