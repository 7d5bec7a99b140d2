#pragma once

#include <QString>
#include <stdexcept>

namespace lobbydesk {

// An error that carries a reason a person can act on; thrown across layers, caught at the edge
// (screen, CLI, test) where it is shown.
class Error : public std::runtime_error
{
public:
    enum class Kind {
        Config, // a bad or unreadable config file
        NotWritable, // data directory or file cannot be written
        Corrupt, // the database file is damaged or not ours
        NewerSchema, // the database comes from a newer LobbyDesk
        Migration, // a schema migration failed (old schema kept)
        DiskFull, // no space left: the write did not happen
        Io, // sync failed, other I/O: the write may or may not have happened
        Invalid, // a caller passed something invalid
    };

    Error(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    { }

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const QString &message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace lobbydesk
