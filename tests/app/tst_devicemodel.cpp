#include "app/devicelistmodel.h"
#include "drivers/unconfigureddevice.h"

#include <QAbstractItemModelTester>
#include <catch2/catch.hpp>

using namespace lobbydesk;

TEST_CASE("the device model lists each device with its state", "[devices]")
{
    UnconfiguredDevice reader(Device::Kind::CardReader);
    UnconfiguredDevice printer(Device::Kind::ReceiptPrinter);
    DeviceListModel model({ &reader, &printer });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(0), DeviceListModel::KindRole).toString()
        == QStringLiteral("CardReader"));
    CHECK(model.data(model.index(1), DeviceListModel::KindRole).toString()
        == QStringLiteral("ReceiptPrinter"));
    CHECK(model.data(model.index(1), DeviceListModel::StateRole).toString()
        == QStringLiteral("NotConfigured"));
    CHECK(model.roleNames().value(DeviceListModel::StateRole) == QByteArray("deviceState"));
}
