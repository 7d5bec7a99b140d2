#include "services/cardrequest.h"

namespace lobbydesk {

const QStringList &cardRequestKindKeys()
{
    static const QStringList keys { QStringLiteral("new"), QStringLiteral("replacement-lost"),
        QStringLiteral("replacement-damaged"), QStringLiteral("report-lost"),
        QStringLiteral("cancel"), QStringLiteral("temporary") };
    return keys;
}

QString cardRequestKindKey(CardRequestKind kind)
{
    return cardRequestKindKeys().at(int(kind));
}

std::optional<CardRequestKind> cardRequestKindFrom(const QString &key)
{
    const qsizetype index = cardRequestKindKeys().indexOf(key);
    if (index < 0)
        return std::nullopt;
    return CardRequestKind(index);
}

bool issuesACard(CardRequestKind kind)
{
    return kind == CardRequestKind::New || kind == CardRequestKind::ReplacementLost
        || kind == CardRequestKind::ReplacementDamaged || kind == CardRequestKind::Temporary;
}

QString cardRequestStateKey(CardRequest::State state)
{
    switch (state) {
    case CardRequest::State::Requested:
        return QStringLiteral("requested");
    case CardRequest::State::Approved:
        return QStringLiteral("approved");
    case CardRequest::State::Rejected:
        return QStringLiteral("rejected");
    case CardRequest::State::Issued:
        return QStringLiteral("issued");
    case CardRequest::State::Done:
        return QStringLiteral("done");
    }
    Q_UNREACHABLE();
}

} // namespace lobbydesk
