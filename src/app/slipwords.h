#pragma once

#include <QString>

namespace lobbydesk {

// Words on a slip in the language of the person it is for (product.md, "Languages"), which is
// not always the screen's: the desk re-prints a slip for an English-speaking visitor while its
// own screen is in Chinese. Strings are marked QT_TRANSLATE_NOOP so lupdate finds them.
class SlipWords
{
public:
    explicit SlipWords(const QString &languageCode); // zh_CN, zh_TW, en; unknown: en
    [[nodiscard]] QString operator()(const char *context, const char *source) const;
    [[nodiscard]] const QString &language() const { return m_language; }

private:
    QString m_language;
};

} // namespace lobbydesk
