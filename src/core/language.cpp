#include "core/language.h"

namespace lobbydesk {

QString languageCode(Language language)
{
    switch (language) {
    case Language::SimplifiedChinese:
        return QStringLiteral("zh_CN");
    case Language::TraditionalChinese:
        return QStringLiteral("zh_TW");
    case Language::English:
        return QStringLiteral("en");
    }
    Q_UNREACHABLE();
}

QString languageNativeName(Language language)
{
    switch (language) {
    case Language::SimplifiedChinese:
        return QStringLiteral("简体中文");
    case Language::TraditionalChinese:
        return QStringLiteral("繁體中文");
    case Language::English:
        return QStringLiteral("English");
    }
    Q_UNREACHABLE();
}

std::optional<Language> languageFromCode(const QString &code)
{
    for (Language language :
        { Language::SimplifiedChinese, Language::TraditionalChinese, Language::English }) {
        if (languageCode(language).compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return language;
    }
    return std::nullopt;
}

QStringList languageCodes()
{
    return { languageCode(Language::SimplifiedChinese), languageCode(Language::TraditionalChinese),
        languageCode(Language::English) };
}

QString languageOrEnglish(const QString &code)
{
    const std::optional<Language> language = languageFromCode(code);
    return languageCode(language ? *language : Language::English);
}

} // namespace lobbydesk
