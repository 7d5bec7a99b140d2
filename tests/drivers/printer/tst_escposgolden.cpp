#include "drivers/printer/escposrenderer.h"
#include "samplereceipts.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

// Compares with golden/<name>.bin, or rewrites it when LOBBYDESK_UPDATE_GOLDEN=1.
void checkGolden(const QString &name, const QByteArray &job)
{
    const QString path = QStringLiteral(PRINTER_GOLDEN_DIR "/%1.bin").arg(name);
    if (qEnvironmentVariableIntValue("LOBBYDESK_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QStringLiteral(PRINTER_GOLDEN_DIR));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(out.write(job) == job.size());
        WARN("rewrote " << path.toStdString());
        return;
    }
    QFile in(path);
    INFO("golden file " << path.toStdString() << " (LOBBYDESK_UPDATE_GOLDEN=1 rewrites it)");
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QByteArray golden = in.readAll();
    if (golden != job) {
        qsizetype first = 0;
        while (first < qMin(golden.size(), job.size()) && golden.at(first) == job.at(first))
            ++first;
        FAIL("differs at byte " << first << " (golden " << golden.size() << " bytes, now "
                                << job.size() << "): golden "
                                << golden.mid(first, 16).toHex(' ').toStdString() << " / now "
                                << job.mid(first, 16).toHex(' ').toStdString());
    }
    CHECK(golden == job);
}

QByteArray render(const Receipt &receipt, PaperWidth paper, PrinterProfile::QrMode mode)
{
    return EscPosRenderer({ paper, mode, true }).render(receipt);
}

} // namespace

TEST_CASE("golden: Chinese visitor slip, 80 mm, native QR", "[printer][golden]")
{
    const auto paper = PaperWidth::Mm80;
    checkGolden(QStringLiteral("visitor_zh_80_native"),
        render(chineseVisitorSlip(paper), paper, PrinterProfile::QrMode::Native));
}

TEST_CASE("golden: Chinese visitor slip, 58 mm, native QR", "[printer][golden]")
{
    const auto paper = PaperWidth::Mm58;
    checkGolden(QStringLiteral("visitor_zh_58_native"),
        render(chineseVisitorSlip(paper), paper, PrinterProfile::QrMode::Native));
}

TEST_CASE("golden: Chinese visitor slip, 58 mm, raster QR", "[printer][golden]")
{
    const auto paper = PaperWidth::Mm58;
    checkGolden(QStringLiteral("visitor_zh_58_raster"),
        render(chineseVisitorSlip(paper), paper, PrinterProfile::QrMode::Raster));
}

TEST_CASE("golden: English visitor slip, 58 mm, native QR", "[printer][golden]")
{
    const auto paper = PaperWidth::Mm58;
    checkGolden(QStringLiteral("visitor_en_58_native"),
        render(englishVisitorSlip(paper), paper, PrinterProfile::QrMode::Native));
}

TEST_CASE("golden: English visitor slip, 80 mm, raster QR", "[printer][golden]")
{
    const auto paper = PaperWidth::Mm80;
    checkGolden(QStringLiteral("visitor_en_80_raster"),
        render(englishVisitorSlip(paper), paper, PrinterProfile::QrMode::Raster));
}
