#pragma once

#include "services/formfields.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lobbydesk {

// One row of a goods pass's item list.
struct GoodsItem
{
    QString name;
    double quantity = 0;
    QString unitOfMeasure; // one of goodsUnitsOfMeasure()

    friend bool operator==(const GoodsItem &, const GoodsItem &) = default;
};

// Why goods leave the building (product.md, "Goods-release pass").
[[nodiscard]] const QStringList &goodsPassReasons(); // move-out, repair, disposal, …
[[nodiscard]] const QStringList &goodsUnitsOfMeasure(); // pcs, boxes, …

// What a tenant (at the kiosk, identified by their card) or the desk on their behalf asks for.
struct GoodsPassRequest
{
    static constexpr int kMaxItems = 30; // a pass slip stays one readable roll length
    static constexpr int kMaxNameLength = 40;
    static constexpr int kMaxNoteLength = 200;
    static constexpr double kMaxQuantity = 99999;
    static constexpr int kMaxWindowDays = 14;
    static constexpr int kMaxReturnDays = 366;

    QString unit;
    QString applicantId; // a person of the building directory
    QString applicantName;
    QString carrierName;
    QString carrierPhone; // as typed; stored normalised
    QString carrierIdLast4; // last 4 characters of the carrier's ID (digits, or X last)
    QList<GoodsItem> items;
    QDateTime validFrom;
    QDateTime validUntil;
    QString plate; // optional vehicle plate
    bool returnable = false;
    QDate expectedReturn; // when returnable
    QString reason; // one of goodsPassReasons()
    QString reasonNote; // required for "other"
    QString via; // "kiosk" or "desk"

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static GoodsPassRequest fromJson(const QJsonObject &json);
};

// Every problem of a request, checked against `now`; empty when it can be recorded. The
// request comes back normalised (trimmed, phone in E.164, plate in capitals) through `request`.
[[nodiscard]] QList<FieldProblem> validateGoodsPassRequest(
    GoodsPassRequest &request, const QDateTime &now);

// Quantity as people write it: 3, 2.5 (no trailing zeros).
[[nodiscard]] QString quantityText(double quantity);
// The item list's digest carried in a pass token: 8 bytes of SHA-256 over its canonical form.
[[nodiscard]] QByteArray itemsDigest(const QList<GoodsItem> &items);

} // namespace lobbydesk
