// The Chinese input engine (librime with Debian's rime-data), without the keyboard: what a
// visitor's keystrokes give. The keyboard itself is tested in tests/qml (tst_ChineseInput.qml).
#include "catchqstring.h"
#include "input/rimeengine.h"
#include "input/rimeinputmethod.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

// librime is one per process: prepared once for all the cases of this run.
void requireEngine()
{
    static QTemporaryDir dir;
    RimeEngine &engine = RimeEngine::instance();
    INFO(engine.problem().toStdString());
    REQUIRE(engine.startAndWait({ RimeEngine::userDirFor(dir.path()) }));
}

void type(RimeSession &session, const char *keys)
{
    for (const char *key = keys; *key; ++key)
        REQUIRE(session.processKey(*key));
}

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST_CASE("pinyin gives simplified characters, first candidate first", "[input]")
{
    requireEngine();
    RimeSession session(QStringLiteral("luna_pinyin_simp"));
    REQUIRE(session.isValid());
    type(session, "zhang");
    CHECK(session.isComposing());
    CHECK(session.candidates().first() == u8("张"));
    REQUIRE(session.selectCandidate(0));
    CHECK(session.takeCommit() == u8("张"));
    CHECK_FALSE(session.isComposing());
}

TEST_CASE("a whole name converts as a phrase", "[input]")
{
    requireEngine();
    RimeSession session(QStringLiteral("luna_pinyin_simp"));
    type(session, "zhangsan");
    CHECK(session.candidates().first() == u8("张三"));
}

TEST_CASE("a name is built by picking part of it, then the rest", "[input]")
{
    requireEngine();
    RimeSession session(QStringLiteral("luna_pinyin_simp"));
    type(session, "wangxiaoming");
    // 王 is offered for the first syllable alone; picking it leaves xiaoming to convert.
    const int wang = int(session.candidates().indexOf(u8("王")));
    INFO(session.candidates().join(u' ').toStdString());
    REQUIRE(wang >= 0);
    REQUIRE(session.selectCandidate(wang));
    CHECK(session.takeCommit().isEmpty()); // nothing committed until the whole name is
    CHECK(session.preedit().startsWith(u8("王")));
    const int xiaoming = int(session.candidates().indexOf(u8("小明")));
    INFO(session.candidates().join(u' ').toStdString());
    REQUIRE(xiaoming >= 0);
    REQUIRE(session.selectCandidate(xiaoming));
    CHECK(session.takeCommit() == u8("王小明"));
}

TEST_CASE("traditional pinyin gives traditional characters", "[input]")
{
    requireEngine();
    RimeSession session(QStringLiteral("luna_pinyin"));
    type(session, "zhang");
    CHECK(session.candidates().first() == u8("張"));
    session.clear();
    type(session, "zhangsan");
    CHECK(session.candidates().first() == u8("張三"));
}

TEST_CASE("zhuyin keys give traditional characters", "[input]")
{
    requireEngine();
    RimeSession session(QStringLiteral("bopomofo_tw"));
    REQUIRE(session.isValid());
    // ㄓㄤ (zhang), first tone: the keys of a standard zhuyin keyboard.
    for (const char *symbol : { "ㄓ", "ㄤ" }) {
        const char key = RimeInputMethod::zhuyinKey(u8(symbol));
        REQUIRE(key != 0);
        REQUIRE(session.processKey(key));
    }
    INFO(session.candidates().join(u' ').toStdString());
    CHECK(session.candidates().contains(u8("張")));
    CHECK(RimeInputMethod::zhuyinKey(u8("ㄅ")) == '1');
    CHECK(RimeInputMethod::zhuyinKey(u8("ˇ")) == '3');
    CHECK(RimeInputMethod::zhuyinKey(u8("a")) == 0);
}

TEST_CASE("backspace edits the input, Enter keeps the letters", "[input]")
{
    requireEngine();
    RimeSession session(QStringLiteral("luna_pinyin_simp"));
    type(session, "zhangx");
    REQUIRE(session.processKey(0xff08));
    CHECK(session.candidates().first() == u8("张"));
    session.commitRaw();
    CHECK(session.takeCommit() == u8("zhang"));
}

TEST_CASE("punctuation in a Chinese mode is full width", "[input]")
{
    requireEngine();
    RimeSession session(QStringLiteral("luna_pinyin_simp"));
    REQUIRE(session.processKey(','));
    CHECK(session.takeCommit() == u8("，"));
}

TEST_CASE("the locale and mode choose the schema", "[input]")
{
    using Mode = QVirtualKeyboardInputEngine::InputMode;
    CHECK(RimeInputMethod::schemaFor(QStringLiteral("zh_CN"), Mode::Pinyin) == u"luna_pinyin_simp");
    CHECK(RimeInputMethod::schemaFor(QStringLiteral("zh_TW"), Mode::Pinyin) == u"luna_pinyin");
    CHECK(RimeInputMethod::schemaFor(QStringLiteral("zh_TW"), Mode::Zhuyin) == u"bopomofo_tw");
    CHECK(RimeInputMethod::schemaFor(QStringLiteral("zh_CN"), Mode::Latin).isEmpty());
    CHECK(RimeInputMethod::schemaFor(QStringLiteral("en_GB"), Mode::Pinyin).isEmpty());
}

TEST_CASE("missing engine data is named with its package", "[input]")
{
    QTemporaryDir empty;
    const QString problem = RimeEngine::missingData(empty.path());
    CHECK(problem.contains(QStringLiteral("default.yaml")));
    CHECK(problem.contains(QStringLiteral("rime-prelude")));
    CHECK(RimeEngine::missingData(QStringLiteral("/usr/share/rime-data")).isEmpty());
}
