#include "core/staffpin.h"

#include "core/error.h"

#include <sodium.h>

namespace lobbydesk {

QString staffPinRuleProblem(const QString &pin)
{
    if (pin.isEmpty())
        return QStringLiteral("the PIN is empty");
    for (const QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return QStringLiteral("a PIN is digits only (0-9), no letters, spaces or signs");
    }
    if (pin.size() < kStaffPinMinDigits || pin.size() > kStaffPinMaxDigits)
        return QStringLiteral("a PIN has %1 to %2 digits, this one has %3")
            .arg(kStaffPinMinDigits)
            .arg(kStaffPinMaxDigits)
            .arg(pin.size());
    return {};
}

QString hashStaffPin(const QString &pin)
{
    if (const QString problem = staffPinRuleProblem(pin); !problem.isEmpty())
        throw Error(Error::Kind::Invalid, problem);
    if (sodium_init() < 0)
        throw Error(Error::Kind::Io, QStringLiteral("libsodium could not be initialised"));
    const QByteArray digits = pin.toLatin1();
    char hash[crypto_pwhash_STRBYTES] {};
    if (crypto_pwhash_str_alg(hash, digits.constData(), std::size_t(digits.size()),
            kStaffPinOpsLimit, kStaffPinMemLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw Error(Error::Kind::Io,
            QStringLiteral("hashing the PIN ran out of memory (Argon2id needs %1 MiB)")
                .arg(kStaffPinMemLimit >> 20));
    return QString::fromLatin1(hash);
}

bool staffPinMatches(const QString &hash, const QString &pin)
{
    if (sodium_init() < 0 || !hash.startsWith(QStringLiteral("$argon2id$")))
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray digits = pin.toUtf8();
    return crypto_pwhash_str_verify(
               stored.constData(), digits.constData(), std::size_t(digits.size()))
        == 0;
}

} // namespace lobbydesk
