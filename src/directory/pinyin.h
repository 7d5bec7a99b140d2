#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace lobbydesk {

// How to read the first character of a text: a person's name starts with a surname, and some
// common characters are read differently as surnames (单 dan, but 单 shan as a surname).
enum class PinyinText { Plain, PersonName };

// A Han ideograph (the CJK Unified and Compatibility blocks, and 〇).
[[nodiscard]] bool isHanCharacter(char32_t ch);

// The most common toneless reading of one Han character ("zhang"), with ü written v ("lv");
// empty when the character is not in the table (Debian's rime-data, docs/directory.md).
[[nodiscard]] QString pinyinOf(char32_t ch);

// The surname reading of a character when it differs from pinyinOf() (曾 → zeng), else empty.
[[nodiscard]] QString surnamePinyinOf(char32_t ch);

// The syllables of a text: one per Han character, other letters and digits kept as lowercase
// words ("Acme 张三" → acme zhang san). Han characters with no known reading are skipped.
[[nodiscard]] QStringList pinyinSyllables(QStringView text, PinyinText kind = PinyinText::Plain);

// The first letter of each syllable of pinyinSyllables() ("张三" → "zs", "Acme 张三" → "azs").
[[nodiscard]] QString pinyinInitials(QStringView text, PinyinText kind = PinyinText::Plain);

} // namespace lobbydesk
