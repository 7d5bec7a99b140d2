#include "core/signing.h"

#include "core/error.h"

#include <QCryptographicHash>
#include <sodium.h>

namespace lobbydesk {
namespace {

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw Error(Error::Kind::Io, QStringLiteral("libsodium could not be initialised"));
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

} // namespace

SigningKeyPair generateSigningKeyPair()
{
    ensureSodium();
    SigningKeyPair pair { QByteArray(crypto_sign_PUBLICKEYBYTES, '\0'),
        QByteArray(crypto_sign_SECRETKEYBYTES, '\0') };
    crypto_sign_keypair(bytes(pair.publicKey), bytes(pair.secretKey));
    return pair;
}

QString signingKeyId(const QByteArray &publicKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(8).toHex());
}

QByteArray signDetached(const QByteArray &message, const QByteArray &secretKey)
{
    ensureSodium();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        throw Error(Error::Kind::Invalid, QStringLiteral("a signing key must be 64 bytes"));
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(
        bytes(signature), nullptr, bytes(message), size_t(message.size()), bytes(secretKey));
    return signature;
}

bool verifyDetached(
    const QByteArray &signature, const QByteArray &message, const QByteArray &publicKey)
{
    ensureSodium();
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(
               bytes(signature), bytes(message), size_t(message.size()), bytes(publicKey))
        == 0;
}

QByteArray enrolmentMessage(
    const QString &code, const QString &terminalId, const QByteArray &publicKey)
{
    return QByteArrayLiteral("lobbydesk-enrol-v1\n") + code.toUtf8() + '\n' + terminalId.toUtf8()
        + '\n' + publicKey.toBase64();
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    ensureSodium();
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, bytes(key), size_t(key.size()));
    crypto_auth_hmacsha256_update(&state, bytes(message), quint64(message.size()));
    QByteArray mac(crypto_auth_hmacsha256_BYTES, '\0');
    crypto_auth_hmacsha256_final(&state, bytes(mac));
    sodium_memzero(&state, sizeof state);
    return mac;
}

QByteArray randomBytes(int count)
{
    ensureSodium();
    QByteArray buffer(count, '\0');
    randombytes_buf(buffer.data(), size_t(count));
    return buffer;
}

} // namespace lobbydesk
