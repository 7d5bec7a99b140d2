#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace lobbydesk {

// The four kinds of entry in a building's directory (docs/directory.md).
enum class DirectoryKind { Unit, Company, Person, Staff };

// One entry to upsert: the payload is exactly the payload of its event (eventType(kind)).
struct DirectoryRecord
{
    DirectoryKind kind;
    QString id;
    QJsonObject payload;
};

// "directory.unit.upserted", "directory.company.upserted", "directory.person.upserted",
// "directory.staff.upserted": the hub's events that carry the directory down to terminals.
[[nodiscard]] QString eventType(DirectoryKind kind);
[[nodiscard]] std::optional<DirectoryKind> directoryKindOfEvent(const QString &type);

// "unit", "company", "person", "staff": the CSV's kind column and the payload's id member.
[[nodiscard]] QString kindName(DirectoryKind kind);
[[nodiscard]] std::optional<DirectoryKind> directoryKindNamed(const QString &name);

} // namespace lobbydesk
