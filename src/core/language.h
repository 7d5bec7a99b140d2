#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace lobbydesk {

// The languages every screen can switch between at any time (product.md, "Languages").
// English is the source language of the UI strings; the others come from .ts files.
enum class Language { SimplifiedChinese, TraditionalChinese, English };

[[nodiscard]] QString languageCode(Language language); // "zh_CN", "zh_TW", "en"
[[nodiscard]] QString languageNativeName(Language language); // "简体中文", "繁體中文", "English"
[[nodiscard]] std::optional<Language> languageFromCode(const QString &code);
[[nodiscard]] QStringList languageCodes();
// The code as written in records: a known code in its canonical spelling, anything else "en"
// (the source language, which every slip can be printed in).
[[nodiscard]] QString languageOrEnglish(const QString &code);

} // namespace lobbydesk
