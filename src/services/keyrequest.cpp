#include "services/keyrequest.h"

namespace lobbydesk {

QString keyTypeKey(KeyType type)
{
    switch (type) {
    case KeyType::UnitSpare:
        return QStringLiteral("unit_spare");
    case KeyType::Common:
        return QStringLiteral("common");
    case KeyType::PlantRoom:
        return QStringLiteral("plant_room");
    case KeyType::Master:
        return QStringLiteral("master");
    }
    Q_UNREACHABLE();
}

std::optional<KeyType> keyTypeFromKey(const QString &key)
{
    for (KeyType type :
        { KeyType::UnitSpare, KeyType::Common, KeyType::PlantRoom, KeyType::Master }) {
        if (keyTypeKey(type) == key)
            return type;
    }
    return std::nullopt;
}

} // namespace lobbydesk
