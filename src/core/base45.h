#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace lobbydesk {

// Base45 (RFC 9285): bytes as text in the QR code's alphanumeric alphabet, so a pass token
// fits a smaller QR than base64 would (alphanumeric mode packs 2 characters in 11 bits).
[[nodiscard]] QString base45Encode(const QByteArray &bytes);
// nullopt for text that is not base45 (a character outside the alphabet, a dangling single
// character, a group above its range).
[[nodiscard]] std::optional<QByteArray> base45Decode(const QString &text);

} // namespace lobbydesk
