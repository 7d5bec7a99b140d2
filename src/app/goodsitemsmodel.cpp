#include "app/goodsitemsmodel.h"

#include <algorithm>
#include <cmath>

namespace lobbydesk {

GoodsItemsModel::GoodsItemsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int GoodsItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant GoodsItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case NameRole:
        return row.name;
    case QuantityRole:
        return row.quantity;
    case UnitOfMeasureRole:
        return row.uom;
    default:
        return {};
    }
}

QHash<int, QByteArray> GoodsItemsModel::roleNames() const
{
    return { { NameRole, "name" }, { QuantityRole, "quantity" },
        { UnitOfMeasureRole, "unitOfMeasure" } };
}

int GoodsItemsModel::addRow()
{
    if (m_rows.size() >= GoodsPassRequest::kMaxItems)
        return -1;
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({ {}, QStringLiteral("1"), goodsUnitsOfMeasure().constFirst() });
    endInsertRows();
    emit countChanged();
    emit edited();
    return row;
}

void GoodsItemsModel::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit countChanged();
    emit edited();
}

void GoodsItemsModel::changeRow(int row, const std::function<void(Row &)> &change, int role)
{
    if (row < 0 || row >= m_rows.size())
        return;
    change(m_rows[row]);
    emit dataChanged(index(row), index(row), { role });
    emit edited();
}

void GoodsItemsModel::setName(int row, const QString &name)
{
    changeRow(
        row, [&name](Row &r) { r.name = name; }, NameRole);
}

void GoodsItemsModel::setQuantityText(int row, const QString &text)
{
    changeRow(
        row, [&text](Row &r) { r.quantity = text.trimmed(); }, QuantityRole);
}

void GoodsItemsModel::setUnitOfMeasure(int row, const QString &uom)
{
    changeRow(
        row, [&uom](Row &r) { r.uom = uom; }, UnitOfMeasureRole);
}

void GoodsItemsModel::step(int row, int delta)
{
    changeRow(
        row,
        [delta](Row &r) {
            const double now = parseQuantity(r.quantity).value_or(0);
            const double next
                = std::clamp(std::floor(now) + delta, 0.0, GoodsPassRequest::kMaxQuantity);
            r.quantity = quantityText(next);
        },
        QuantityRole);
}

std::optional<double> GoodsItemsModel::parseQuantity(const QString &text)
{
    // Either decimal mark: 2.5 and 2,5 are both typed in these languages.
    QString plain = text.trimmed();
    plain.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = plain.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

bool GoodsItemsModel::quantityIsNumber(int row) const
{
    return row >= 0 && row < m_rows.size() && parseQuantity(m_rows.at(row).quantity).has_value();
}

QList<GoodsItem> GoodsItemsModel::items() const
{
    QList<GoodsItem> items;
    for (const Row &row : m_rows)
        items.append({ row.name, parseQuantity(row.quantity).value_or(0), row.uom });
    return items;
}

} // namespace lobbydesk
