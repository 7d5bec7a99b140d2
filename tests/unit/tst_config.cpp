#include "core/error.h"
#include "core/terminalconfig.h"
#include "tempdatadir.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

QString writeIni(const TempDataDir &dir, const QByteArray &text)
{
    // A new name each time: QSettings caches files by path, size and modification time, and
    // two same-sized files written within a second would read as one.
    static int count = 0;
    const QString path = dir.file(QStringLiteral("lobbydesk-%1.ini").arg(++count));
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
        "[ui]\nlanguage = zh_TW\n[kiosk]\nidle_timeout_s = 90\n[sync]\ninterval_s = 7\n");
    const TerminalConfig config = TerminalConfig::load(path, true);
    CHECK(config.role == Role::Guard);
    CHECK(config.terminalName == QStringLiteral("Gate 2"));
    CHECK(config.dataDir == QStringLiteral("/var/lib/x"));
    CHECK(config.language == Language::TraditionalChinese);
    CHECK(config.idleTimeoutSeconds == 90);
    CHECK(config.syncIntervalSeconds == 7);
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
    SECTION("sync interval out of range or not a number")
    {
        const QString zero = writeIni(dir, "[sync]\ninterval_s = 0\n");
        CHECK(refusal(zero).startsWith(zero + QStringLiteral(": [sync] interval_s: '0' is not")));
        const QString words = writeIni(dir, "[sync]\ninterval_s = often\n");
        CHECK(refusal(words).contains(QStringLiteral("[sync] interval_s: 'often'")));
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

TEST_CASE("devices are read from [devices]", "[config]")
{
    TempDataDir dir;
    const QString path = writeIni(dir,
        "[devices]\ncard_reader = line:/dev/lobby-reader\ncard_reader_uid = decimal-le\n"
        "printer = /dev/lobby-printer\nprinter_paper = 58\nprinter_qr = raster\n"
        "scanner = /dev/lobby-scanner\nscanner_terminator = CRLF\nscanner_prefix = ]Q1\n");
    const DevicesConfig devices = TerminalConfig::load(path, true).devices;
    CHECK(devices.cardProtocol == DevicesConfig::CardProtocol::Line);
    CHECK(devices.cardReaderPath == QStringLiteral("/dev/lobby-reader"));
    CHECK(devices.uidFormat == DevicesConfig::UidFormat::DecimalLittleEndian);
    CHECK(devices.printerPath == QStringLiteral("/dev/lobby-printer"));
    CHECK(devices.printerPaperMm == 58);
    CHECK(devices.printerQr == DevicesConfig::QrMode::Raster);
    CHECK(devices.scannerPath == QStringLiteral("/dev/lobby-scanner"));
    CHECK(devices.scannerTerminator == QByteArray("\r\n"));
    CHECK(devices.scannerPrefix == QByteArray("]Q1"));
}

TEST_CASE("no [devices] means no devices", "[config]")
{
    TempDataDir dir;
    const DevicesConfig devices
        = TerminalConfig::load(writeIni(dir, "[terminal]\nrole = desk\n"), true).devices;
    CHECK(devices.cardReaderPath.isEmpty());
    CHECK(devices.printerPath.isEmpty());
    CHECK(devices.scannerPath.isEmpty());
}

TEST_CASE("bad device settings are refused naming the key", "[config]")
{
    TempDataDir dir;
    auto refused
        = [&](const QByteArray &ini) { return refusal(writeIni(dir, "[devices]\n" + ini)); };
    CHECK(refused("card_reader = /dev/ttyUSB0\n")
              .contains(
                  QStringLiteral("[devices] card_reader: '/dev/ttyUSB0' should be PROTOCOL:PATH")));
    CHECK(refused("card_reader = mifare:/dev/ttyUSB0\n")
              .contains(QStringLiteral(
                  "[devices] card_reader: 'mifare' is not one of pn532, line, rdm6300")));
    CHECK(refused("card_reader = pn532:ttyUSB0\n")
              .contains(QStringLiteral("'ttyUSB0' is not an absolute device path")));
    CHECK(refused("printer_paper = 76\n")
              .contains(QStringLiteral("[devices] printer_paper: '76' is not one of 80, 58")));
    CHECK(
        refused("printer_qr = laser\n").contains(QStringLiteral("[devices] printer_qr: 'laser'")));
    CHECK(refused("scanner_terminator = ETX\n")
              .contains(QStringLiteral(
                  "[devices] scanner_terminator: 'ETX' is not one of CR, LF, CRLF, TAB")));
    CHECK(refused("card_reader_uid = octal\n")
              .contains(QStringLiteral("[devices] card_reader_uid: 'octal'")));
    CHECK(
        refused("scaner = /dev/x\n").contains(QStringLiteral("[devices] scaner: unknown setting")));
}

TEST_CASE("retention periods are read, defaulted and checked", "[config][retention]")
{
    TempDataDir dir;
    const TerminalConfig defaults
        = TerminalConfig::load(writeIni(dir, "[ui]\nlanguage = en\n"), true);
    CHECK(defaults.visitRetentionDays == 180);
    CHECK(defaults.idRetentionDays == 30);
    const TerminalConfig set
        = TerminalConfig::load(writeIni(dir, "[retention]\nvisit_days = 90\nid_days = 7\n"), true);
    CHECK(set.visitRetentionDays == 90);
    CHECK(set.idRetentionDays == 7);

    for (const QByteArray &bad :
        { QByteArray("0"), QByteArray("-5"), QByteArray("half a year"), QByteArray("99999") }) {
        INFO(bad.toStdString());
        const QString path = writeIni(dir, "[retention]\nvisit_days = " + bad + "\n");
        const QString message = refusal(path);
        CHECK(message.startsWith(path));
        CHECK(message.contains(QStringLiteral("[retention] visit_days: '%1' is not a whole number "
                                              "of days from 1 to 3650")
                                   .arg(QString::fromLatin1(bad))));
    }
    const QString zeroId = writeIni(dir, "[retention]\nid_days = 0\n");
    CHECK(refusal(zeroId).contains(QStringLiteral("[retention] id_days: '0'")));
    const QString longer = writeIni(dir, "[retention]\nvisit_days = 20\nid_days = 30\n");
    CHECK(refusal(longer)
        == longer
            + QStringLiteral(": [retention] id_days: 30 days is longer than visit_days (20): ID "
                             "fragments go sooner than the visit, not later"));
    // Against the default visit period too.
    CHECK(refusal(writeIni(dir, "[retention]\nid_days = 200\n"))
              .contains(QStringLiteral("longer than visit_days (180)")));
}

TEST_CASE("staff sign-in settings are read from [staff], bad ones refused naming the key",
    "[config][staff]")
{
    TempDataDir dir;
    const TerminalConfig defaults = TerminalConfig::load(writeIni(dir, "[terminal]\n"), true);
    CHECK(defaults.staffMaxWrongPins == 5);
    CHECK(defaults.staffLockoutMinutes == 5);
    CHECK(defaults.staffIdleSignOutMinutes == 10);

    const TerminalConfig set = TerminalConfig::load(
        writeIni(
            dir, "[staff]\nmax_wrong_pins = 3\nlockout_minutes = 15\nidle_sign_out_minutes = 2\n"),
        true);
    CHECK(set.staffMaxWrongPins == 3);
    CHECK(set.staffLockoutMinutes == 15);
    CHECK(set.staffIdleSignOutMinutes == 2);

    const QString zero = refusal(writeIni(dir, "[staff]\nmax_wrong_pins = 0\n"));
    CHECK(zero.contains(QStringLiteral("[staff] max_wrong_pins")));
    CHECK(zero.contains(QStringLiteral("from 1 to 20")));
    CHECK(refusal(writeIni(dir, "[staff]\nlockout_minutes = soon\n"))
              .contains(QStringLiteral("[staff] lockout_minutes")));
    CHECK(refusal(writeIni(dir, "[staff]\nidle_sign_out_minutes = 100000\n"))
              .contains(QStringLiteral("[staff] idle_sign_out_minutes")));
}
