#include "ctlpass.h"

#include "services/goodspasses.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lobbydesk {
namespace {

// The word the guard screen shows in large type.
QString colourWord(PassVerdict::Colour colour)
{
    switch (colour) {
    case PassVerdict::Colour::Green:
        return QStringLiteral("VALID");
    case PassVerdict::Colour::Amber:
        return QStringLiteral("CHECK");
    case PassVerdict::Colour::Red:
        return QStringLiteral("NOT VALID");
    }
    Q_UNREACHABLE();
}

int exitCode(PassVerdict::Colour colour)
{
    switch (colour) {
    case PassVerdict::Colour::Green:
        return kVerdictGreen;
    case PassVerdict::Colour::Amber:
        return kVerdictAmber;
    case PassVerdict::Colour::Red:
        return kVerdictRed;
    }
    Q_UNREACHABLE();
}

// As the guard screen writes times: the terminal's local time, to the minute.
QString localTime(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoUtc(time)) : QJsonValue();
}

QJsonArray itemsJson(const QList<GoodsItem> &items)
{
    QJsonArray rows;
    for (const GoodsItem &item : items)
        rows.append(QJsonObject { { QStringLiteral("name"), item.name },
            { QStringLiteral("quantity"), item.quantity },
            { QStringLiteral("uom"), item.unitOfMeasure } });
    return rows;
}

QString itemText(const GoodsItem &item)
{
    return QStringLiteral("%1 %2  %3")
        .arg(quantityText(item.quantity), item.unitOfMeasure, item.name);
}

QJsonObject verdictJson(const PassVerdict &verdict)
{
    QJsonArray uses;
    for (const GoodsPassUse &use : verdict.uses)
        uses.append(QJsonObject { { QStringLiteral("terminal_id"), use.terminalId },
            { QStringLiteral("terminal"), use.terminalName },
            { QStringLiteral("used_at"), timeOrNull(use.usedAt) },
            { QStringLiteral("guard"), use.guard }, { QStringLiteral("partial"), use.partial },
            { QStringLiteral("note"), use.note },
            { QStringLiteral("released"), itemsJson(use.released) } });
    return {
        { QStringLiteral("verdict"), verdictColourKey(verdict.colour) },
        { QStringLiteral("reason"), verdictReasonKey(verdict.reason) },
        { QStringLiteral("message"), verdict.message },
        { QStringLiteral("pass_id"), textOrNull(verdict.passId) },
        { QStringLiteral("number"), textOrNull(verdict.number) },
        { QStringLiteral("unit"), textOrNull(verdict.unit) },
        { QStringLiteral("plate"), textOrNull(verdict.plate) },
        { QStringLiteral("signer"), textOrNull(verdict.signer) },
        { QStringLiteral("valid_from"), timeOrNull(verdict.validFrom) },
        { QStringLiteral("valid_until"), timeOrNull(verdict.validUntil) },
        { QStringLiteral("item_count"), verdict.itemCount },
        { QStringLiteral("items_known"), verdict.itemsKnown },
        { QStringLiteral("items"), itemsJson(verdict.items) },
        { QStringLiteral("uses"), uses },
        { QStringLiteral("hours_since_sync"),
            verdict.hoursSinceSync ? QJsonValue(*verdict.hoursSinceSync) : QJsonValue() },
    };
}

void printVerdict(const PassVerdict &verdict, QTextStream &out)
{
    out << colourWord(verdict.colour) << "  (" << verdictReasonKey(verdict.reason) << ")\n"
        << verdict.message << '\n';
    const auto field = [&out](const char *label, const QString &value) {
        if (!value.isEmpty())
            out << QStringLiteral("%1 %2\n").arg(QLatin1String(label), -9).arg(value);
    };
    field("number:", verdict.number);
    field("unit:", verdict.unit);
    field("plate:", verdict.plate);
    field("signer:", verdict.signer);
    if (verdict.validFrom.isValid() && verdict.validUntil.isValid())
        field("window:",
            QStringLiteral("%1 to %2")
                .arg(localTime(verdict.validFrom), localTime(verdict.validUntil)));
    if (verdict.itemsKnown) {
        field("items:", QString::number(verdict.items.size()));
        for (const GoodsItem &item : verdict.items)
            out << "  " << itemText(item) << '\n';
    } else if (!verdict.passId.isEmpty()) {
        field("items:",
            QStringLiteral("not synced here: %1 items (check them against the slip)")
                .arg(verdict.itemCount));
    }
    for (const GoodsPassUse &use : verdict.uses) {
        QString line
            = QStringLiteral("%1 at %2 by %3")
                  .arg(localTime(use.usedAt), use.terminalName,
                      use.guard.isEmpty() ? QStringLiteral("(guard not recorded)") : use.guard);
        if (use.partial)
            line += QStringLiteral(", partial");
        if (!use.note.isEmpty())
            line += QStringLiteral(": ") + use.note;
        field("used:", line);
    }
    if (verdict.reason == PassVerdict::Reason::Valid
        || verdict.reason == PassVerdict::Reason::StaleSync)
        field("synced:",
            verdict.hoursSinceSync ? QStringLiteral("%1 hours ago").arg(*verdict.hoursSinceSync)
                                   : QStringLiteral("never"));
}

} // namespace

int ctlPassVerify(Store &store, const QString &scannedOrTyped, bool json, QTextStream &out)
{
    const GoodsPasses passes(store.events());
    const PassVerdict verdict = passes.verify(scannedOrTyped);
    if (json)
        out << QString::fromUtf8(QJsonDocument(verdictJson(verdict)).toJson(QJsonDocument::Compact))
            << '\n';
    else
        printVerdict(verdict, out);
    return exitCode(verdict.colour);
}

std::optional<QString> readScannedLine(QTextStream &in)
{
    QString line;
    while (in.readLineInto(&line)) {
        // A scanner may end its codes with CR alone: the first part is the code.
        for (const QString &part : line.split(QLatin1Char('\r'), Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                return part.trimmed();
        }
    }
    return std::nullopt;
}

} // namespace lobbydesk
