#include "hub/hubsecrets.h"

#include "core/signing.h"

#include <QCryptographicHash>
#include <cstring>

namespace lobbydesk {
namespace {

constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kCodeLength = 12;

} // namespace

QString newEnrolmentCode()
{
    const QByteArray random = randomBytes(kCodeLength);
    QString code;
    for (int i = 0; i < kCodeLength; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kCrockford[quint8(random[i]) % 32]);
    }
    return code;
}

QString normaliseEnrolmentCode(const QString &typed)
{
    QString code;
    for (QChar c : typed.toUpper()) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        else if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        if (c.unicode() == 0 || c.unicode() > 127 || !std::strchr(kCrockford, char(c.unicode())))
            return {};
        code += c;
    }
    return code.size() == kCodeLength ? code : QString();
}

QString newDeviceToken()
{
    return QStringLiteral("ldt_")
        + QString::fromLatin1(randomBytes(32).toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString secretHash(const QString &secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace lobbydesk
