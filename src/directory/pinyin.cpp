#include "directory/pinyin.h"

#include "pinyintable.h" // generated at build time by genpinyin.py

#include <algorithm>
#include <array>
#include <utility>

namespace lobbydesk {
namespace {

struct Surname
{
    char32_t ch;
    const char *reading;
};

// Surnames whose reading differs from the character's most common one: the usual ones a lobby
// meets, in the simplified and (where it differs) the traditional form. A linear search: the
// list is short and read once per name.
constexpr std::array kSurnames {
    Surname { U'乐', "yue" },
    Surname { U'樂', "yue" },
    Surname { U'仇', "qiu" },
    Surname { U'区', "ou" },
    Surname { U'區', "ou" },
    Surname { U'单', "shan" },
    Surname { U'單', "shan" },
    Surname { U'召', "shao" },
    Surname { U'员', "yun" },
    Surname { U'員', "yun" },
    Surname { U'曾', "zeng" },
    Surname { U'朴', "piao" },
    Surname { U'查', "zha" },
    Surname { U'柏', "bai" },
    Surname { U'长', "chang" },
    Surname { U'長', "chang" },
    Surname { U'盖', "ge" },
    Surname { U'蓋', "ge" },
    Surname { U'种', "chong" },
    Surname { U'種', "chong" },
    Surname { U'秘', "bi" },
    Surname { U'缪', "miao" },
    Surname { U'繆', "miao" },
    Surname { U'翟', "zhai" },
    Surname { U'覃', "qin" },
    Surname { U'解', "xie" },
    Surname { U'尉', "yu" },
    Surname { U'隗', "wei" },
    Surname { U'宁', "ning" },
    Surname { U'寧', "ning" },
    Surname { U'沈', "shen" },
    Surname { U'藏', "zang" },
    Surname { U'重', "chong" },
};

QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

bool isHanCharacter(char32_t ch)
{
    return ch == 0x3007 || (ch >= 0x3400 && ch <= 0x4DBF) || (ch >= 0x4E00 && ch <= 0x9FFF)
        || (ch >= 0xF900 && ch <= 0xFAFF) || (ch >= 0x20000 && ch <= 0x323AF);
}

QString pinyinOf(char32_t ch)
{
    const auto &entries = pinyintable::kEntries;
    const auto it = std::lower_bound(entries.begin(), entries.end(), ch,
        [](const pinyintable::Entry &entry, char32_t key) { return entry.codePoint < key; });
    if (it == entries.end() || it->codePoint != ch)
        return {};
    return latin(pinyintable::kSyllables[it->syllable]);
}

QString surnamePinyinOf(char32_t ch)
{
    for (const Surname &surname : kSurnames) {
        if (surname.ch == ch) {
            const QString reading = latin(surname.reading);
            return reading == pinyinOf(ch) ? QString() : reading;
        }
    }
    return {};
}

QStringList pinyinSyllables(QStringView text, PinyinText kind)
{
    QStringList syllables;
    QString word;
    bool first = true; // the next Han character is the first of the text
    const auto endWord = [&] {
        if (!word.isEmpty())
            syllables.append(std::exchange(word, {}));
    };
    for (const char32_t ch : text.toUcs4()) {
        if (isHanCharacter(ch)) {
            endWord();
            QString reading
                = first && kind == PinyinText::PersonName ? surnamePinyinOf(ch) : QString();
            if (reading.isEmpty())
                reading = pinyinOf(ch);
            if (!reading.isEmpty())
                syllables.append(reading);
            first = false;
        } else if (QChar::isLetterOrNumber(ch)) {
            word += QString::fromUcs4(&ch, 1).toLower();
            first = false;
        } else {
            endWord();
        }
    }
    endWord();
    return syllables;
}

QString pinyinInitials(QStringView text, PinyinText kind)
{
    QString initials;
    for (const QString &syllable : pinyinSyllables(text, kind))
        initials += syllable.front();
    return initials;
}

} // namespace lobbydesk
