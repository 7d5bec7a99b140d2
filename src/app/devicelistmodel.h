#pragma once

#include "app/qmlsingleton.h"
#include "drivers/device.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace lobbydesk {

// The terminal's devices and their states, for the staff status bar.
class DeviceListModel final : public QAbstractListModel, public QmlSingleton<DeviceListModel>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_DISABLE_COPY_MOVE(DeviceListModel)

public:
    enum Roles { KindRole = Qt::UserRole + 1, StateRole, DetailRole };
    Q_ENUM(Roles)

    explicit DeviceListModel(QList<Device *> devices, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    QList<Device *> m_devices;
};

} // namespace lobbydesk
