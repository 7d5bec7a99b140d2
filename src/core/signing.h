#pragma once

#include <QByteArray>
#include <QString>

namespace lobbydesk {

// A terminal's Ed25519 key pair (libsodium). The public key goes to the hub at enrolment and
// from there to every terminal of the site, which verifies pass tokens with it offline.
struct SigningKeyPair
{
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes (libsodium's seed + public key form)
};

[[nodiscard]] SigningKeyPair generateSigningKeyPair();
// A short, stable name for a public key, carried in tokens: the first 8 bytes of its SHA-256, hex.
[[nodiscard]] QString signingKeyId(const QByteArray &publicKey);
[[nodiscard]] QByteArray signDetached(const QByteArray &message, const QByteArray &secretKey);
[[nodiscard]] bool verifyDetached(
    const QByteArray &signature, const QByteArray &message, const QByteArray &publicKey);

// What a terminal signs when it enrols, to prove that it holds the secret key of the public
// key it registers (so that nobody else can enrol again in its name after a lost answer).
[[nodiscard]] QByteArray enrolmentMessage(
    const QString &code, const QString &terminalId, const QByteArray &publicKey);

// HMAC-SHA256 of `message` under a key of any length (libsodium's crypto_auth_hmacsha256
// init/update/final): the signature a hub webhook carries, which receivers check with any HMAC
// library (docs/webhook.md).
[[nodiscard]] QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);

// Cryptographically random bytes (libsodium's randombytes_buf).
[[nodiscard]] QByteArray randomBytes(int count);

} // namespace lobbydesk
