#pragma once

#include <QString>
#include <optional>

namespace lobbydesk {

// One result of a line or RDM6300 reader: a UID (uppercase hex), or why the input was skipped.
struct UidReading
{
    std::optional<QString> uid;
    QString problem;

    [[nodiscard]] bool ok() const { return uid.has_value(); }
};

} // namespace lobbydesk
