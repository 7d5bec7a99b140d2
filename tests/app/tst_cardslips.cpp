// A card payment receipt carries its receipt number in a QR that an independent reader
// (zbarimg) decodes, and says the amount; a refund shows as negative.
#include "app/cardslips.h"
#include "drivers/printer/receiptpreview.h"
#include "tempdatadir.h"

#include <QProcess>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

QString zbarDecode(const QImage &image, const QString &path)
{
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbarimg.isEmpty())
        FAIL("zbarimg is missing: run scripts/install-deps (Debian package zbar-tools)");
    REQUIRE(image.save(path));
    QProcess zbar;
    zbar.start(zbarimg, { QStringLiteral("--raw"), QStringLiteral("-q"), path });
    REQUIRE(zbar.waitForFinished(20000));
    CHECK(zbar.exitCode() == 0);
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

QStringList texts(const Receipt &receipt)
{
    QStringList lines;
    for (const auto &block : receipt.blocks())
        if (const auto *text = std::get_if<receipt::Text>(&block))
            lines.append(text->text);
    return lines;
}

// A new card for 王伟 at 1202 and its ¥20 fee.
struct NewCardFee
{
    CardRequest request;
    CardPayment fee;

    NewCardFee()
    {
        request.id = QStringLiteral("0190f0aa-0000-7000-8000-000000000001");
        request.kind = CardRequestKind::New;
        request.personName = QStringLiteral("王伟");
        request.unit = QStringLiteral("1202");
        fee = { QStringLiteral("RC-7F3A-20261123-0007"), QStringLiteral("t1"), request.id,
            QStringLiteral("04CAFE01"), request.personName, QStringLiteral("fee"), 2000,
            QDateTime::currentDateTimeUtc(), QStringLiteral("Front desk") };
    }
};

} // namespace

TEST_CASE("a card payment receipt's QR decodes to its receipt number", "[cards][zbar]")
{
    TempDataDir dir;
    const auto [request, fee] = NewCardFee();
    for (const PaperWidth paper : { PaperWidth::Mm58, PaperWidth::Mm80 }) {
        const Receipt receipt
            = cardPaymentReceipt(fee, request, QStringLiteral("Harbour Tower"), paper);
        CHECK(zbarDecode(ReceiptPreview::render(receipt), dir.file(QStringLiteral("fee.png")))
            == QStringLiteral("RC-7F3A-20261123-0007"));
        CHECK(texts(receipt).join(u'\n').contains(QStringLiteral("¥20.00")));
    }
    CardPayment refund = fee;
    refund.kind = QStringLiteral("refund");
    refund.amountFen = 5000;
    refund.receipt = QStringLiteral("RC-7F3A-20261123-0008");
    const Receipt receipt
        = cardPaymentReceipt(refund, request, QStringLiteral("Harbour Tower"), PaperWidth::Mm80);
    CHECK(texts(receipt).join(u'\n').contains(QStringLiteral("¥-50.00")));
    CHECK(zbarDecode(ReceiptPreview::render(receipt), dir.file(QStringLiteral("refund.png")))
        == QStringLiteral("RC-7F3A-20261123-0008"));
}

TEST_CASE("a card receipt prints in the tenant's language, not the screen's", "[cards]")
{
    auto [request, fee] = NewCardFee();
    const auto printed = [&](const QString &language) {
        request.language = language;
        return texts(
            cardPaymentReceipt(fee, request, QStringLiteral("Harbour Tower"), PaperWidth::Mm80))
            .join(u'\n');
    };
    // No translator is installed here: the screen is in English.
    CHECK(printed(QStringLiteral("zh_TW")).contains(QStringLiteral("收款收據")));
    CHECK(printed(QStringLiteral("zh_TW")).contains(QStringLiteral("工本費")));
    CHECK(printed(QStringLiteral("zh_CN")).contains(QStringLiteral("收款收据")));
    CHECK(printed(QStringLiteral("en")).contains(QStringLiteral("Payment receipt")));
    CHECK_FALSE(printed(QStringLiteral("en")).contains(QStringLiteral("收款")));
}
