#pragma once

#include "directory/pinyin.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace lobbydesk {

// The words of the directory search (docs/directory.md). SQLite's unicode61 tokenizer does
// not split Chinese into words, so the index holds words made here, and a query is split the
// same way.

// NFKC (full-width letters and digits become ASCII), lower case; runs of letters and digits
// are words; every Han character is a word of its own. Everything else separates words.
[[nodiscard]] QStringList searchWords(QStringView text);

// The index words of a name. whole: the name as one word, its pinyin as one word and its
// initials (张三丰 → 张三丰, zhangsanfeng, zsf): what "the name starts with" matches. words: its
// searchWords(); for each run of Han characters its syllables, and from each syllable on the
// run's pinyin and initials (zhang, san, feng, sanfeng, sf, …); Latin words joined.
struct NameTokens
{
    QStringList whole;
    QStringList words;
};
[[nodiscard]] NameTokens nameTokens(QStringView name, PinyinText kind);

// A unit number's words, and its words joined ("A-1201" → a, 1201, a1201).
[[nodiscard]] QStringList unitTokens(QStringView unit);

// What was typed as one word, to match against NameTokens::whole ("zhang san" → zhangsan).
[[nodiscard]] QString wholeQueryWord(QStringView query);

// An FTS5 MATCH expression for what was typed: every word must match, the last one as a
// prefix (so each keystroke narrows the list). Empty when there is nothing to search for.
[[nodiscard]] QString searchMatchExpression(QStringView query);

} // namespace lobbydesk
