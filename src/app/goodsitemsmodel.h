#pragma once

#include "services/goodspassrequest.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <optional>

namespace lobbydesk {

// The item list of a goods pass being composed: rows a finger adds and removes, a name typed on
// the on-screen keyboard, a quantity kept as typed (a stepper changes it), a unit of measure.
// Not final: registering a default-constructible QML_ELEMENT derives QQmlElement<T> from it, even
// when QML may not create one (qqmlprivate.h, Qt 6.4).
class GoodsItemsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A goods pass form owns its item list")
    Q_DISABLE_COPY_MOVE(GoodsItemsModel)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { NameRole = Qt::UserRole + 1, QuantityRole, UnitOfMeasureRole };

    explicit GoodsItemsModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // A new empty row counted in pieces, quantity 1; returns its index (-1 when full).
    Q_INVOKABLE int addRow();
    Q_INVOKABLE void removeRow(int row);
    Q_INVOKABLE void setName(int row, const QString &name);
    Q_INVOKABLE void setQuantityText(int row, const QString &text);
    Q_INVOKABLE void setUnitOfMeasure(int row, const QString &uom);
    // The stepper: whole steps, never below 0; a quantity that is not a number becomes 0 first.
    Q_INVOKABLE void step(int row, int delta);

    // The rows as the service takes them; a quantity that is not a number counts as 0.
    [[nodiscard]] QList<GoodsItem> items() const;
    // The quantity as a number, or nullopt when the text is not one.
    [[nodiscard]] static std::optional<double> parseQuantity(const QString &text);
    [[nodiscard]] bool quantityIsNumber(int row) const;

signals:
    void countChanged();
    void edited();

private:
    struct Row
    {
        QString name;
        QString quantity;
        QString uom;
    };
    void changeRow(int row, const std::function<void(Row &)> &change, int role);

    QList<Row> m_rows;
};

} // namespace lobbydesk
