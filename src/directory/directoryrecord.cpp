#include "directory/directoryrecord.h"

#include <array>

namespace lobbydesk {
namespace {

constexpr std::array kKinds { DirectoryKind::Unit, DirectoryKind::Company, DirectoryKind::Person,
    DirectoryKind::Staff };

} // namespace

QString kindName(DirectoryKind kind)
{
    switch (kind) {
    case DirectoryKind::Unit:
        return QStringLiteral("unit");
    case DirectoryKind::Company:
        return QStringLiteral("company");
    case DirectoryKind::Person:
        return QStringLiteral("person");
    case DirectoryKind::Staff:
        return QStringLiteral("staff");
    }
    return {};
}

std::optional<DirectoryKind> directoryKindNamed(const QString &name)
{
    for (const DirectoryKind kind : kKinds) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString eventType(DirectoryKind kind)
{
    return QStringLiteral("directory.%1.upserted").arg(kindName(kind));
}

std::optional<DirectoryKind> directoryKindOfEvent(const QString &type)
{
    for (const DirectoryKind kind : kKinds) {
        if (eventType(kind) == type)
            return kind;
    }
    return std::nullopt;
}

} // namespace lobbydesk
