#include "commandline.h"

#include "core/error.h"

#include <QCommandLineParser>
#include <QDir>
#include <cstring>

namespace lobbydesk {

Invocation parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("LobbyDesk terminal: the lobby kiosk, the front desk or the guard post."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"),
        QStringLiteral(
            "INI config file (default: $LOBBYDESK_CONFIG or /etc/lobbydesk/lobbydesk.ini)."),
        QStringLiteral("file"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
        QStringLiteral("Terminal role: kiosk, desk or guard."), QStringLiteral("role"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
        QStringLiteral("Directory of the terminal's database."), QStringLiteral("dir"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QStringLiteral("Start language: zh_CN, zh_TW or en."), QStringLiteral("code"));
    const QCommandLineOption windowedOption(QStringLiteral("windowed"),
        QStringLiteral("Show a window instead of taking the whole screen."));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
        QStringLiteral("Load every screen of every role offscreen; exit non-zero on any warning."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Render every screen of the role in each language to PNGs in <dir>."),
        QStringLiteral("dir"));
    const QCommandLineOption demoKeysOption(QStringLiteral("demo-keys"),
        QStringLiteral("Desk, for a demonstration: an empty key cabinet gets a key of each type, "
                       "one lent and one overdue."));
    parser.addOptions({ configOption, roleOption, dataOption, languageOption, windowedOption,
        selfTestOption, screenshotOption, demoKeysOption });
    parser.process(arguments);

    if (!parser.positionalArguments().isEmpty())
        throw Error(Error::Kind::Config,
            QStringLiteral("unexpected argument '%1' (see --help)")
                .arg(parser.positionalArguments().constFirst()));

    Invocation invocation;
    const bool named = parser.isSet(configOption);
    invocation.config = TerminalConfig::load(
        named ? parser.value(configOption) : TerminalConfig::defaultPath(), named);
    if (parser.isSet(roleOption)) {
        const auto role = roleFromKey(parser.value(roleOption));
        if (!role)
            throw Error(Error::Kind::Config,
                QStringLiteral("--role: '%1' is not one of %2")
                    .arg(parser.value(roleOption), roleKeys().join(u", ")));
        invocation.config.role = *role;
    }
    if (parser.isSet(languageOption)) {
        const auto language = languageFromCode(parser.value(languageOption));
        if (!language)
            throw Error(Error::Kind::Config,
                QStringLiteral("--language: '%1' is not one of %2")
                    .arg(parser.value(languageOption), languageCodes().join(u", ")));
        invocation.config.language = *language;
    }
    if (parser.isSet(dataOption)) {
        if (parser.value(dataOption).trimmed().isEmpty())
            throw Error(Error::Kind::Config, QStringLiteral("--data: needs a directory"));
        invocation.config.dataDir = QDir(parser.value(dataOption)).absolutePath();
    }
    invocation.windowed = parser.isSet(windowedOption);
    invocation.demoKeys = parser.isSet(demoKeysOption);
    if (parser.isSet(selfTestOption)) {
        invocation.mode = Invocation::Mode::SelfTest;
    } else if (parser.isSet(screenshotOption)) {
        invocation.mode = Invocation::Mode::Screenshot;
        invocation.screenshotDir = QDir(parser.value(screenshotOption)).absolutePath();
    }
    return invocation;
}

bool wantsOffscreen(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--self-test") == 0
            || std::strncmp(argv[i], "--screenshot", 12) == 0)
            return true;
    }
    return false;
}

} // namespace lobbydesk
