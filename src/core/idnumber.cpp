#include "core/idnumber.h"

#include <QRegularExpression>
#include <sodium.h>

namespace lobbydesk {

QString normalizedIdNumber(const QString &typed)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-()（）]"));
    return typed.toUpper().remove(separators);
}

bool isPlausibleIdNumber(const QString &normalized)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{17}[\\dX]|[A-Z]{1,2}\\d{6}[\\dA]|[A-Z][12]\\d{8}|[A-Z0-9]{6,12})$"));
    return pattern.match(normalized).hasMatch();
}

QString idLast4(const QString &normalized)
{
    return normalized.right(4);
}

QString idNumberHash(const QString &normalized, const QByteArray &screeningKey)
{
    if (screeningKey.size() != crypto_generichash_KEYBYTES || normalized.isEmpty())
        return {};
    const QByteArray input = normalized.toUtf8();
    QByteArray hash(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), hash.size(),
        reinterpret_cast<const unsigned char *>(input.constData()), input.size(),
        reinterpret_cast<const unsigned char *>(screeningKey.constData()), screeningKey.size());
    return QString::fromLatin1(hash.toHex());
}

} // namespace lobbydesk
