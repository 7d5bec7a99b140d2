#pragma once

#include "core/event.h"

namespace lobbydesk {

constexpr qsizetype kEventHashSize = 32;

// The hash that chains a terminal's events: SHA-256 over the previous hash and each field,
// length-prefixed so that no two different events encode alike. docs/event-log.md has the layout.
[[nodiscard]] QByteArray eventHash(const Event &event);

[[nodiscard]] QByteArray genesisHash();

} // namespace lobbydesk
