#include "app/siteprinters.h"

#include "app/languageswitcher.h"
#include "app/syncstatus.h"
#include "core/error.h"
#include "core/logging.h"
#include "services/printerreports.h"
#include "store/eventlog.h"

#include <QVariantMap>

namespace lobbydesk {

SitePrinters::SitePrinters(PrinterReports &reports, EventLog &events, SyncStatus &sync,
    LanguageSwitcher &languages, QObject *parent)
    : QObject(parent)
    , m_reports(reports)
{
    // Recorded here, or pulled from the hub (the sync status changes after each pull).
    connect(&events, &EventLog::recorded, this, &SitePrinters::refresh);
    connect(&sync, &SyncStatus::changed, this, &SitePrinters::refresh);
    connect(&languages, &LanguageSwitcher::changed, this, &SitePrinters::refresh);
    refresh();
}

QString SitePrinters::conditionWords(const QString &condition)
{
    using namespace printercondition;
    if (condition == kPaperOut)
        return tr("out of paper");
    if (condition == kCoverOpen)
        return tr("cover open");
    if (condition == kError)
        return tr("printer fault");
    if (condition == kOffline)
        return tr("printer offline");
    if (condition == kDisconnected)
        return tr("printer not answering");
    if (condition == kNotConfigured)
        return tr("printer removed from the set-up");
    if (condition == kPaperLow)
        return tr("paper running low");
    if (condition == kReady)
        return tr("printer ready");
    // A condition a newer LobbyDesk knows: shown as sent rather than hidden.
    return tr("printer condition '%1'").arg(condition);
}

void SitePrinters::refresh()
{
    QVariantList rows;
    QStringList lines;
    try {
        for (const SitePrinter &printer : m_reports.troubleElsewhere()) {
            const QString since = printer.since.toLocalTime().toString(QStringLiteral("HH:mm"));
            const QString words = conditionWords(printer.condition);
            rows.append(QVariantMap { { QStringLiteral("terminal"), printer.terminalName },
                { QStringLiteral("condition"), printer.condition },
                { QStringLiteral("words"), words }, { QStringLiteral("since"), since } });
            lines.append(tr("%1: %2 since %3").arg(printer.terminalName, words, since));
        }
    } catch (const Error &error) {
        qCWarning(lcApp) << "cannot read the site's printers:" << error.message();
    }
    const QString summary = lines.join(QStringLiteral("  ·  "));
    if (rows == m_trouble && summary == m_summary)
        return;
    m_trouble = rows;
    m_summary = summary;
    emit changed();
}

} // namespace lobbydesk
