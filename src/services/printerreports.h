#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class QSqlDatabase;

namespace lobbydesk {

class EventLog;
struct Event;

// What the site's other terminals learn of a terminal's receipt printer: whether it can print,
// and if not, why. The codes are language-neutral; each screen says them in its own language.
namespace printercondition {
inline const QString kReady = QStringLiteral("ready");
inline const QString kPaperLow = QStringLiteral("paper_low"); // still prints
inline const QString kPaperOut = QStringLiteral("paper_out");
inline const QString kCoverOpen = QStringLiteral("cover_open");
inline const QString kError = QStringLiteral("error");
inline const QString kOffline = QStringLiteral("offline");
inline const QString kDisconnected = QStringLiteral("disconnected"); // no answer on the port
inline const QString kNotConfigured = QStringLiteral("not_configured");
[[nodiscard]] const QStringList &all();
// Whether slips print in this condition.
[[nodiscard]] bool prints(const QString &condition);
} // namespace printercondition

struct SitePrinter
{
    QString terminalId;
    QString terminalName; // as the hub enrolled it; the id when not known here
    QString condition;
    QString detail; // the driver's words, in English, for a technician
    QDateTime since;
};

// The printers of the site's terminals (docs/visitors.md, "Printer trouble"): each terminal
// records its own printer's condition when it changes, and the desk lists the others.
class PrinterReports
{
public:
    using Clock = std::function<QDateTime()>;

    explicit PrinterReports(EventLog &events, Clock clock = {});

    // Records `condition` for this terminal's printer unless it is already the recorded one;
    // returns whether it recorded. An unknown condition throws Error(Invalid).
    bool report(const QString &condition, const QString &detail);
    // This terminal's printer as last recorded; empty condition when never.
    [[nodiscard]] SitePrinter own() const;
    // The other terminals' printers that cannot print now, longest first.
    [[nodiscard]] QList<SitePrinter> troubleElsewhere() const;

private:
    EventLog &m_events;
    Clock m_clock;
};

[[nodiscard]] bool isPrinterEvent(const QString &type);
void applyPrinterEvent(const Event &event, QSqlDatabase &db);

} // namespace lobbydesk
