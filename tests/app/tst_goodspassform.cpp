#include "app/goodspassform.h"
#include "app/tenantcard.h"
#include "app/terminalapp.h"
#include "directory/directorycsv.h"
#include "sampledirectory.h"
#include "services/goodspasses.h"
#include "store/store.h"
#include "tempdatadir.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

// A kiosk with no devices over the sample building directory.
struct Kiosk
{
    Kiosk()
    {
        TerminalConfig config;
        config.role = Role::Kiosk;
        config.language = Language::English;
        config.dataDir = data.path();
        terminal = std::make_unique<TerminalApp>(config);
        loadSampleDirectory(terminal->store());
    }

    [[nodiscard]] qsizetype recorded() const
    {
        return terminal->goodsPasses().list(GoodsPassList::All).size();
    }

    TempDataDir data;
    std::unique_ptr<TerminalApp> terminal;
};

void fillIn(GoodsPassForm &form)
{
    REQUIRE(form.setApplicant(QStringLiteral("P-0001")));
    const int row = form.items()->addRow();
    form.items()->setName(row, QStringLiteral("Office chair"));
    form.items()->step(row, 1);
    form.setProperty("carrierName", QStringLiteral("Li Wei"));
    form.setProperty("carrierPhone", QStringLiteral("13800138000"));
    form.setProperty("carrierIdLast4", QStringLiteral("123x"));
    form.presetWindow(QStringLiteral("tomorrow"));
    form.setProperty("reason", QStringLiteral("repair"));
}

} // namespace

TEST_CASE("a tapped card names its holder, or says why it is refused", "[goodspass]")
{
    Kiosk kiosk;
    TenantCard &card = *TenantCard::create(nullptr, nullptr);
    QSignalSpy presented(&card, &TenantCard::presented);
    card.present(QStringLiteral("04a1b2c3"));
    CHECK(card.known());
    CHECK(card.person().value(QStringLiteral("id")).toString() == QStringLiteral("P-0001"));
    CHECK(card.greeting() == QStringLiteral("Hello, 张三"));
    CHECK(card.problem().isEmpty());
    card.present(QStringLiteral("DEADBEEF"));
    CHECK_FALSE(card.known());
    CHECK_FALSE(card.problem().isEmpty());
    CHECK(presented.count() == 2);
    card.clear();
    CHECK(card.problem().isEmpty());
}

TEST_CASE("the item list is a well-behaved model and a typed quantity never crashes", "[goodspass]")
{
    Kiosk kiosk;
    GoodsPassForm form;
    GoodsItemsModel &items = *form.items();
    QAbstractItemModelTester tester(
        &items, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(form.setApplicant(QStringLiteral("P-0001")));
    CHECK(form.unit() == QStringLiteral("1201")); // the only unit is chosen
    const int row = items.addRow();
    items.setName(row, QStringLiteral("Desk"));
    items.setQuantityText(row, QStringLiteral("three"));
    CHECK_FALSE(form.validateStep({ QStringLiteral("items") }));
    CHECK(form.problems().value(QStringLiteral("item.0.quantity")).toString()
        == QStringLiteral("Item 1's quantity is not a number."));
    CHECK_FALSE(form.problems().contains(QStringLiteral("carrier_name"))); // not this step's
    items.step(row, 1); // not a number → 0, then + 1
    CHECK(items.data(items.index(row), GoodsItemsModel::QuantityRole).toString()
        == QStringLiteral("1"));
    items.step(row, -5);
    CHECK(items.data(items.index(row), GoodsItemsModel::QuantityRole).toString()
        == QStringLiteral("0"));
    items.setQuantityText(row, QStringLiteral("2,5"));
    items.setUnitOfMeasure(row, QStringLiteral("kg"));
    CHECK(form.validateStep({ QStringLiteral("items") }));
    items.removeRow(row);
    CHECK(items.rowCount() == 0);
    CHECK_FALSE(form.validateStep({ QStringLiteral("items") }));
}

TEST_CASE("a form is recorded once however often it is submitted", "[goodspass]")
{
    Kiosk kiosk;
    GoodsPassForm form;
    fillIn(form);
    form.adjustUntilHours(-11); // 08:00 – 07:00
    CHECK_FALSE(form.submit(QStringLiteral("P-0001")));
    CHECK(form.problems().value(QStringLiteral("valid_until")).toString()
        == QStringLiteral("The pass must end after it starts."));
    CHECK(kiosk.recorded() == 0);
    form.adjustUntilHours(11);
    REQUIRE(form.submit(QStringLiteral("P-0001")));
    CHECK(form.submitted());
    CHECK(form.reference().size() == 8);
    CHECK_FALSE(form.printed());
    CHECK(form.printNote().contains(QStringLiteral("no receipt printer")));
    CHECK(form.submit(QStringLiteral("P-0001")));
    CHECK(kiosk.recorded() == 1);
    const auto pass = kiosk.terminal->goodsPasses().find(form.passId());
    REQUIRE(pass);
    CHECK(pass->request.via == QStringLiteral("kiosk"));
    CHECK(pass->request.carrierIdLast4 == QStringLiteral("123X"));
    CHECK(pass->request.items.constFirst().quantity == 2);
}
