#pragma once

#include <QStringList>
#include <vector>

namespace lobbydesk {

// The hub's schema, one list of statements per version, written in the SQL that SQLite and
// PostgreSQL share (TEXT and BIGINT columns, hashes and keys as hex/base64 text).
[[nodiscard]] const std::vector<QStringList> &hubSchema();

} // namespace lobbydesk
