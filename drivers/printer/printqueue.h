#pragma once

#include "store/database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace lobbydesk {

// One slip to print, as stored in print-queue.db.
struct PrintJob
{
    enum class State {
        Waiting, // not sent, or sent and refused (paper out…): will be sent again, whole
        Printing, // sent; printed only once the printer confirms. Left over from an earlier
                  // run (or a lost line), it "may have printed": staff reprint or cancel it
        Printed,
        Cancelled,
    };

    QString id; // UUID without braces; a caller may choose it so a retry is recognised
    QDateTime createdAt; // UTC
    QString title; // for staff ("Visitor slip 0042")
    QByteArray bytes; // the whole ESC/POS job, init to cut
    State state = State::Waiting;
    int attempts = 0; // times sent to the printer
    QString lastProblem; // why the last attempt did not end printed; empty if none
};

// Print jobs kept in their own SQLite file (<data dir>/print-queue.db), so a slip is neither
// lost (power cut, unplugged or empty printer) nor printed twice. Every change is one
// WriteTransaction; the file has its own migrations.
//
// The one job sent to the printer is "in flight" (known to this process only). A job found in
// Printing at open, or whose confirmation was lost (markUnconfirmed), is never resent by
// itself: it may be on paper already, so staff decide (reprint() or cancel()).
class PrintQueue
{
public:
    // Opens (creating if needed) <dataDir>/print-queue.db. Throws Error like Database does.
    explicit PrintQueue(const QString &dataDir);
    ~PrintQueue();
    Q_DISABLE_COPY_MOVE(PrintQueue)

    static constexpr const char *kFileName = "print-queue.db";
    [[nodiscard]] QString path() const;

    // Adds a waiting job. With an id that is already stored, returns that job and writes
    // nothing (whatever its state): enqueueing again after an error never prints twice.
    PrintJob enqueue(const QString &title, const QByteArray &bytes, const QString &id = {});

    // The oldest waiting job.
    [[nodiscard]] std::optional<PrintJob> next() const;
    [[nodiscard]] std::optional<PrintJob> job(const QString &id) const;
    [[nodiscard]] QList<PrintJob> waiting() const;
    // Jobs in Printing other than the one in flight: they may have printed.
    [[nodiscard]] QList<PrintJob> mayHavePrinted() const;
    [[nodiscard]] const QString &inFlight() const { return m_inFlight; }

    // Waiting → Printing (attempts + 1), and it becomes the job in flight. Throws Error(Invalid)
    // unless the job is waiting and nothing else is in flight.
    void markPrinting(const QString &id);
    // In flight → Printed: only after the printer confirmed.
    void markPrinted(const QString &id);
    // In flight → Waiting: the printer said it did not print (paper out…); sent again whole.
    void markFailed(const QString &id, const QString &reason);
    // In flight, but the confirmation never came (line lost): stays Printing, may have printed.
    void markUnconfirmed(const QString &id, const QString &reason);

    // Staff decisions. Both refuse (false) the job in flight and jobs already printed/cancelled.
    bool cancel(const QString &id); // Waiting or may-have-printed → Cancelled
    bool reprint(const QString &id); // may-have-printed → Waiting

private:
    [[nodiscard]] QList<PrintJob> select(const QString &where, const QVariantList &values) const;
    void setState(const QString &id, PrintJob::State from, PrintJob::State to,
        const QString &problem, bool countAttempt);
    [[nodiscard]] bool decide(const QString &id, PrintJob::State to);

    std::unique_ptr<Database> m_db;
    QString m_inFlight;
};

} // namespace lobbydesk
