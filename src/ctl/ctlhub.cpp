#include "ctlhub.h"

#include "core/error.h"
#include "core/pin.h"
#include "ctlwebhooks.h"
#include "hub/hubadmin.h"
#include "hub/hubdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace lobbydesk {
namespace {

[[noreturn]] void usage(const QString &why)
{
    throw Error(
        Error::Kind::Invalid, why + QStringLiteral("\nhub commands:\n") + QLatin1String(kHubUsage));
}

// The PIN from stdin: one line, asked for without echo on a terminal. Never an argument, which
// other users see in ps and the shell keeps in its history. `usage` is for the hint.
QString readPin(const QString &usage, const PinRules &rules)
{
    const bool tty = isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (tty) {
        std::fprintf(stderr, "PIN (%d-%d digits): ", rules.minDigits, rules.maxDigits);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString pin = in.readLine().trimmed();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    if (pin.isEmpty())
        throw Error(Error::Kind::Invalid,
            QStringLiteral("no PIN on stdin; e.g. printf '%s\\n' \"$PIN\" | lobbydesk-ctl hub %1")
                .arg(usage));
    return pin;
}

// staff-pin and tenant-pin (and their -clear): the same command for two holders of a PIN.
struct PinCommand
{
    HubAdmin::PinHolder holder;
    PinRules rules;
    const char *shape; // the argument after SITE, in the usage line
    const char *what; // "sign-in PIN"
};

std::optional<PinCommand> pinCommandOf(const QString &command)
{
    if (command.startsWith(QStringLiteral("staff-pin")))
        return PinCommand { HubAdmin::PinHolder::Staff, kStaffPinRules, "STAFF", "sign-in PIN" };
    if (command.startsWith(QStringLiteral("tenant-pin")))
        return PinCommand { HubAdmin::PinHolder::Tenant, kTenantPinRules, "PERSON", "card PIN" };
    return std::nullopt;
}

} // namespace

int ctlHub(const QString &dbUrl, const QStringList &arguments, const HubCommandOptions &options,
    QTextStream &out)
{
    if (arguments.isEmpty())
        usage(QStringLiteral("no hub command given"));
    const bool json = options.json;
    const int validHours = options.validHours;
    const QString command = arguments.first();
    const QStringList args = arguments.mid(1);
    auto need = [&](qsizetype min, qsizetype max, const char *shape) {
        if (args.size() < min || args.size() > max)
            usage(QStringLiteral("usage: lobbydesk-ctl hub %1 %2")
                      .arg(command, QLatin1String(shape)));
    };
    static const QStringList known { QStringLiteral("sites"), QStringLiteral("create-site"),
        QStringLiteral("enrolment-code"), QStringLiteral("terminals"),
        QStringLiteral("revoke-terminal"), QStringLiteral("import-directory"),
        QStringLiteral("arrears"), QStringLiteral("deny-add"), QStringLiteral("deny-remove"),
        QStringLiteral("deny-list"), QStringLiteral("staff-pin"), QStringLiteral("staff-pin-clear"),
        QStringLiteral("tenant-pin"), QStringLiteral("tenant-pin-clear"),
        QStringLiteral("webhooks") };
    if (!known.contains(command))
        usage(QStringLiteral("unknown hub command '%1'").arg(command));

    HubDatabase db(dbUrl);
    HubAdmin admin(db);
    if (command == QStringLiteral("sites")) {
        need(0, 0, "");
        QJsonArray list;
        for (const HubSite &site : admin.sites()) {
            list.append(QJsonObject { { QStringLiteral("site"), site.id },
                { QStringLiteral("name"), site.name },
                { QStringLiteral("terminals"), site.terminals },
                { QStringLiteral("events"), site.events } });
            if (!json)
                out << site.id << "  " << site.name << "  (" << site.terminals << " terminals, "
                    << site.events << " events)\n";
        }
        if (json)
            out << QJsonDocument(list).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    if (command == QStringLiteral("create-site")) {
        need(2, 2, "ID NAME");
        const HubSite site = admin.createSite(args[0], args[1]);
        out << "created site " << site.id << " (" << site.name << ")\n";
        return 0;
    }
    if (command == QStringLiteral("enrolment-code")) {
        need(1, 1, "SITE [--valid-hours N]");
        const QString code = admin.createEnrolmentCode(args[0], std::chrono::hours(validHours));
        if (json)
            out << QJsonDocument(QJsonObject { { QStringLiteral("code"), code },
                                     { QStringLiteral("valid_hours"), validHours } })
                       .toJson(QJsonDocument::Compact)
                << '\n';
        else
            out << code << '\n';
        return 0;
    }
    if (command == QStringLiteral("terminals")) {
        need(0, 1, "[SITE]");
        QJsonArray list;
        for (const HubTerminal &t : admin.terminals(args.value(0, QStringLiteral("")))) {
            list.append(QJsonObject { { QStringLiteral("terminal"), t.id },
                { QStringLiteral("site"), t.siteId }, { QStringLiteral("name"), t.name },
                { QStringLiteral("role"), t.role }, { QStringLiteral("key_id"), t.keyId },
                { QStringLiteral("enrolled_at"), t.enrolledAt },
                { QStringLiteral("revoked_at"), t.revokedAt },
                { QStringLiteral("last_seq"), t.lastSeq },
                { QStringLiteral("last_push_at"), t.lastSeenAt } });
            if (!json)
                out << t.id << "  " << t.siteId << "  " << t.role << "  " << t.name << "  events "
                    << t.lastSeq << "  last push "
                    << (t.lastSeenAt.isEmpty() ? QStringLiteral("never") : t.lastSeenAt)
                    << (t.revokedAt.isEmpty() ? QString()
                                              : QStringLiteral("  REVOKED ") + t.revokedAt)
                    << '\n';
        }
        if (json)
            out << QJsonDocument(list).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    if (command == QStringLiteral("revoke-terminal")) {
        need(1, 1, "TERMINAL");
        admin.revokeTerminal(args[0]);
        out << "revoked terminal " << args[0] << '\n';
        return 0;
    }
    if (command == QStringLiteral("deny-add")) {
        need(2, 2, "SITE REASON [--name NAME] [--phone PHONE] [--id-number ID | --id-hash HEX]");
        const QString entry = admin.addDenyEntry(
            args[0], { options.name, options.phone, options.idHash, args[1], options.idNumber });
        out << "added deny-list entry " << entry << '\n';
        return 0;
    }
    if (command == QStringLiteral("deny-remove")) {
        need(2, 2, "SITE ENTRY");
        admin.removeDenyEntry(args[0], args[1]);
        out << "lifted deny-list entry " << args[1] << '\n';
        return 0;
    }
    if (command == QStringLiteral("deny-list")) {
        need(1, 1, "SITE");
        QJsonArray list;
        for (const auto &[entry, payload] : admin.denyList(args[0])) {
            list.append(payload);
            if (!json)
                out << entry << "  name " << payload.value(QStringLiteral("name")).toString()
                    << "  phone " << payload.value(QStringLiteral("phone")).toString() << "  "
                    << payload.value(QStringLiteral("reason")).toString() << '\n';
        }
        if (json)
            out << QJsonDocument(list).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    if (const auto pin = pinCommandOf(command)) {
        if (command.endsWith(QStringLiteral("-clear"))) {
            need(2, 2, qPrintable(QStringLiteral("SITE %1").arg(QLatin1String(pin->shape))));
            admin.clearPin(pin->holder, args[0], args[1]);
            out << "cleared the " << pin->what << " of " << args[1] << '\n';
            return 0;
        }
        need(2, 2,
            qPrintable(QStringLiteral("SITE %1   (the PIN on stdin, never on the command line)")
                           .arg(QLatin1String(pin->shape))));
        admin.setPin(pin->holder, args[0], args[1],
            readPin(
                QStringLiteral("%1 SITE %2").arg(command, QLatin1String(pin->shape)), pin->rules));
        out << "set the " << pin->what << " of " << args[1] << "; the terminals of " << args[0]
            << " get it at their next sync\n";
        return 0;
    }
    if (command == QStringLiteral("webhooks")) {
        need(0, 1, "[SITE] [--json]");
        return ctlHubWebhooks(db, args.value(0, QStringLiteral("")), json, out);
    }
    if (command == QStringLiteral("arrears")) {
        need(3, 4, "SITE UNIT on|off [NOTE]");
        if (args[2] != QStringLiteral("on") && args[2] != QStringLiteral("off"))
            usage(QStringLiteral("arrears takes on or off, not '%1'").arg(args[2]));
        const bool on = args[2] == QStringLiteral("on");
        admin.setArrears(args[0], args[1], on, args.value(3, QStringLiteral("")));
        out << "unit " << args[1]
            << (on ? " is now flagged in arrears\n" : " is no longer in arrears\n");
        return 0;
    }
    need(2, 2, "SITE FILE.csv");
    QFile file(args[1]);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Invalid,
            QStringLiteral("cannot read %1: %2").arg(args[1], file.errorString()));
    const DirectoryImportSummary summary = admin.importDirectory(args[0], file.readAll());
    out << "imported " << summary.rows << " rows into " << args[0] << ": " << summary.added
        << " added, " << summary.changed << " changed, " << summary.unchanged << " unchanged\n";
    return 0;
}

} // namespace lobbydesk
