#include "core/error.h"
#include "core/terminalconfig.h"
#include "tempdatadir.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

QString writeIni(const TempDataDir &dir, const QByteArray &text)
{
    const QString path = dir.file(QStringLiteral("lobbydesk.ini"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    return path;
}

QString refusal(const QString &path)
{
    try {
        (void)TerminalConfig::load(path, true);
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Config);
        return error.message();
    }
    return {};
}

} // namespace

TEST_CASE("a complete config file is read", "[config]")
{
    TempDataDir dir;
    const QString path = writeIni(dir,
        "[terminal]\nrole = guard\nname = Gate 2\ndata_dir = /var/lib/x\n"
        "[ui]\nlanguage = zh_TW\n[kiosk]\nidle_timeout_s = 90\n");
    const TerminalConfig config = TerminalConfig::load(path, true);
    CHECK(config.role == Role::Guard);
    CHECK(config.terminalName == QStringLiteral("Gate 2"));
    CHECK(config.dataDir == QStringLiteral("/var/lib/x"));
    CHECK(config.language == Language::TraditionalChinese);
    CHECK(config.idleTimeoutSeconds == 90);
}

TEST_CASE("defaults apply when the default file is missing", "[config]")
{
    TempDataDir dir;
    const TerminalConfig config = TerminalConfig::load(dir.file(QStringLiteral("none.ini")), false);
    CHECK(config.role == Role::Kiosk);
    CHECK(config.idleTimeoutSeconds == 60);
    CHECK(config.language == Language::SimplifiedChinese);
    CHECK(config.sourceFile.isEmpty());
}

TEST_CASE("a named config file that is missing is refused", "[config]")
{
    TempDataDir dir;
    const QString path = dir.file(QStringLiteral("none.ini"));
    CHECK(refusal(path) == path + QStringLiteral(": config file not found"));
}

TEST_CASE("bad values are refused naming the file and the key", "[config]")
{
    TempDataDir dir;
    SECTION("role")
    {
        const QString path = writeIni(dir, "[terminal]\nrole = kiosks\n");
        CHECK(refusal(path)
            == path
                + QStringLiteral(": [terminal] role: 'kiosks' is not one of kiosk, desk, guard"));
    }
    SECTION("idle timeout out of range")
    {
        const QString path = writeIni(dir, "[kiosk]\nidle_timeout_s = 5\n");
        CHECK(refusal(path).startsWith(
            path + QStringLiteral(": [kiosk] idle_timeout_s: '5' is not")));
    }
    SECTION("idle timeout not a number")
    {
        const QString path = writeIni(dir, "[kiosk]\nidle_timeout_s = soon\n");
        CHECK(refusal(path).contains(QStringLiteral("[kiosk] idle_timeout_s: 'soon'")));
    }
    SECTION("language")
    {
        const QString path = writeIni(dir, "[ui]\nlanguage = fr\n");
        CHECK(refusal(path)
            == path + QStringLiteral(": [ui] language: 'fr' is not one of zh_CN, zh_TW, en"));
    }
    SECTION("relative data directory")
    {
        const QString path = writeIni(dir, "[terminal]\ndata_dir = data\n");
        CHECK(refusal(path).contains(
            QStringLiteral("[terminal] data_dir: 'data' must be an absolute")));
    }
    SECTION("misspelt key")
    {
        const QString path = writeIni(dir, "[terminal]\nrloe = desk\n");
        CHECK(
            refusal(path).startsWith(path + QStringLiteral(": [terminal] rloe: unknown setting")));
    }
}
