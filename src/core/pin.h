#pragma once

#include <QString>

namespace lobbydesk {

// A PIN of digits kept only as an Argon2id hash (libsodium's crypto_pwhash_str): a staff
// member's sign-in PIN (docs/staff.md, set at the hub) and a tenant's card PIN (docs/ic-cards.md,
// set at the kiosk or the hub). Both are hashed and verified by the functions here.

// What a PIN must be. The parameters differ by holder; the hash does not.
struct PinRules
{
    int minDigits;
    int maxDigits;
    // Refuse PINs a stranger guesses first: one digit repeated (1111), digits counting up or
    // down (1234, 9876). A tenant's PIN blocks their card from the lobby, where anyone may try.
    bool refuseGuessable;
};

inline constexpr PinRules kStaffPinRules { 4, 8, false };
inline constexpr PinRules kTenantPinRules { 4, 6, true };

// Argon2id cost of a PIN hash. Measured (tests/bench/bench_staffpin.cpp, docs/benchmarks.md):
// one verify takes ~75 ms on the 2-core build machine; a small ARM terminal 5–7× slower stays
// near the 0.5 s a person at the counter accepts. The parameters travel inside each hash, so a
// change here only affects PINs set afterwards.
inline constexpr unsigned long long kPinOpsLimit = 2;
inline constexpr std::size_t kPinMemLimit = std::size_t(32) << 20; // 32 MiB

// Why `pin` cannot be a PIN under `rules`, as a sentence for the person choosing it (in the
// current language); empty when it can.
[[nodiscard]] QString pinRuleProblem(const QString &pin, const PinRules &rules);

// The "$argon2id$…" string of a PIN that passed pinRuleProblem; throws Error otherwise.
[[nodiscard]] QString hashPin(const QString &pin, const PinRules &rules);

// Whether `pin` matches `hash` (false for a malformed hash as well).
[[nodiscard]] bool pinMatches(const QString &hash, const QString &pin);

// Whether a stored or received text is an Argon2id hash (what a PIN event must carry).
[[nodiscard]] bool isPinHash(const QString &hash);

} // namespace lobbydesk
