#include "core/role.h"

namespace lobbydesk {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Kiosk:
        return QStringLiteral("kiosk");
    case Role::Desk:
        return QStringLiteral("desk");
    case Role::Guard:
        return QStringLiteral("guard");
    }
    Q_UNREACHABLE();
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role role : { Role::Kiosk, Role::Desk, Role::Guard }) {
        if (roleKey(role) == key.trimmed().toLower())
            return role;
    }
    return std::nullopt;
}

QStringList roleKeys()
{
    return { roleKey(Role::Kiosk), roleKey(Role::Desk), roleKey(Role::Guard) };
}

} // namespace lobbydesk
