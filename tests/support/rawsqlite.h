#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

// Direct SQLite C API access for tests that must see or damage a file behind the store's back.
namespace rawsqlite {

// Runs SQL (several statements allowed); throws std::runtime_error with SQLite's message.
void exec(const QString &path, const QString &sql);

// The first column of the first row, or an invalid QVariant for no row.
[[nodiscard]] QVariant scalar(const QString &path, const QString &sql);

// The first column of every row as text (NULL as an empty string), in the query's order.
[[nodiscard]] QStringList column(const QString &path, const QString &sql);

} // namespace rawsqlite
