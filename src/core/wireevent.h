#pragma once

#include "core/event.h"

#include <QJsonObject>

namespace lobbydesk {

// An event as it travels between terminal and hub (docs/sync-protocol.md): the fields of the
// hash chain, the payload as the exact JSON text that was hashed, hashes in hex; and
// "redacted": true for an event whose personal data retention removed (its payload no longer
// matches its hash).
[[nodiscard]] QJsonObject eventToWire(const Event &event);

// Reads an event off the wire; throws Error(Invalid) naming the field that is missing or
// malformed. Does not check the hash (the receiver decides what a mismatch means).
// `payload`, when given, receives the parsed payload (it is parsed to be checked anyway).
[[nodiscard]] Event eventFromWire(const QJsonObject &json, QJsonObject *payload = nullptr);

} // namespace lobbydesk
