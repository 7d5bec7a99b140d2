#include "core/base45.h"

namespace lobbydesk {
namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

int digitOf(QChar ch)
{
    for (int i = 0; i < 45; ++i) {
        if (ch == QLatin1Char(kAlphabet[i]))
            return i;
    }
    return -1;
}

} // namespace

QString base45Encode(const QByteArray &bytes)
{
    QString text;
    text.reserve((bytes.size() / 2) * 3 + 2);
    for (qsizetype i = 0; i < bytes.size(); i += 2) {
        if (i + 1 < bytes.size()) {
            int n = quint8(bytes[i]) * 256 + quint8(bytes[i + 1]);
            for (int digit = 0; digit < 3; ++digit, n /= 45)
                text += QLatin1Char(kAlphabet[n % 45]);
        } else {
            int n = quint8(bytes[i]);
            for (int digit = 0; digit < 2; ++digit, n /= 45)
                text += QLatin1Char(kAlphabet[n % 45]);
        }
    }
    return text;
}

std::optional<QByteArray> base45Decode(const QString &text)
{
    if (text.size() % 3 == 1)
        return std::nullopt;
    QByteArray bytes;
    bytes.reserve(text.size() / 3 * 2 + 1);
    for (qsizetype i = 0; i < text.size(); i += 3) {
        const qsizetype group = std::min<qsizetype>(3, text.size() - i);
        int n = 0;
        for (qsizetype digit = group - 1; digit >= 0; --digit) {
            const int value = digitOf(text[i + digit]);
            if (value < 0)
                return std::nullopt;
            n = n * 45 + value;
        }
        if (group == 3) {
            if (n > 0xffff)
                return std::nullopt;
            bytes += char(n >> 8);
            bytes += char(n & 0xff);
        } else {
            if (n > 0xff)
                return std::nullopt;
            bytes += char(n);
        }
    }
    return bytes;
}

} // namespace lobbydesk
