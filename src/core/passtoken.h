#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QString>
#include <functional>
#include <optional>

namespace lobbydesk {

// The signed tokens in the QR codes of goods passes, invitations and visitor slips
// (docs/pass-format.md): a CBOR payload, the signing terminal's key id and its Ed25519
// signature, base45 text behind "LD1:". Any terminal of the site verifies one offline with the
// site's public keys. What the payload must say (kind, site, window, …) is the workflows' to
// check; this module says whether the token is genuine.

inline constexpr char kPassTokenPrefix[] = "LD1:";

// The token text for a payload, signed with a terminal's secret key.
[[nodiscard]] QString signPassToken(
    const QCborMap &payload, const QString &keyId, const QByteArray &secretKey);

// A public key of the site, as the hub distributed it (site.terminal.enrolled / .revoked).
struct PassSigner
{
    QByteArray publicKey; // 32 bytes
    QString terminalName;
    bool revoked = false;
};
using PassSignerLookup = std::function<std::optional<PassSigner>(const QString &keyId)>;

enum class PassTokenProblem {
    None,
    NotAToken, // some other text or QR code
    Damaged, // ours, but not decodable: truncated, a character changed, …
    UnknownKey, // a key this site does not know (another site's terminal, or not synced yet)
    RevokedKey, // a terminal the hub revoked
    BadSignature, // altered or forged
};

struct PassTokenCheck
{
    PassTokenProblem problem = PassTokenProblem::None;
    QString reason; // in words, for staff (English; screens translate the problem)
    QString keyId;
    QString signer; // the signing terminal's name, when known
    QCborMap payload; // only when problem is None

    [[nodiscard]] bool genuine() const { return problem == PassTokenProblem::None; }
};

[[nodiscard]] PassTokenCheck verifyPassToken(const QString &text, const PassSignerLookup &signerOf);

} // namespace lobbydesk
