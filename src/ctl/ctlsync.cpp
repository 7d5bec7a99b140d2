#include "ctlsync.h"

#include "core/error.h"
#include "services/desknotes.h"
#include "services/projections.h"
#include "store/sqlerror.h"
#include "store/store.h"
#include "sync/enrolment.h"
#include "sync/syncengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lobbydesk {

int ctlEnrol(Store &store, const TerminalConfig &config, const QString &url, const QString &code,
    const QString &caFile, QTextStream &out)
{
    QString caPem;
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Config,
                QStringLiteral("cannot read the CA file %1: %2").arg(caFile, file.errorString()));
        caPem = QString::fromUtf8(file.readAll());
    }
    const QString name = config.terminalName.isEmpty()
        ? QStringLiteral("%1 %2").arg(roleKey(config.role), store.terminalId().left(8))
        : config.terminalName;
    const HubLink link = enrolTerminal(store, { url, code, name, config.role, caPem });
    out << "enrolled terminal " << store.terminalId() << " (" << name << ") with " << link.url
        << ", site " << link.siteId << " (" << link.siteName << ")\n";
    return 0;
}

int ctlSync(const TerminalConfig &config, bool json, QTextStream &out)
{
    SyncEngine engine(config.dataDir, terminalProjection, SyncEngine::Options {});
    const SyncRound round = engine.runRound();
    const SyncSnapshot after = engine.snapshot();
    if (json) {
        out << QJsonDocument(QJsonObject { { QStringLiteral("ok"), round.ok },
                                 { QStringLiteral("pushed"), round.pushed },
                                 { QStringLiteral("parked"), round.parked },
                                 { QStringLiteral("pulled"), round.pulled },
                                 { QStringLiteral("queued"), after.queued },
                                 { QStringLiteral("error"), round.error } })
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else {
        out << "pushed " << round.pushed << ", parked " << round.parked << ", pulled "
            << round.pulled << "; queued now " << after.queued << '\n';
        if (!round.ok)
            out << "sync failed: " << round.error << '\n';
    }
    return round.ok ? 0 : 1;
}

int ctlParked(Store &store, bool json, QTextStream &out)
{
    QSqlQuery query = runSql(store.sql(),
        QStringLiteral(
            "SELECT event_id, seq, type, reason, parked_at FROM parked_events ORDER BY seq"),
        QStringLiteral("listing parked events"));
    QJsonArray list;
    while (query.next()) {
        const QJsonObject item { { QStringLiteral("id"), query.value(0).toString() },
            { QStringLiteral("seq"), query.value(1).toLongLong() },
            { QStringLiteral("type"), query.value(2).toString() },
            { QStringLiteral("reason"), query.value(3).toString() },
            { QStringLiteral("parked_at"), query.value(4).toString() } };
        list.append(item);
        if (!json)
            out << "seq " << item.value(QStringLiteral("seq")).toInteger() << ' '
                << item.value(QStringLiteral("type")).toString() << " ("
                << item.value(QStringLiteral("parked_at")).toString()
                << "): " << item.value(QStringLiteral("reason")).toString() << '\n';
    }
    if (json)
        out << QJsonDocument(list).toJson(QJsonDocument::Compact) << '\n';
    else if (list.isEmpty())
        out << "no parked events\n";
    return 0;
}

int ctlNoteAdd(Store &store, const QString &text, const QString &actor, QTextStream &out)
{
    const Event event = DeskNotes(store.events()).add(text, actor);
    out << "recorded note " << uuidText(event.id) << " (seq " << event.seq << ")\n";
    return 0;
}

int ctlNotes(Store &store, bool json, QTextStream &out)
{
    QJsonArray list;
    for (const DeskNote &note : DeskNotes(store.events()).latest(50)) {
        list.append(QJsonObject { { QStringLiteral("id"), note.eventId },
            { QStringLiteral("terminal"), note.terminalId },
            { QStringLiteral("written_at"), note.writtenAt },
            { QStringLiteral("author"), note.author }, { QStringLiteral("text"), note.text } });
        if (!json)
            out << note.writtenAt << "  "
                << (note.author.isEmpty() ? QStringLiteral("-") : note.author) << ": " << note.text
                << '\n';
    }
    if (json)
        out << QJsonDocument(list).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

} // namespace lobbydesk
