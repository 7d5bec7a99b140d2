#include "drivers/printer/escposrenderer.h"
#include "drivers/printer/textlayout.h"
#include "escposparser.h"
#include "samplereceipts.h"
#include "src/core/error.h"

#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

// A GB18030 four-byte code: first byte 81–FE, second 30–39.
bool hasFourByteSequence(const QByteArray &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const auto a = quint8(text.at(i));
        const auto b = quint8(text.at(i + 1));
        if (a >= 0x81 && a <= 0xfe && b >= 0x30 && b <= 0x39)
            return true;
        if (a >= 0x81)
            ++i; // skip the trail byte of a two-byte code
    }
    return false;
}

} // namespace

TEST_CASE("hand-checked bytes of the Chinese slip against platform-notes", "[printer]")
{
    const QByteArray job
        = EscPosRenderer({ PaperWidth::Mm80, PrinterProfile::QrMode::Native, true })
              .render(chineseVisitorSlip(PaperWidth::Mm80));
    // Init, then Chinese mode on; then the title: centre, double both, bold, 访客单 in GB18030.
    CHECK(job.startsWith(hex("1b40 1c26 1b6101 1d2111 1b4501 b7c3bfcdb5a5 0a")));
    // 访客 = B7 C3 BF CD (the notes' example).
    CHECK(job.contains(hex("b7c3bfcd")));

    // Native QR: leave Chinese mode after a line feed, model 2, module 6, ECC M (49), store with
    // pL pH = len + 3, print, then Chinese mode again.
    const QByteArray data = kChineseSlipQr.toUtf8();
    REQUIRE(data.size() == 25); // pL pH = 25 + 3 = 28 = 1C 00
    const QByteArray qr = hex("0a 1c2e 1b6101"
                              "1d286b 0400 314132 00"
                              "1d286b 0300 3143 06"
                              "1d286b 0300 3145 31"
                              "1d286b 1c00 315030")
        + data + hex("1d286b 0300 315130 0a 1c26");
    CHECK(job.contains(qr));
    CHECK(job.endsWith(hex("1b6402 1d564200")));
}

TEST_CASE("every job parses into known commands, and 80 mm rasters are 72 bytes wide", "[printer]")
{
    for (const auto mode : { PrinterProfile::QrMode::Native, PrinterProfile::QrMode::Raster }) {
        for (const auto paper : { PaperWidth::Mm58, PaperWidth::Mm80 }) {
            const auto items = parseEscPos(
                EscPosRenderer({ paper, mode, true }).render(chineseVisitorSlip(paper)));
            int rasters = 0;
            for (const EscPosItem &item : items) {
                if (item.kind == EscPosItem::Kind::Raster) {
                    ++rasters;
                    CHECK(item.raster.width() == paperDots(paper));
                    CHECK(quint8(item.bytes.at(4)) == paperDots(paper) / 8);
                }
            }
            CHECK(rasters >= 2);
        }
    }
}

TEST_CASE("wrap counts CJK as two columns", "[printer]")
{
    const QString twenty = QString(20, QChar(0x8bbf)); // 访 × 20
    const QStringList lines58 = wrapText(twenty, lineColumns(PaperWidth::Mm58, TextSize::Normal));
    REQUIRE(lines58.size() == 2);
    CHECK(lines58[0].size() == 16);
    CHECK(lines58[1].size() == 4);
    CHECK(wrapText(twenty, lineColumns(PaperWidth::Mm80, TextSize::Normal)).size() == 1);
    CHECK(wrapText(twenty, lineColumns(PaperWidth::Mm58, TextSize::DoubleWidth)).size() == 3);

    const QStringList words = wrapText(QStringLiteral("Name: Jonathan Alexander Smith"), 16);
    CHECK(words == QStringList { "Name: Jonathan", "Alexander Smith" });
    CHECK(wrapText(QStringLiteral("ABCDEFGHIJKLMNOPQRST"), 8)
        == QStringList { "ABCDEFGH", "IJKLMNOP", "QRST" });
    CHECK(wrapText(QStringLiteral("编号 No.1"), 6) == QStringList { "编号", "No.1" });
    CHECK(wrapText(QString(), 32) == QStringList { QString() });
}

TEST_CASE("characters outside GBK go out as raster lines, never as 4-byte codes", "[printer]")
{
    // 𠀀 (U+20000) and 😀 encode to 4 bytes in GB18030; 䶮 encodes to FE 9F, a GBK
    // private-use cell, so it is rastered too.
    for (const QString &name :
        { QStringLiteral("访客 𠀀"), QStringLiteral("访客 😀"), QStringLiteral("访客 刘䶮") }) {
        INFO(name.toStdString());
        CHECK_FALSE(encodeForPrinterFont(name, true).has_value());
        Receipt r(PaperWidth::Mm58);
        r.addText(QStringLiteral("姓名")).addText(name).addCut();
        const auto items = parseEscPos(
            EscPosRenderer({ PaperWidth::Mm58, PrinterProfile::QrMode::Native, true }).render(r));
        int rasters = 0;
        QByteArray text;
        for (const EscPosItem &item : items) {
            if (item.kind == EscPosItem::Kind::Raster) {
                ++rasters;
                // Drawn, not blank: Noto Sans CJK SC has 䶮, 😀 comes from DejaVu Sans; no installed
                // font has 𠀀 (U+20000), so it prints as a box.
                CHECK(item.raster.width() == 384);
                CHECK(item.raster.height() == 30);
                int black = 0;
                for (int y = 0; y < item.raster.height(); ++y) {
                    for (int x = 0; x < item.raster.width(); ++x)
                        black += item.raster.pixelColor(x, y).value() < 128;
                }
                CHECK(black > 200);
            }
            if (item.kind == EscPosItem::Kind::Text)
                text += item.bytes;
        }
        CHECK(rasters == 1);
        CHECK(text == hex("d0d5c3fb 0a")); // 姓名 still goes through the font
        CHECK_FALSE(hasFourByteSequence(text));
    }
    CHECK(encodeForPrinterFont(QStringLiteral("張偉 ABC"), true) == hex("8f88 82a5 20 414243"));
}

TEST_CASE("with Chinese mode off only ASCII is sent as text", "[printer]")
{
    Receipt r(PaperWidth::Mm80);
    r.addText(QStringLiteral("Visitor")).addText(QStringLiteral("访客"));
    const QByteArray job
        = EscPosRenderer({ PaperWidth::Mm80, PrinterProfile::QrMode::Native, false }).render(r);
    CHECK_FALSE(job.contains(hex("1c26")));
    const auto items = parseEscPos(job);
    QByteArray text;
    for (const EscPosItem &item : items) {
        if (item.kind == EscPosItem::Kind::Text)
            text += item.bytes;
    }
    CHECK(text == "Visitor\n");
}

TEST_CASE("what no printer can print is refused where the slip is composed", "[printer]")
{
    Receipt r(PaperWidth::Mm58);
    const auto refusedWith = [](auto &&call, const char *words) {
        try {
            call();
            FAIL("not refused");
        } catch (const Error &e) {
            CHECK(e.kind() == Error::Kind::Invalid);
            CHECK_THAT(e.message().toStdString(), Catch::Contains(words));
        }
    };
    refusedWith([&] { r.addText(QStringLiteral("a\x1b@b")); }, "control character U+001b");
    refusedWith([&] { r.addText(QStringLiteral("two\nlines")); }, "control character U+000a");
    refusedWith([&] { r.addQr(QString()); }, "QR payload is empty");
    refusedWith([&] { r.addQr(QStringLiteral("x"), 17); }, "outside 1–16");
    refusedWith([&] { r.addQr(QString(4000, QLatin1Char('x')), 1); }, "cannot be encoded");
    refusedWith([&] { r.addQr(QString(300, QLatin1Char('x')), 16); }, "the paper has 384");
    refusedWith([&] { r.addFeed(256); }, "outside 0–255");
    refusedWith([&] { r.addImage(QImage()); }, "image is empty");
    CHECK(r.blocks().empty());
}
