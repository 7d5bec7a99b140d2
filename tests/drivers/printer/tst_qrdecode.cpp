#include "drivers/printer/escposrenderer.h"
#include "drivers/printer/receiptpreview.h"
#include "escposparser.h"
#include "samplereceipts.h"

#include <QProcess>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

// Decodes with zbarimg, an independent reader, so our encoder is not checked by itself.
QString zbarDecode(const QImage &image, const QString &name)
{
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbarimg.isEmpty())
        FAIL("zbarimg is missing: run scripts/install-deps (Debian package zbar-tools)");
    const QString path = QStringLiteral(PRINTER_OUTPUT_DIR "/%1.png").arg(name);
    REQUIRE(image.save(path));
    QProcess zbar;
    zbar.start(zbarimg, { QStringLiteral("--raw"), QStringLiteral("-q"), path });
    REQUIRE(zbar.waitForFinished(20000));
    INFO("zbarimg " << path.toStdString() << ": " << zbar.readAllStandardError().toStdString());
    CHECK(zbar.exitCode() == 0);
    QString text = QString::fromUtf8(zbar.readAllStandardOutput());
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

} // namespace

TEST_CASE("raster QR in the ESC/POS job decodes to the exact payload", "[printer][zbar]")
{
    for (const auto paper : { PaperWidth::Mm58, PaperWidth::Mm80 }) {
        const QString name = paper == PaperWidth::Mm58 ? "58" : "80";
        const QByteArray job = EscPosRenderer({ paper, PrinterProfile::QrMode::Raster, true })
                                   .render(chineseVisitorSlip(paper));
        const QImage printed = stackedRaster(parseEscPos(job));
        CHECK(printed.width() == paperDots(paper));
        CHECK(zbarDecode(printed, QStringLiteral("raster_qr_zh_") + name) == kChineseSlipQr);

        const QByteArray en = EscPosRenderer({ paper, PrinterProfile::QrMode::Raster, true })
                                  .render(englishVisitorSlip(paper));
        CHECK(zbarDecode(stackedRaster(parseEscPos(en)), QStringLiteral("raster_qr_en_") + name)
            == kEnglishSlipQr);
    }
}

TEST_CASE("preview QR decodes to the exact payload, and the previews are saved as PNGs",
    "[printer][zbar]")
{
    const QImage zh80 = ReceiptPreview::render(chineseVisitorSlip(PaperWidth::Mm80));
    CHECK(zh80.width() == 576);
    CHECK(zbarDecode(zh80, QStringLiteral("preview_visitor_zh_80")) == kChineseSlipQr);

    const QImage zh58 = ReceiptPreview::render(chineseVisitorSlip(PaperWidth::Mm58));
    CHECK(zh58.width() == 384);
    CHECK(zbarDecode(zh58, QStringLiteral("preview_visitor_zh_58")) == kChineseSlipQr);

    const QImage en58 = ReceiptPreview::render(englishVisitorSlip(PaperWidth::Mm58));
    CHECK(zbarDecode(en58, QStringLiteral("preview_visitor_en_58")) == kEnglishSlipQr);

    // A slip with a non-GBK name, for a person checking the raster fallback by eye.
    Receipt rare(PaperWidth::Mm58);
    rare.addText(
            QStringLiteral("姓名：刘䶮 𠀀 😀"), { TextSize::DoubleHeight, true, Alignment::Left })
        .addQr(QStringLiteral("刘䶮"), 6);
    CHECK(zbarDecode(ReceiptPreview::render(rare), QStringLiteral("preview_rare_name_58"))
        == QStringLiteral("刘䶮"));
}
