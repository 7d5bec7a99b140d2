#include "app/devicelistmodel.h"

#include <QMetaEnum>

namespace lobbydesk {
namespace {

// Stable keys for QML, which words them in the screen's language.
QString enumKey(auto value)
{
    return QString::fromLatin1(QMetaEnum::fromType<decltype(value)>().valueToKey(int(value)));
}

} // namespace

DeviceListModel::DeviceListModel(QList<Device *> devices, QObject *parent)
    : QAbstractListModel(parent)
    , m_devices(std::move(devices))
{
    for (int row = 0; row < m_devices.size(); ++row) {
        connect(m_devices[row], &Device::stateChanged, this, [this, row] {
            emit dataChanged(index(row), index(row), { StateRole, DetailRole });
        });
    }
}

int DeviceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Device *device = m_devices.at(index.row());
    switch (role) {
    case KindRole:
        return enumKey(device->kind());
    case StateRole:
        return enumKey(device->state());
    case DetailRole:
        return device->detail();
    default:
        return {};
    }
}

QHash<int, QByteArray> DeviceListModel::roleNames() const
{
    return { { KindRole, "deviceKind" }, { StateRole, "deviceState" },
        { DetailRole, "deviceDetail" } };
}

} // namespace lobbydesk
