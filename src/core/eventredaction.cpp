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
        QStringLiteral("host_name"), QStringLiteral("borrower_name"),
        QStringLiteral("person_name") };
    return members;
}

// Key and card events name a tenant or staff member (the directory's, not retention's) unless
// the key was lent to a visitor or contractor, or the card is a temporary card for one: those
// names are part of a visit and go with it.
bool namesAVisitor(const QString &type, const QJsonObject &payload)
{
    if (type.startsWith(QLatin1String("key.")))
        return payload.value(QStringLiteral("borrower_kind")).toString() == u"visit";
    if (type.startsWith(QLatin1String("card.")))
        return payload.value(QStringLiteral("card_type")).toString() == u"temporary";
    return true;
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
        QStringLiteral("visit.invitation.created"), QStringLiteral("key.signed_out"),
        QStringLiteral("key.owner_notified"), QStringLiteral("key.overdue"),
        QStringLiteral("card.requested"), QStringLiteral("card.issued"),
        QStringLiteral("card.reported_lost"), QStringLiteral("card.cancelled"),
        QStringLiteral("card.payment.recorded") };
    return types;
}

QString personalEventTypesSql()
{
    QStringList quoted;
    for (const QString &type : personalEventTypes())
        quoted.append(QLatin1Char('\'') + type + QLatin1Char('\''));
    return QStringLiteral("type IN (%1)").arg(quoted.join(QStringLiteral(", ")));
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
    if (before.value(kRedacted).toBool(false) || !namesAVisitor(type, before))
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
