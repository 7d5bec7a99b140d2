#include "core/passtoken.h"

#include "core/base45.h"
#include "core/signing.h"

#include <QCborArray>
#include <QCborValue>

namespace lobbydesk {
namespace {

constexpr int kKeyIdBytes = 8;
constexpr int kSignatureBytes = 64;

// What is signed: a label, so that a pass signature can never pass for any other signature of
// the same key (enrolment), then the payload's bytes exactly as carried.
QByteArray signedMessage(const QByteArray &payload)
{
    return QByteArrayLiteral("lobbydesk-pass-v1") + '\0' + payload;
}

PassTokenCheck problem(PassTokenProblem kind, const QString &reason, const QString &keyId = {})
{
    PassTokenCheck check;
    check.problem = kind;
    check.reason = reason;
    check.keyId = keyId;
    return check;
}

} // namespace

QString signPassToken(const QCborMap &payload, const QString &keyId, const QByteArray &secretKey)
{
    const QByteArray body = payload.toCborValue().toCbor();
    const QCborArray token { QByteArray::fromHex(keyId.toLatin1()), body,
        signDetached(signedMessage(body), secretKey) };
    return QLatin1String(kPassTokenPrefix) + base45Encode(QCborValue(token).toCbor());
}

PassTokenCheck verifyPassToken(const QString &text, const PassSignerLookup &signerOf)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1String(kPassTokenPrefix)))
        return problem(
            PassTokenProblem::NotAToken, QStringLiteral("this code is not a LobbyDesk pass"));
    const std::optional<QByteArray> bytes
        = base45Decode(trimmed.mid(int(sizeof kPassTokenPrefix) - 1));
    const QString damaged = QStringLiteral(
        "the pass code is damaged or incomplete; scan it again or type its number");
    if (!bytes)
        return problem(PassTokenProblem::Damaged, damaged);
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(*bytes, &error);
    const QCborArray token = value.toArray();
    if (error.error != QCborError::NoError || !value.isArray() || token.size() != 3
        || !token[0].isByteArray() || !token[1].isByteArray() || !token[2].isByteArray()
        || token[0].toByteArray().size() != kKeyIdBytes
        || token[2].toByteArray().size() != kSignatureBytes)
        return problem(PassTokenProblem::Damaged, damaged);
    const QString keyId = QString::fromLatin1(token[0].toByteArray().toHex());
    const QByteArray body = token[1].toByteArray();
    const std::optional<PassSigner> signer = signerOf ? signerOf(keyId) : std::nullopt;
    if (!signer)
        return problem(PassTokenProblem::UnknownKey,
            QStringLiteral("signed by a terminal this site does not know (key %1): a pass of "
                           "another site, or this terminal has not synced the site's keys")
                .arg(keyId),
            keyId);
    if (!verifyDetached(token[2].toByteArray(), signedMessage(body), signer->publicKey))
        return problem(PassTokenProblem::BadSignature,
            QStringLiteral("the signature does not match: the pass was altered or forged"), keyId);
    if (signer->revoked) {
        PassTokenCheck check = problem(PassTokenProblem::RevokedKey,
            QStringLiteral("signed by %1, a terminal the site has revoked")
                .arg(signer->terminalName),
            keyId);
        check.signer = signer->terminalName;
        return check;
    }
    QCborParserError payloadError;
    const QCborValue payload = QCborValue::fromCbor(body, &payloadError);
    if (payloadError.error != QCborError::NoError || !payload.isMap())
        return problem(PassTokenProblem::Damaged, damaged, keyId);
    PassTokenCheck check;
    check.keyId = keyId;
    check.signer = signer->terminalName;
    check.payload = payload.toMap();
    return check;
}

} // namespace lobbydesk
