#include "core/pin.h"

#include "core/error.h"

#include <QCoreApplication>
#include <sodium.h>

namespace lobbydesk {
namespace {

// The messages' translation context, declared so that lupdate files them under it too.
struct PinText
{
    Q_DECLARE_TR_FUNCTIONS(PinText)
};

// Each digit one more (or one less) than the one before, 9 → 0 (0 → 9) included: 1234, 7890,
// 9876.
bool countsUpOrDown(const QString &digits)
{
    const auto steps = [&digits](int step) {
        for (qsizetype i = 1; i < digits.size(); ++i) {
            const int before = digits.at(i - 1).digitValue();
            if (digits.at(i).digitValue() != (before + step + 10) % 10)
                return false;
        }
        return true;
    };
    return steps(1) || steps(-1);
}

} // namespace

QString pinRuleProblem(const QString &pin, const PinRules &rules)
{
    if (pin.isEmpty())
        return PinText::tr("The PIN is empty.");
    for (const QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return PinText::tr("A PIN is digits only (0-9), no letters, spaces or signs.");
    }
    if (pin.size() < rules.minDigits || pin.size() > rules.maxDigits)
        return PinText::tr("A PIN has %1 to %2 digits; this one has %3.")
            .arg(rules.minDigits)
            .arg(rules.maxDigits)
            .arg(pin.size());
    if (!rules.refuseGuessable)
        return {};
    if (pin.count(pin.front()) == pin.size())
        return PinText::tr("One digit repeated is too easy to guess: choose another PIN.");
    if (countsUpOrDown(pin))
        return PinText::tr(
            "Digits counting up or down (like 1234 or 9876) are too easy to guess: choose "
            "another PIN.");
    return {};
}

QString hashPin(const QString &pin, const PinRules &rules)
{
    if (const QString problem = pinRuleProblem(pin, rules); !problem.isEmpty())
        throw Error(Error::Kind::Invalid, problem);
    if (sodium_init() < 0)
        throw Error(Error::Kind::Io, QStringLiteral("libsodium could not be initialised"));
    const QByteArray digits = pin.toLatin1();
    char hash[crypto_pwhash_STRBYTES] {};
    if (crypto_pwhash_str_alg(hash, digits.constData(), std::size_t(digits.size()), kPinOpsLimit,
            kPinMemLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw Error(Error::Kind::Io,
            QStringLiteral("hashing the PIN ran out of memory (Argon2id needs %1 MiB)")
                .arg(kPinMemLimit >> 20));
    return QString::fromLatin1(hash);
}

bool isPinHash(const QString &hash)
{
    return hash.startsWith(QStringLiteral("$argon2id$"));
}

bool pinMatches(const QString &hash, const QString &pin)
{
    if (sodium_init() < 0 || !isPinHash(hash))
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray digits = pin.toUtf8();
    return crypto_pwhash_str_verify(
               stored.constData(), digits.constData(), std::size_t(digits.size()))
        == 0;
}

} // namespace lobbydesk
