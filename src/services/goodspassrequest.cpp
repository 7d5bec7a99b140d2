#include "services/goodspassrequest.h"

#include "directory/directorycsv.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace lobbydesk {
namespace {

// The messages' translation context, declared so that lupdate files them under it too.
struct GoodsPassText
{
    Q_DECLARE_TR_FUNCTIONS(GoodsPassText)
};

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

const QStringList &goodsPassReasons()
{
    static const QStringList reasons { QStringLiteral("move-out"), QStringLiteral("repair"),
        QStringLiteral("disposal"), QStringLiteral("return-to-supplier"),
        QStringLiteral("relocation"), QStringLiteral("other") };
    return reasons;
}

const QStringList &goodsUnitsOfMeasure()
{
    static const QStringList units { QStringLiteral("pcs"), QStringLiteral("boxes"),
        QStringLiteral("sets"), QStringLiteral("bags"), QStringLiteral("pallets"),
        QStringLiteral("kg") };
    return units;
}

QString quantityText(double quantity)
{
    return QString::number(quantity, 'g', 10);
}

QByteArray itemsDigest(const QList<GoodsItem> &items)
{
    // One line per item, fields separated by a unit separator: no item name can forge another
    // split of the same bytes.
    QByteArray canonical;
    for (const GoodsItem &item : items)
        canonical += item.name.toUtf8() + '\x1f' + quantityText(item.quantity).toUtf8() + '\x1f'
            + item.unitOfMeasure.toUtf8() + '\n';
    return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).left(8);
}

QJsonObject GoodsPassRequest::toJson() const
{
    QJsonArray itemRows;
    for (const GoodsItem &item : items)
        itemRows.append(QJsonObject { { QStringLiteral("name"), item.name },
            { QStringLiteral("quantity"), item.quantity },
            { QStringLiteral("uom"), item.unitOfMeasure } });
    return QJsonObject {
        { QStringLiteral("unit"), unit },
        { QStringLiteral("applicant"), applicantId },
        { QStringLiteral("applicant_name"), applicantName },
        { QStringLiteral("carrier_name"), carrierName },
        { QStringLiteral("carrier_phone"), carrierPhone },
        { QStringLiteral("carrier_id_last4"), carrierIdLast4 },
        { QStringLiteral("items"), itemRows },
        { QStringLiteral("valid_from"), isoOrEmpty(validFrom) },
        { QStringLiteral("valid_until"), isoOrEmpty(validUntil) },
        { QStringLiteral("plate"), plate },
        { QStringLiteral("returnable"), returnable },
        { QStringLiteral("expected_return"),
            expectedReturn.isValid() ? expectedReturn.toString(Qt::ISODate) : QString() },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("reason_note"), reasonNote },
        { QStringLiteral("via"), via },
    };
}

GoodsPassRequest GoodsPassRequest::fromJson(const QJsonObject &json)
{
    GoodsPassRequest request;
    const auto text
        = [&json](const char *key) { return json.value(QLatin1String(key)).toString(); };
    request.unit = text("unit");
    request.applicantId = text("applicant");
    request.applicantName = text("applicant_name");
    request.carrierName = text("carrier_name");
    request.carrierPhone = text("carrier_phone");
    request.carrierIdLast4 = text("carrier_id_last4");
    for (const QJsonValue &row : json.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = row.toObject();
        request.items.append({ item.value(QStringLiteral("name")).toString(),
            item.value(QStringLiteral("quantity")).toDouble(),
            item.value(QStringLiteral("uom")).toString() });
    }
    request.validFrom = QDateTime::fromString(text("valid_from"), Qt::ISODate);
    request.validUntil = QDateTime::fromString(text("valid_until"), Qt::ISODate);
    request.plate = text("plate");
    request.returnable = json.value(QStringLiteral("returnable")).toBool();
    request.expectedReturn = QDate::fromString(text("expected_return"), Qt::ISODate);
    request.reason = text("reason");
    request.reasonNote = text("reason_note");
    request.via = text("via");
    return request;
}

QList<FieldProblem> validateGoodsPassRequest(GoodsPassRequest &request, const QDateTime &now)
{
    QList<FieldProblem> problems;
    const auto refuse = [&problems](const QString &field, const QString &message) {
        problems.append({ field, message });
    };
    const auto nameProblem = [&refuse](const QString &field, QString &value, const QString &what) {
        value = value.simplified();
        if (value.isEmpty())
            refuse(field, GoodsPassText::tr("Enter %1.").arg(what));
        else if (value.size() > GoodsPassRequest::kMaxNameLength)
            refuse(field,
                GoodsPassText::tr("%1 is at most %2 characters.")
                    .arg(what)
                    .arg(GoodsPassRequest::kMaxNameLength));
    };

    request.unit = request.unit.trimmed();
    if (request.unit.isEmpty())
        refuse(QStringLiteral("unit"), GoodsPassText::tr("Choose the unit the goods leave from."));
    if (request.applicantId.trimmed().isEmpty())
        refuse(QStringLiteral("applicant"),
            GoodsPassText::tr("Say who applies: tap their card or pick them."));

    nameProblem(QStringLiteral("carrier_name"), request.carrierName,
        GoodsPassText::tr("the carrier's name"));
    if (request.carrierPhone.trimmed().isEmpty()) {
        refuse(QStringLiteral("carrier_phone"),
            GoodsPassText::tr("Enter the carrier's mobile number."));
    } else if (const auto phone = normalizedPhone(request.carrierPhone)) {
        request.carrierPhone = *phone;
    } else {
        refuse(QStringLiteral("carrier_phone"),
            GoodsPassText::tr(
                "This is not a phone number: a mainland mobile has 11 digits, a Hong Kong or "
                "Macau number 8, a Taiwan mobile starts 09; others start with +."));
    }
    request.carrierIdLast4 = request.carrierIdLast4.trimmed().toUpper();
    static const QRegularExpression idLast4(QStringLiteral("^[0-9]{3}[0-9X]$"));
    if (!idLast4.match(request.carrierIdLast4).hasMatch())
        refuse(QStringLiteral("carrier_id_last4"),
            GoodsPassText::tr(
                "Enter the last 4 characters of the carrier's ID: digits, the last may be X."));

    if (request.items.isEmpty())
        refuse(QStringLiteral("items"), GoodsPassText::tr("List at least one item."));
    if (request.items.size() > GoodsPassRequest::kMaxItems)
        refuse(QStringLiteral("items"),
            GoodsPassText::tr(
                "A pass lists at most %1 items; this one has %2. Make a second pass for the rest.")
                .arg(GoodsPassRequest::kMaxItems)
                .arg(request.items.size()));
    for (qsizetype i = 0; i < request.items.size() && i < GoodsPassRequest::kMaxItems; ++i) {
        GoodsItem &item = request.items[i];
        const QString row = QStringLiteral("item.%1.").arg(i);
        item.name = item.name.simplified();
        if (item.name.isEmpty())
            refuse(row + QStringLiteral("name"),
                GoodsPassText::tr("Item %1 needs a name.").arg(i + 1));
        else if (item.name.size() > GoodsPassRequest::kMaxNameLength)
            refuse(row + QStringLiteral("name"),
                GoodsPassText::tr("Item %1's name is at most %2 characters.")
                    .arg(i + 1)
                    .arg(GoodsPassRequest::kMaxNameLength));
        if (!(item.quantity > 0) || item.quantity > GoodsPassRequest::kMaxQuantity)
            refuse(row + QStringLiteral("quantity"),
                GoodsPassText::tr("Item %1's quantity must be more than 0 and at most %2.")
                    .arg(i + 1)
                    .arg(quantityText(GoodsPassRequest::kMaxQuantity)));
        else if (item.unitOfMeasure != QStringLiteral("kg")
            && item.quantity != static_cast<double>(static_cast<qint64>(item.quantity)))
            refuse(row + QStringLiteral("quantity"),
                GoodsPassText::tr("Item %1 is counted in whole numbers.").arg(i + 1));
        if (!goodsUnitsOfMeasure().contains(item.unitOfMeasure))
            refuse(row + QStringLiteral("uom"),
                GoodsPassText::tr("Choose how item %1 is counted.").arg(i + 1));
    }

    if (!request.validFrom.isValid() || !request.validUntil.isValid()) {
        refuse(QStringLiteral("valid_until"),
            GoodsPassText::tr("Choose when the goods leave (from and until)."));
    } else if (request.validUntil <= request.validFrom) {
        refuse(
            QStringLiteral("valid_until"), GoodsPassText::tr("The pass must end after it starts."));
    } else if (request.validUntil <= now) {
        refuse(QStringLiteral("valid_until"), GoodsPassText::tr("This window is already over."));
    } else if (request.validFrom.daysTo(request.validUntil) > GoodsPassRequest::kMaxWindowDays) {
        refuse(QStringLiteral("valid_until"),
            GoodsPassText::tr("A pass is valid for at most %1 days.")
                .arg(GoodsPassRequest::kMaxWindowDays));
    }

    request.plate = normalizedPlate(request.plate);
    if (!request.plate.isEmpty() && !isPlausiblePlate(request.plate))
        refuse(QStringLiteral("plate"),
            GoodsPassText::tr(
                "This is not a vehicle plate (for example 粤B12345, AB1234); leave it empty if "
                "the goods leave on foot."));

    if (request.returnable) {
        if (!request.expectedReturn.isValid())
            refuse(QStringLiteral("expected_return"),
                GoodsPassText::tr("Say when the goods come back."));
        else if (request.validFrom.isValid()
            && (request.expectedReturn < request.validFrom.toLocalTime().date()
                || request.validFrom.date().daysTo(request.expectedReturn)
                    > GoodsPassRequest::kMaxReturnDays))
            refuse(QStringLiteral("expected_return"),
                GoodsPassText::tr(
                    "The return date must be after the goods leave and within a year."));
    } else {
        request.expectedReturn = {};
    }

    request.reasonNote = request.reasonNote.simplified();
    if (!goodsPassReasons().contains(request.reason))
        refuse(QStringLiteral("reason"), GoodsPassText::tr("Choose why the goods leave."));
    else if (request.reason == QStringLiteral("other") && request.reasonNote.isEmpty())
        refuse(QStringLiteral("reason_note"), GoodsPassText::tr("Say why the goods leave."));
    if (request.reasonNote.size() > GoodsPassRequest::kMaxNoteLength)
        refuse(QStringLiteral("reason_note"),
            GoodsPassText::tr("The note is at most %1 characters.")
                .arg(GoodsPassRequest::kMaxNoteLength));
    return problems;
}

} // namespace lobbydesk
