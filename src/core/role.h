#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace lobbydesk {

// The three kinds of terminal (product.md, "Who uses it, where").
enum class Role { Kiosk, Desk, Guard };

[[nodiscard]] QString roleKey(Role role);
[[nodiscard]] std::optional<Role> roleFromKey(const QString &key);
[[nodiscard]] QStringList roleKeys();

} // namespace lobbydesk
