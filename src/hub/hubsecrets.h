#pragma once

#include <QString>

namespace lobbydesk {

// A one-time enrolment code a person types: 12 characters of Crockford base32 in three
// groups (7K3Q-9XWD-M2PA), 60 random bits.
[[nodiscard]] QString newEnrolmentCode();
// The code as it is stored and compared: upper case, no dashes or spaces, I/L→1, O→0;
// empty when it cannot be a code.
[[nodiscard]] QString normaliseEnrolmentCode(const QString &typed);

// A terminal's bearer token: 32 random bytes, base64url, with a prefix that makes a leaked
// token recognisable in logs and scanners.
[[nodiscard]] QString newDeviceToken();

// What the hub stores of a code or token: its SHA-256 (both are long random secrets, so a
// slow password hash would add nothing).
[[nodiscard]] QString secretHash(const QString &secret);

} // namespace lobbydesk
