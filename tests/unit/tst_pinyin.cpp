#include "catchqstring.h"
#include "directory/chinesescript.h"
#include "directory/pinyin.h"
#include "directory/searchtokens.h"

#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

char32_t ch(const char *text)
{
    return u8(text).toUcs4().first();
}

} // namespace

TEST_CASE(
    "simplified and traditional characters have their most common reading", "[directory][pinyin]")
{
    CHECK(pinyinOf(ch("张")) == u"zhang");
    CHECK(pinyinOf(ch("張")) == u"zhang");
    CHECK(pinyinOf(ch("陈")) == u"chen");
    CHECK(pinyinOf(ch("陳")) == u"chen");
    CHECK(pinyinOf(ch("豐")) == u"feng");
    CHECK(pinyinOf(ch("的")) == u"de"); // not di: the weights decide
    CHECK(pinyinOf(ch("行")) == u"xing"); // not hang
    CHECK(pinyinOf(ch("长")) == u"chang");
    CHECK(pinyinOf(ch("曾")) == u"ceng"); // as a word; zeng as a surname, below
    CHECK(pinyinOf(ch("单")) == u"dan");
    CHECK(pinyinOf(ch("绿")) == u"lv"); // ü is typed v
    CHECK(pinyinOf(ch("略")) == u"lve");
    CHECK(pinyinOf(ch("𠀀")) == u"he"); // Extension B is covered too
    CHECK(pinyinOf(U'A').isEmpty());
    CHECK(pinyinOf(ch("。")).isEmpty());
}

TEST_CASE("a person's surname takes its surname reading", "[directory][pinyin]")
{
    CHECK(pinyinSyllables(u8("曾志伟"), PinyinText::PersonName)
        == QStringList { "zeng", "zhi", "wei" });
    CHECK(pinyinSyllables(u8("单田芳"), PinyinText::PersonName)
        == QStringList { "shan", "tian", "fang" });
    CHECK(pinyinSyllables(u8("單田芳"), PinyinText::PersonName)
        == QStringList { "shan", "tian", "fang" });
    CHECK(pinyinSyllables(u8("解缙"), PinyinText::PersonName).first() == u"xie");
    CHECK(pinyinSyllables(u8("仇英"), PinyinText::PersonName).first() == u"qiu");
    CHECK(pinyinSyllables(u8("朴树"), PinyinText::PersonName).first() == u"piao");
    CHECK(pinyinSyllables(u8("区家麟"), PinyinText::PersonName).first() == u"ou");
    CHECK(pinyinSyllables(u8("查良镛"), PinyinText::PersonName).first() == u"zha");
    CHECK(pinyinSyllables(u8("乐嘉"), PinyinText::PersonName).first() == u"yue");
    CHECK(pinyinSyllables(u8("覃明"), PinyinText::PersonName).first() == u"qin");

    // Only the first character, and only in a person's name.
    CHECK(pinyinSyllables(u8("曾曾"), PinyinText::PersonName) == QStringList { "zeng", "ceng" });
    CHECK(pinyinSyllables(u8("单位"), PinyinText::Plain) == QStringList { "dan", "wei" });
    CHECK(surnamePinyinOf(ch("张")).isEmpty()); // same reading: nothing to override
}

TEST_CASE("syllables and initials of mixed text", "[directory][pinyin]")
{
    CHECK(pinyinSyllables(u8("张三")) == QStringList { "zhang", "san" });
    CHECK(pinyinSyllables(u8("張三豐"), PinyinText::PersonName)
        == QStringList { "zhang", "san", "feng" });
    CHECK(pinyinInitials(u8("张三")) == u"zs");
    CHECK(pinyinInitials(u8("陳大文"), PinyinText::PersonName) == u"cdw");
    CHECK(pinyinSyllables(u8("艾克米贸易 Acme Trading"))
        == QStringList { "ai", "ke", "mi", "mao", "yi", "acme", "trading" });
    CHECK(pinyinSyllables(u8("Unit 12-01 王")) == QStringList { "unit", "12", "01", "wang" });
    CHECK(pinyinInitials(u8("Acme 张三")) == u"azs");
    CHECK(pinyinSyllables(QString()).isEmpty());
}

TEST_CASE(
    "search words: Han characters alone, full-width folded, pinyin of names", "[directory][pinyin]")
{
    CHECK(searchWords(u8("艾克米 Acme-Trading"))
        == QStringList { u8("艾"), u8("克"), u8("米"), "acme", "trading" });
    CHECK(searchWords(u8("１２０１")) == QStringList { "1201" });
    CHECK(unitTokens(u8("A-1201")) == QStringList { "a", "1201", "a1201" });

    const NameTokens person = nameTokens(u8("张三丰"), PinyinText::PersonName);
    for (const char *word :
        { "张", "三", "丰", "zhang", "san", "feng", "zhangsanfeng", "sanfeng", "zsf", "sf" })
        CHECK(person.words.contains(u8(word)));
    CHECK(person.whole == QStringList { u8("张三丰"), "zhangsanfeng", "zsf" });
    CHECK(nameTokens(u8("曾小贤"), PinyinText::PersonName).whole
        == QStringList { u8("曾小贤"), "zengxiaoxian", "zxx" });
    CHECK(nameTokens(u8("Acme Trading"), PinyinText::Plain).whole
        == QStringList { "acmetrading", "at" });
    CHECK(wholeQueryWord(u8("Zhang San")) == u"zhangsan");

    CHECK(searchMatchExpression(u8("zhang san")) == u"\"zhang\" AND \"san\"*");
    CHECK(searchMatchExpression(u8("张三")) == u8("\"张\" AND \"三\""));
    // A traditional character matches its simplified form too (OpenCC).
    CHECK(searchMatchExpression(u8("張三")) == u8("(\"張\" OR \"张\") AND \"三\""));
    CHECK(simplifiedHan(u8("張三豐 Acme 1201")) == u8("张三丰 Acme 1201"));
    CHECK(searchMatchExpression(u8(" \"; ")).isEmpty());
}
