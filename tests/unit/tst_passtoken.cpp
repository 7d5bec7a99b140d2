// The signed pass token (docs/pass-format.md) and its base45 text: what a guard's scanner
// reads, genuine or not.
#include "catchqstring.h"
#include "core/base45.h"
#include "core/passtoken.h"
#include "core/signing.h"

#include <QCborArray>
#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

struct Site
{
    SigningKeyPair desk = generateSigningKeyPair();
    SigningKeyPair revoked = generateSigningKeyPair();

    std::optional<PassSigner> operator()(const QString &keyId) const
    {
        if (keyId == signingKeyId(desk.publicKey))
            return PassSigner { desk.publicKey, QStringLiteral("Front desk 1"), false };
        if (keyId == signingKeyId(revoked.publicKey))
            return PassSigner { revoked.publicKey, QStringLiteral("Old desk"), true };
        return std::nullopt;
    }
};

QCborMap goodsPass()
{
    return QCborMap { { QStringLiteral("kind"), QStringLiteral("goods") },
        { QStringLiteral("id"), QStringLiteral("GP-20261122-0001") },
        { QStringLiteral("site"), QStringLiteral("tower-a") },
        { QStringLiteral("unit"), QStringLiteral("1201") },
        { QStringLiteral("from"), qint64(1795334400) },
        { QStringLiteral("until"), qint64(1795420800) },
        { QStringLiteral("items"), QByteArray(16, '\x5a') }, { QStringLiteral("count"), 3 } };
}

} // namespace

TEST_CASE("base45 follows RFC 9285", "[passtoken]")
{
    CHECK(base45Encode("AB") == u"BB8");
    CHECK(base45Encode("Hello!!") == u"%69 VD92EX0");
    CHECK(base45Encode("base-45") == u"UJCLQE7W581");
    CHECK(base45Decode(QStringLiteral("QED8WEX0")) == QByteArray("ietf!"));
    CHECK(base45Encode({}).isEmpty());
    for (int size = 0; size < 40; ++size) {
        QByteArray bytes;
        for (int i = 0; i < size; ++i)
            bytes += char((i * 37 + size) & 0xff);
        REQUIRE(base45Decode(base45Encode(bytes)) == bytes);
    }
    CHECK_FALSE(base45Decode(QStringLiteral("GGW"))); // 65536 and above do not fit two bytes
    CHECK_FALSE(base45Decode(QStringLiteral("A"))); // a dangling character
    CHECK_FALSE(base45Decode(QStringLiteral("ab8"))); // lower case is not in the alphabet
}

TEST_CASE("a pass token verifies with the site's key and carries its payload", "[passtoken]")
{
    const Site site;
    const QString token
        = signPassToken(goodsPass(), signingKeyId(site.desk.publicKey), site.desk.secretKey);
    CHECK(token.startsWith(QLatin1String(kPassTokenPrefix)));
    // Every character is in the QR code's alphanumeric alphabet (the prefix's ':' too).
    for (const QChar ch : token)
        CHECK(QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:").contains(ch));
    INFO(token.toStdString());
    CHECK(token.size() < 300); // a version 8 QR at level M holds 311 alphanumeric characters
    const PassTokenCheck check = verifyPassToken(token, std::cref(site));
    REQUIRE(check.genuine());
    CHECK(check.payload == goodsPass());
    CHECK(check.signer == u"Front desk 1");
    CHECK(verifyPassToken(QStringLiteral("  ") + token + QStringLiteral("\r\n"), std::cref(site))
              .genuine());
}

TEST_CASE("a changed, cut, foreign or forged token is refused with its reason", "[passtoken]")
{
    const Site site;
    const QString token
        = signPassToken(goodsPass(), signingKeyId(site.desk.publicKey), site.desk.secretKey);

    // One bit of the signed bytes flipped, wherever it is: never genuine.
    const QByteArray bytes = *base45Decode(token.mid(4));
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        QByteArray flipped = bytes;
        flipped[i] = char(flipped[i] ^ 0x01);
        const PassTokenCheck check = verifyPassToken(
            QLatin1String(kPassTokenPrefix) + base45Encode(flipped), std::cref(site));
        INFO("byte " << i);
        REQUIRE_FALSE(check.genuine());
        REQUIRE_FALSE(check.reason.isEmpty());
    }

    for (const qsizetype cut : { qsizetype(5), token.size() / 2, token.size() - 1 }) {
        const PassTokenCheck check = verifyPassToken(token.left(cut), std::cref(site));
        CHECK(check.problem == PassTokenProblem::Damaged);
    }
    CHECK(verifyPassToken(QStringLiteral("https://example.com/promo"), std::cref(site)).problem
        == PassTokenProblem::NotAToken);
    CHECK(verifyPassToken(QString(), std::cref(site)).problem == PassTokenProblem::NotAToken);

    const SigningKeyPair stranger = generateSigningKeyPair();
    const PassTokenCheck foreign = verifyPassToken(
        signPassToken(goodsPass(), signingKeyId(stranger.publicKey), stranger.secretKey),
        std::cref(site));
    CHECK(foreign.problem == PassTokenProblem::UnknownKey);
    CHECK(foreign.reason.contains(signingKeyId(stranger.publicKey)));

    // Signed by another key under the desk's key id: a forgery.
    const PassTokenCheck forged = verifyPassToken(
        signPassToken(goodsPass(), signingKeyId(site.desk.publicKey), stranger.secretKey),
        std::cref(site));
    CHECK(forged.problem == PassTokenProblem::BadSignature);

    const PassTokenCheck revoked = verifyPassToken(
        signPassToken(goodsPass(), signingKeyId(site.revoked.publicKey), site.revoked.secretKey),
        std::cref(site));
    CHECK(revoked.problem == PassTokenProblem::RevokedKey);
    CHECK(revoked.reason.contains(QStringLiteral("Old desk")));
    CHECK(revoked.payload.isEmpty());
}

TEST_CASE(
    "a token's text never ends in a space, which scanners and people would drop", "[passtoken]")
{
    // Space is base45 digit 36, and the last digit of a group is at most 65535 / 45² = 32
    // (two bytes) or 255 / 45 = 5 (one byte): a trimmed token is the whole token.
    const Site site;
    for (qint64 n = 0; n < 500; ++n) {
        QCborMap payload = goodsPass();
        payload.insert(QStringLiteral("n"), n);
        const QString token
            = signPassToken(payload, signingKeyId(site.desk.publicKey), site.desk.secretKey);
        REQUIRE(token == token.trimmed());
    }
}
