#include "ctlcommands.h"

#include "core/event.h"
#include "store/store.h"
#include "sync/syncsnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lobbydesk {
namespace {

QString line(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

int ctlStatus(const Store &store, bool json, QTextStream &out)
{
    const EventLog &events = store.events();
    const auto last = events.lastEventTime();
    const SyncSnapshot sync = readSyncSnapshot(const_cast<Store &>(store).sql(), events);
    const QString lastSync = sync.lastSuccess.isValid() ? isoUtc(sync.lastSuccess) : QString();
    const QString &lastError = sync.lastError;
    const qint64 parked = sync.parked;
    QJsonObject status {
        { QStringLiteral("database"), store.path() },
        { QStringLiteral("schema_version"), store.schemaVersion() },
        { QStringLiteral("terminal_id"), store.terminalId() },
        { QStringLiteral("events"), events.eventCount() },
        { QStringLiteral("queued"), sync.queued },
        { QStringLiteral("last_event"), last ? QJsonValue(isoUtc(*last)) : QJsonValue() },
        { QStringLiteral("hub"), sync.enrolled ? QJsonValue(sync.hubUrl) : QJsonValue() },
        { QStringLiteral("site"), sync.enrolled ? QJsonValue(sync.siteId) : QJsonValue() },
        { QStringLiteral("parked"), parked },
        { QStringLiteral("last_sync"), lastSync.isEmpty() ? QJsonValue() : QJsonValue(lastSync) },
        { QStringLiteral("last_sync_error"),
            lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError) },
    };
    if (json) {
        out << line(status) << '\n';
        return 0;
    }
    out << "database:       " << store.path() << '\n'
        << "schema version: " << store.schemaVersion() << '\n'
        << "terminal id:    " << store.terminalId() << '\n'
        << "events:         " << events.eventCount() << '\n'
        << "queued:         " << sync.queued << " (not yet acknowledged by the hub)\n"
        << "last event:     " << (last ? isoUtc(*last) : QStringLiteral("none")) << '\n'
        << "hub:            "
        << (sync.enrolled
                   ? QStringLiteral("%1 (site %2, %3)").arg(sync.hubUrl, sync.siteId, sync.siteName)
                   : QStringLiteral("not enrolled (lobbydesk-ctl enrol URL CODE)"))
        << '\n'
        << "last sync:      " << (lastSync.isEmpty() ? QStringLiteral("never") : lastSync) << '\n'
        << "sync problem:   " << (lastError.isEmpty() ? QStringLiteral("none") : lastError) << '\n'
        << "parked events:  " << parked
        << (parked > 0 ? " (refused by the hub: lobbydesk-ctl parked)" : "") << '\n';
    return 0;
}

int ctlEventsExport(const Store &store, QTextStream &out)
{
    store.events().forEach([&out](const Event &event) {
        out << line(event.toJson()) << '\n';
        return true;
    });
    return 0;
}

int ctlEventsVerify(const Store &store, bool json, QTextStream &out)
{
    const QList<ChainReport> reports = store.events().verifyAll();
    bool allOk = true;
    QJsonArray chains;
    for (const ChainReport &report : reports) {
        allOk = allOk && report.ok();
        QJsonObject chain { { QStringLiteral("terminal_id"), report.terminalId },
            { QStringLiteral("ok"), report.ok() }, { QStringLiteral("checked"), report.checked } };
        if (!report.ok()) {
            chain.insert(QStringLiteral("broken_at_seq"), *report.brokenAtSeq);
            chain.insert(QStringLiteral("problem"), report.problem);
        }
        chains.append(chain);
        if (json)
            continue;
        if (report.ok())
            out << "terminal " << report.terminalId << ": " << report.checked
                << " events, chain intact\n";
        else
            out << "terminal " << report.terminalId << ": chain BROKEN at seq "
                << *report.brokenAtSeq << " (" << report.checked
                << " events before it verified): " << report.problem << '\n';
    }
    if (json)
        out << line({ { QStringLiteral("ok"), allOk }, { QStringLiteral("chains"), chains } })
            << '\n';
    return allOk ? 0 : 1;
}

} // namespace lobbydesk
