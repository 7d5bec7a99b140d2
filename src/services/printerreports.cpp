#include "services/printerreports.h"

#include "core/error.h"
#include "core/event.h"
#include "store/eventlog.h"
#include "store/sqlerror.h"

#include <QSqlQuery>

namespace lobbydesk {
namespace {

const QString kType = QStringLiteral("device.printer.state");

SitePrinter rowToPrinter(const QSqlQuery &query)
{
    const QString id = query.value(0).toString();
    const QString name = query.value(1).toString();
    return { id, name.isEmpty() ? id : name, query.value(2).toString(), query.value(3).toString(),
        parseIsoUtc(query.value(4).toString()) };
}

} // namespace

const QStringList &printercondition::all()
{
    static const QStringList conditions { kReady, kPaperLow, kPaperOut, kCoverOpen, kError,
        kOffline, kDisconnected, kNotConfigured };
    return conditions;
}

bool printercondition::prints(const QString &condition)
{
    return condition == kReady || condition == kPaperLow;
}

PrinterReports::PrinterReports(EventLog &events, Clock clock)
    : m_events(events)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{ }

bool PrinterReports::report(const QString &condition, const QString &detail)
{
    if (!printercondition::all().contains(condition))
        throw Error(Error::Kind::Invalid,
            QStringLiteral("'%1' is not a printer condition (one of %2)")
                .arg(condition, printercondition::all().join(QStringLiteral(", "))));
    // The detail alone changing (a port renamed, a status word) is not news for the desk.
    if (own().condition == condition)
        return false;
    m_events.record({ kType,
                        QJsonObject { { QStringLiteral("condition"), condition },
                            { QStringLiteral("detail"), detail } },
                        {}, {}, m_clock() },
        applyPrinterEvent);
    return true;
}

SitePrinter PrinterReports::own() const
{
    QSqlQuery query(m_events.database().sql());
    query.prepare(QStringLiteral("SELECT terminal_id, '', condition, detail, since"
                                 " FROM site_printers WHERE terminal_id = ?"));
    query.addBindValue(m_events.terminalId());
    execOrThrow(
        query, QStringLiteral("reading this terminal's printer"), m_events.database().path());
    return query.next() ? rowToPrinter(query) : SitePrinter {};
}

QList<SitePrinter> PrinterReports::troubleElsewhere() const
{
    QSqlQuery query(m_events.database().sql());
    query.prepare(QStringLiteral(
        "SELECT p.terminal_id,"
        " (SELECT k.terminal_name FROM site_keys k WHERE k.terminal_id = p.terminal_id"
        "  ORDER BY k.added_at DESC LIMIT 1),"
        " p.condition, p.detail, p.since"
        " FROM site_printers p"
        " WHERE p.terminal_id <> ? AND p.condition NOT IN ('ready', 'paper_low')"
        " AND NOT EXISTS (SELECT 1 FROM site_keys r WHERE r.terminal_id = p.terminal_id"
        "  AND r.revoked_at IS NOT NULL)"
        " ORDER BY p.since"));
    query.addBindValue(m_events.terminalId());
    execOrThrow(query, QStringLiteral("reading the site's printers"), m_events.database().path());
    QList<SitePrinter> printers;
    while (query.next())
        printers.append(rowToPrinter(query));
    return printers;
}

bool isPrinterEvent(const QString &type)
{
    return type == kType;
}

// The latest report per terminal wins; an older one arriving late (sync order across
// terminals) does not overwrite a newer one.
void applyPrinterEvent(const Event &event, QSqlDatabase &db)
{
    const QJsonObject payload = event.payloadObject();
    runSql(db,
        QStringLiteral("INSERT INTO site_printers (terminal_id, condition, detail, since)"
                       " VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (terminal_id) DO UPDATE SET condition = excluded.condition,"
                       " detail = excluded.detail, since = excluded.since"
                       " WHERE excluded.since >= site_printers.since"),
        { event.terminalId, payload.value(QStringLiteral("condition")).toString(),
            payload.value(QStringLiteral("detail")).toString(), isoUtc(event.occurredAt) },
        QStringLiteral("recording a printer's condition"));
}

} // namespace lobbydesk
