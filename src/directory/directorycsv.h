#pragma once

#include "directory/directoryrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace lobbydesk {

// A problem with one row of a directory file (or with the whole file), worded for the
// property manager who wrote it. line counts as a text editor does: the header is line 1, and
// a quoted cell that spans lines moves the later rows down.
struct DirectoryRowError
{
    int line = 0;
    QString message;

    [[nodiscard]] QString text() const; // "line 7: company C-XYZ is not in the directory; …"
};

// What a directory CSV file says. All or nothing: when there is any error, records is empty,
// so a caller cannot apply half a file by mistake.
struct DirectoryImport
{
    QList<DirectoryRecord> records; // units, then companies, people, staff; file order within
    QList<DirectoryRowError> errors; // sorted by line
    int rows = 0; // data rows read, blank ones not counted

    [[nodiscard]] bool ok() const { return errors.isEmpty(); }
};

// Whether the directory already holds an entry (imported before); lets a file refer to units
// and companies it does not define itself.
using DirectoryKnown = std::function<bool(DirectoryKind kind, const QString &id)>;

// Parses a directory file (docs/directory.md: RFC 4180, UTF-8 with or without BOM, a header of
// kind,id,name,unit,floor,company,roles,phone,cards,approval,active in any order). Pure: no
// I/O, no database.
[[nodiscard]] DirectoryImport parseDirectoryCsv(
    const QByteArray &utf8, const DirectoryKnown &known = {});

// A phone number as the directory stores it: mainland mobiles and Taiwan mobiles as E.164
// (+8613800000000, +886912345678), Hong Kong and Macau 8-digit numbers as the 8 digits (the
// two cannot be told apart), "+…" numbers as + and their digits. Spaces and dashes are
// dropped. nullopt when it is none of these.
[[nodiscard]] std::optional<QString> normalizedPhone(const QString &text);

// A card UID as the directory stores it: 8, 14 or 20 hex digits in upper case (4, 7 or
// 10-byte UIDs), or 10 decimal digits (the number printed on an EM4100 card) as given. Spaces,
// colons and dashes are dropped. nullopt when it is neither.
[[nodiscard]] std::optional<QString> normalizedCardUid(const QString &text);

} // namespace lobbydesk
