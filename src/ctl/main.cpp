// lobbydesk-ctl: inspect and check a terminal's store from a shell.
#include "core/error.h"
#include "core/terminalconfig.h"
#include "ctlcommands.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <cstdio>

using namespace lobbydesk;

namespace {

constexpr auto kUsage = R"(commands:
  status [--json]        database path, schema version, terminal id, events, queued
  events export          every event as one JSON object per line
  events verify [--json] check each terminal's hash chain; exit 1 where it breaks)";

int fail(const QString &message, int code = 2)
{
    std::fprintf(stderr, "lobbydesk-ctl: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lobbydesk-ctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOBBYDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("LobbyDesk operations CLI.\n\n") + QLatin1String(kUsage));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"), QStringLiteral("Terminal config file."), QStringLiteral("file"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
        QStringLiteral("Terminal data directory (overrides the config)."), QStringLiteral("dir"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Machine-readable output."));
    parser.addOptions({ configOption, dataOption, jsonOption });
    parser.addPositionalArgument(
        QStringLiteral("command"), QStringLiteral("status | events export | events verify"));
    parser.process(app);

    const QStringList command = parser.positionalArguments();
    const QString verb = command.join(QLatin1Char(' '));
    if (verb != QStringLiteral("status") && verb != QStringLiteral("events export")
        && verb != QStringLiteral("events verify"))
        return fail(command.isEmpty()
                ? QStringLiteral("no command given\n") + QLatin1String(kUsage)
                : QStringLiteral("unknown command '%1'\n").arg(verb) + QLatin1String(kUsage));

    try {
        const bool named = parser.isSet(configOption);
        TerminalConfig config = TerminalConfig::load(
            named ? parser.value(configOption) : TerminalConfig::defaultPath(), named);
        if (parser.isSet(dataOption))
            config.dataDir = QDir(parser.value(dataOption)).absolutePath();
        const Store store(config.dataDir, { Database::Sync::Full, true });
        QTextStream out(stdout);
        const bool json = parser.isSet(jsonOption);
        if (verb == QStringLiteral("status"))
            return ctlStatus(store, json, out);
        if (verb == QStringLiteral("events export"))
            return ctlEventsExport(store, out);
        return ctlEventsVerify(store, json, out);
    } catch (const Error &error) {
        return fail(error.message());
    }
}
