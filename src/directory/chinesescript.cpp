#include "directory/chinesescript.h"

#include "core/logging.h"
#include "directory/pinyin.h"

#include <QHash>
#include <QMutex>
#include <opencc/opencc.h>

namespace lobbydesk {
namespace {

// OpenCC's t2s, opened once; characters are converted one by one (a phrase table could turn
// two characters into one word, and index words are single characters) and remembered.
class Simplifier
{
public:
    Simplifier()
        : m_converter(opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP))
    {
        if (m_converter == reinterpret_cast<opencc_t>(-1)) {
            m_converter = nullptr;
            qCWarning(lcDirectory) << "OpenCC's" << OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP
                                   << "cannot be opened (" << opencc_error()
                                   << "): traditional and simplified names are searched apart; "
                                      "install the Debian package libopencc1.1";
        }
    }
    ~Simplifier()
    {
        if (m_converter)
            opencc_close(m_converter);
    }
    Simplifier(const Simplifier &) = delete;
    Simplifier &operator=(const Simplifier &) = delete;

    char32_t simplified(char32_t ch)
    {
        QMutexLocker lock(&m_mutex);
        if (const auto known = m_cache.constFind(ch); known != m_cache.cend())
            return *known;
        char32_t result = ch;
        if (m_converter) {
            const QByteArray utf8 = QString::fromUcs4(&ch, 1).toUtf8();
            if (char *converted = opencc_convert_utf8(m_converter, utf8.constData(), utf8.size())) {
                const QList<uint> ucs4 = QString::fromUtf8(converted).toUcs4();
                opencc_convert_utf8_free(converted);
                if (ucs4.size() == 1)
                    result = ucs4.first();
            }
        }
        m_cache.insert(ch, result);
        return result;
    }

private:
    opencc_t m_converter = nullptr;
    QMutex m_mutex;
    QHash<char32_t, char32_t> m_cache;
};

Simplifier &simplifier()
{
    static Simplifier instance;
    return instance;
}

} // namespace

QString simplifiedHan(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const char32_t ch : text.toUcs4()) {
        const char32_t out = isHanCharacter(ch) ? simplifier().simplified(ch) : ch;
        result += QString::fromUcs4(&out, 1);
    }
    return result;
}

} // namespace lobbydesk
