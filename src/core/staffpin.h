#pragma once

#include <QString>

namespace lobbydesk {

// A staff member's sign-in PIN (docs/staff.md): 4 to 8 digits, kept only as an Argon2id hash
// (libsodium's crypto_pwhash_str) made at the hub and verified offline on the terminals.

inline constexpr int kStaffPinMinDigits = 4;
inline constexpr int kStaffPinMaxDigits = 8;

// Argon2id cost of a PIN hash. Measured (tests/bench/bench_staffpin.cpp, docs/benchmarks.md):
// one verify takes ~75 ms on the 2-core build machine; a small ARM terminal 5–7× slower stays
// near the 0.5 s a person at the counter accepts. The parameters travel inside each hash, so a
// change here only affects PINs set afterwards.
inline constexpr unsigned long long kStaffPinOpsLimit = 2;
inline constexpr std::size_t kStaffPinMemLimit = std::size_t(32) << 20; // 32 MiB

// Why `pin` cannot be a PIN, in words for the person setting it; empty when it can.
[[nodiscard]] QString staffPinRuleProblem(const QString &pin);

// The "$argon2id$…" string of a PIN that passed staffPinRuleProblem; throws Error otherwise.
[[nodiscard]] QString hashStaffPin(const QString &pin);

// Whether `pin` matches `hash` (false for a malformed hash as well).
[[nodiscard]] bool staffPinMatches(const QString &hash, const QString &pin);

} // namespace lobbydesk
