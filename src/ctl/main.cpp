// lobbydesk-ctl: inspect and operate a terminal's store, its sync, and the hub, from a shell.
#include "core/error.h"
#include "core/terminalconfig.h"
#include "ctlcards.h"
#include "ctlcommands.h"
#include "ctlhub.h"
#include "ctlinput.h"
#include "ctlpass.h"
#include "ctlpurge.h"
#include "ctlsync.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <cstdio>

using namespace lobbydesk;

namespace {

const QString kUsage = QStringLiteral(R"(commands:
  status [--json]        database, terminal id, events, queued, hub, last sync, parked
  events export          every event as one JSON object per line
  events verify [--json] check each terminal's hash chain; exit 1 where it breaks
  enrol URL CODE [--ca FILE]  enrol this terminal with a hub (once)
  sync [--json]          one sync round now; exit 1 if it did not finish
  parked [--json]        events the hub refused for good, with its reasons
  note add TEXT [--actor NAME]  record a shift handover note (synced to the site)
  notes [--json]         the latest handover notes of the site
  input prepare          prepare the Chinese input data under DATA/input (install time)
  pass verify TEXT [--json]  the guard's verdict on a goods pass, offline: TEXT is the
                         scanned token (quote it: it may hold spaces), a pass number
                         GP-YYYYMMDD-NNNN, or - to read one line from stdin (a scanner);
                         exit 0 valid (green), 3 valid but check (amber), 4 not valid (red)
  purge [--dry-run] [--json]  retention now: anonymise visits and invitations older than
                         [retention] visit_days, clear ID fragments older than id_days,
                         redact the same from the event log; --dry-run only counts
  cards export-blocked [--csv FILE]  the blocked IC-card UIDs (reported lost here or on any
                         terminal of the site, once synced) as CSV for the access-control
                         system: uid,blocked_at,person,unit,card_type,reason
)") + QLatin1String(kHubUsage)
    + QStringLiteral(R"(

exit status: 0 done, 1 a problem found (events verify, sync), 2 a usage mistake or an
unusable config or database; pass verify: 0 green, 3 amber, 4 red (as above).
)");

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
    parser.setApplicationDescription(QStringLiteral("LobbyDesk operations CLI.\n\n") + kUsage);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"), QStringLiteral("Terminal config file."), QStringLiteral("file"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
        QStringLiteral("Terminal data directory (overrides the config)."), QStringLiteral("dir"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Machine-readable output."));
    const QCommandLineOption caOption(QStringLiteral("ca"),
        QStringLiteral("enrol: a PEM CA certificate to trust for an https hub."),
        QStringLiteral("file"));
    const QCommandLineOption hubDbOption(QStringLiteral("db"),
        QStringLiteral("hub: the hub's database (default $LOBBYDESK_HUB_DB or "
                       "sqlite:/var/lib/lobbydesk-hub/hub.db)."),
        QStringLiteral("url"));
    const QCommandLineOption validOption(QStringLiteral("valid-hours"),
        QStringLiteral("hub enrolment-code: hours the code stays valid (default 24)."),
        QStringLiteral("hours"), QStringLiteral("24"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
        QStringLiteral("hub deny-add: the name to deny."), QStringLiteral("name"));
    const QCommandLineOption phoneOption(QStringLiteral("phone"),
        QStringLiteral("hub deny-add: the phone number to deny."), QStringLiteral("phone"));
    const QCommandLineOption idHashOption(QStringLiteral("id-hash"),
        QStringLiteral("hub deny-add: the keyed hash of an ID number, hex."),
        QStringLiteral("hex"));
    const QCommandLineOption actorOption(QStringLiteral("actor"),
        QStringLiteral("note add: who writes the note."), QStringLiteral("name"));
    const QCommandLineOption idNumberOption(QStringLiteral("id-number"),
        QStringLiteral("hub deny-add: an ID number; the hub stores only its keyed hash."),
        QStringLiteral("text"));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
        QStringLiteral("cards export-blocked: write the CSV to FILE instead of stdout."),
        QStringLiteral("FILE"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
        QStringLiteral("purge, hub purge: show what would go; change nothing."));
    const QCommandLineOption visitDaysOption(QStringLiteral("visit-retention-days"),
        QStringLiteral("hub purge: days visitors' personal data is kept (default 180)."),
        QStringLiteral("days"), QStringLiteral("180"));
    const QCommandLineOption idDaysOption(QStringLiteral("id-retention-days"),
        QStringLiteral("hub purge: days ID fragments are kept (default 30)."),
        QStringLiteral("days"), QStringLiteral("30"));
    parser.addOptions({ configOption, dataOption, jsonOption, caOption, hubDbOption, validOption,
        actorOption, nameOption, phoneOption, idHashOption, idNumberOption, dryRunOption, csvOption,
        visitDaysOption, idDaysOption });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("see the list above"));
    parser.process(app);

    const QStringList command = parser.positionalArguments();
    const QString verb = command.value(0);
    const bool json = parser.isSet(jsonOption);
    QTextStream out(stdout);
    try {
        if (verb == QStringLiteral("hub")) {
            QString url = parser.value(hubDbOption);
            if (url.isEmpty())
                url = qEnvironmentVariable(
                    "LOBBYDESK_HUB_DB", QStringLiteral("sqlite:/var/lib/lobbydesk-hub/hub.db"));
            bool hoursOk = false;
            const int hours = parser.value(validOption).toInt(&hoursOk);
            if (!hoursOk)
                return fail(QStringLiteral("--valid-hours wants a whole number of hours"));
            if (command.value(1) == QStringLiteral("purge")) {
                if (command.size() != 2)
                    return fail(
                        QStringLiteral("usage: lobbydesk-ctl hub purge [--dry-run] [--json] "
                                       "[--visit-retention-days N] [--id-retention-days N]"));
                bool visitOk = false;
                bool idOk = false;
                const int visitDays = parser.value(visitDaysOption).toInt(&visitOk);
                const int idDays = parser.value(idDaysOption).toInt(&idOk);
                if (!visitOk || !idOk)
                    return fail(QStringLiteral("--visit-retention-days and --id-retention-days "
                                               "want whole numbers of days"));
                return ctlHubPurge(url, visitDays, idDays, parser.isSet(dryRunOption), json, out);
            }
            return ctlHub(url, command.mid(1),
                { hours, parser.value(nameOption), parser.value(phoneOption),
                    parser.value(idHashOption), json, parser.value(idNumberOption) },
                out);
        }

        const QString joined = command.join(QLatin1Char(' '));
        if (joined == QStringLiteral("input prepare")) {
            const bool named = parser.isSet(configOption);
            TerminalConfig config = TerminalConfig::load(
                named ? parser.value(configOption) : TerminalConfig::defaultPath(), named);
            if (parser.isSet(dataOption))
                config.dataDir = QDir(parser.value(dataOption)).absolutePath();
            return ctlInputPrepare(config, out);
        }
        const bool passVerify
            = verb == QStringLiteral("pass") && command.value(1) == QStringLiteral("verify");
        QString passText;
        if (passVerify) {
            if (command.size() != 3)
                return fail(command.size() < 3
                        ? QStringLiteral("pass verify needs TEXT: a scanned token, a pass number, "
                                         "or - to read it from stdin")
                        : QStringLiteral("pass verify takes one TEXT; quote a token (it may hold "
                                         "spaces) or pipe it with -"));
            passText = command[2];
            if (passText == QStringLiteral("-")) {
                QTextStream in(stdin);
                const auto scanned = readScannedLine(in);
                if (!scanned)
                    return fail(QStringLiteral("pass verify -: nothing to verify on stdin"));
                passText = *scanned;
            }
        }
        const bool readOnly = passVerify || joined == QStringLiteral("status")
            || joined == QStringLiteral("events export")
            || joined == QStringLiteral("events verify") || joined == QStringLiteral("parked")
            || joined == QStringLiteral("notes")
            || joined == QStringLiteral("cards export-blocked");
        const bool note = verb == QStringLiteral("note")
            && command.value(1) == QStringLiteral("add") && command.size() == 3;
        const bool enrol = verb == QStringLiteral("enrol") && command.size() == 3;
        const bool sync = joined == QStringLiteral("sync");
        const bool purge = joined == QStringLiteral("purge");
        const bool dryRun = parser.isSet(dryRunOption);
        if (!readOnly && !enrol && !sync && !note && !purge)
            return fail(command.isEmpty()
                    ? QStringLiteral("no command given\n") + kUsage
                    : QStringLiteral("unknown command '%1'\n").arg(joined) + kUsage);

        const bool named = parser.isSet(configOption);
        TerminalConfig config = TerminalConfig::load(
            named ? parser.value(configOption) : TerminalConfig::defaultPath(), named);
        if (parser.isSet(dataOption))
            config.dataDir = QDir(parser.value(dataOption)).absolutePath();
        if (sync)
            return ctlSync(config, json, out);
        // A purge opens the store as the terminal does (and migrates it); its dry run only
        // reads.
        Store store(config.dataDir, { Database::Sync::Full, readOnly || (purge && dryRun) });
        if (purge)
            return ctlPurge(store, config, dryRun, json, out);
        if (enrol)
            return ctlEnrol(store, config, command[1], command[2], parser.value(caOption), out);
        if (passVerify)
            return ctlPassVerify(store, passText, json, out);
        if (joined == QStringLiteral("status"))
            return ctlStatus(store, json, out);
        if (joined == QStringLiteral("events export"))
            return ctlEventsExport(store, out);
        if (joined == QStringLiteral("parked"))
            return ctlParked(store, json, out);
        if (note)
            return ctlNoteAdd(store, command[2], parser.value(actorOption), out);
        if (joined == QStringLiteral("notes"))
            return ctlNotes(store, json, out);
        if (joined == QStringLiteral("cards export-blocked"))
            return ctlCardsExportBlocked(store, parser.value(csvOption), out);
        return ctlEventsVerify(store, json, out);
    } catch (const Error &error) {
        return fail(error.message());
    }
}
