#include "ctlpurge.h"

#include "core/event.h"
#include "core/terminalconfig.h"
#include "hub/hubdatabase.h"
#include "hub/hubretention.h"
#include "services/retention.h"
#include "store/store.h"

#include <QJsonDocument>

namespace lobbydesk {
namespace {

QString day(const QDateTime &time)
{
    return isoUtc(time);
}

} // namespace

int ctlPurge(Store &store, const TerminalConfig &config, bool dryRun, bool json, QTextStream &out)
{
    Retention retention(
        store.events(), RetentionPolicy { config.visitRetentionDays, config.idRetentionDays });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const RetentionCounts counts = dryRun ? retention.plan(now) : retention.run(now);
    if (json) {
        QJsonObject body = counts.toJson();
        body.insert(QStringLiteral("dry_run"), dryRun);
        body.insert(QStringLiteral("visit_days"), config.visitRetentionDays);
        body.insert(QStringLiteral("id_days"), config.idRetentionDays);
        out << QJsonDocument(body).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    const char *verb = dryRun ? "would be " : "";
    out << "retention: visits " << config.visitRetentionDays << " days (checked in before "
        << day(counts.visitsBefore) << "), ID fragments " << config.idRetentionDays
        << " days (before " << day(counts.idBefore) << ")\n"
        << "visits:       " << counts.visits << ' ' << verb << "anonymised\n"
        << "ID fragments: " << counts.idFragments << " visits " << (dryRun ? "would lose" : "lost")
        << " the ID's last 4 and hash\n"
        << "invitations:  " << counts.invitations << ' ' << verb << "anonymised\n"
        << "key loans:    " << counts.keyLoans << " to visitors "
        << (dryRun ? "would lose" : "lost") << " the borrower's name\n"
        << "temp. cards:  " << counts.temporaryCards << ' ' << (dryRun ? "would lose" : "lost")
        << " the holder's name\n"
        << "events:       " << counts.events << ' ' << verb
        << "redacted (acknowledged by the hub only)\n";
    if (dryRun)
        out << "dry run: nothing was changed\n";
    return 0;
}

int ctlHubPurge(
    const QString &dbUrl, int visitDays, int idDays, bool dryRun, bool json, QTextStream &out)
{
    HubRetention::checkPeriods(visitDays, idDays);
    HubDatabase db(dbUrl);
    HubRetention retention(db, visitDays, idDays);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const HubRetention::Counts counts = dryRun ? retention.plan(now) : retention.run(now);
    if (json) {
        out << QJsonDocument(
            QJsonObject { { QStringLiteral("dry_run"), dryRun },
                { QStringLiteral("visit_days"), visitDays }, { QStringLiteral("id_days"), idDays },
                { QStringLiteral("visits_before"), day(counts.visitsBefore) },
                { QStringLiteral("id_before"), day(counts.idBefore) },
                { QStringLiteral("events"), counts.events } })
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return 0;
    }
    out << "retention: visits " << visitDays << " days (before " << day(counts.visitsBefore)
        << "), ID fragments " << idDays << " days (before " << day(counts.idBefore) << ")\n"
        << "events: " << counts.events << (dryRun ? " would be" : "") << " redacted\n";
    if (dryRun)
        out << "dry run: nothing was changed\n";
    return 0;
}

} // namespace lobbydesk
