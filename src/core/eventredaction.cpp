#include "core/eventredaction.h"

#include "core/event.h"

#include <QJsonDocument>

namespace lobbydesk {
namespace {

const QString kRedacted = QStringLiteral("redacted");

const QStringList &idMembers()
{
    static const QStringList members { QStringLiteral("id_last4"), QStringLiteral("id_hash") };
    return members;
}

const QStringList &personalMembers()
{
    static const QStringList members { QStringLiteral("name"), QStringLiteral("phone"),
        QStringLiteral("plate"), QStringLiteral("items"), QStringLiteral("purpose_note"),
        QStringLiteral("id_last4"), QStringLiteral("id_hash"), QStringLiteral("token"),
        QStringLiteral("host_name") };
    return members;
}

} // namespace

RetentionCutoffs RetentionCutoffs::before(const QDateTime &now, int visitDays, int idDays)
{
    const QDateTime utc = now.toUTC();
    return { utc.addDays(-visitDays), utc.addDays(-idDays) };
}

const QStringList &personalEventTypes()
{
    static const QStringList types { QStringLiteral("visit.checked_in"),
        QStringLiteral("visit.invitation.created") };
    return types;
}

QJsonObject redactedPayload(const QJsonObject &payload)
{
    QJsonObject kept = payload;
    for (const QString &member : personalMembers())
        kept.remove(member);
    kept.insert(kRedacted, true);
    return kept;
}

QJsonObject payloadWithoutIdFragments(const QJsonObject &payload)
{
    QJsonObject kept = payload;
    for (const QString &member : idMembers())
        kept.remove(member);
    if (!kept.value(kRedacted).isBool())
        kept.insert(kRedacted, QStringLiteral("id"));
    return kept;
}

std::optional<QByteArray> redactionOf(const QString &type, const QByteArray &payload,
    const QDateTime &occurredAt, const RetentionCutoffs &cutoffs)
{
    if (!personalEventTypes().contains(type))
        return std::nullopt;
    const QJsonObject before = QJsonDocument::fromJson(payload).object();
    if (before.value(kRedacted).toBool(false))
        return std::nullopt;
    QDateTime from = occurredAt;
    if (type == QStringLiteral("visit.invitation.created")) {
        const QDateTime until = QDateTime::fromString(
            before.value(QStringLiteral("valid_until")).toString(), Qt::ISODateWithMs);
        if (until.isValid())
            from = until;
    }
    QJsonObject after;
    if (from < cutoffs.visits)
        after = redactedPayload(before);
    else if (occurredAt < cutoffs.idFragments) {
        bool holdsId = false;
        for (const QString &member : idMembers())
            holdsId = holdsId || !before.value(member).toString().isEmpty();
        if (!holdsId)
            return std::nullopt;
        after = payloadWithoutIdFragments(before);
    } else {
        return std::nullopt;
    }
    return QJsonDocument(after).toJson(QJsonDocument::Compact);
}

} // namespace lobbydesk
