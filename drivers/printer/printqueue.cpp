#include "drivers/printer/printqueue.h"

#include "core/error.h"
#include "store/migrations.h"
#include "store/sqlerror.h"
#include "store/writetransaction.h"

#include <QDir>
#include <QLoggingCategory>
#include <QUuid>

namespace lobbydesk {

namespace {

Q_LOGGING_CATEGORY(lcQueue, "lobbydesk.drivers.printer", QtInfoMsg)

// Finished jobs are kept this long so staff can see what printed, then dropped at open.
constexpr int kKeepFinishedDays = 30;

const std::vector<Migration> &queueSchema()
{
    static const std::vector<Migration> migrations {
        { 1, QStringLiteral("print jobs"),
            {
                // seq orders the queue (first in, first out) independently of the clock.
                QStringLiteral("CREATE TABLE jobs ("
                               " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " id TEXT NOT NULL UNIQUE,"
                               " created_at TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL,"
                               " title TEXT NOT NULL,"
                               " bytes BLOB NOT NULL,"
                               " state TEXT NOT NULL CHECK (state IN"
                               "  ('waiting', 'printing', 'printed', 'cancelled')),"
                               " attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),"
                               " last_problem TEXT NOT NULL DEFAULT ''"
                               ")"),
                QStringLiteral("CREATE INDEX jobs_by_state ON jobs (state, seq)"),
            } },
    };
    return migrations;
}

QString stateName(PrintJob::State state)
{
    switch (state) {
    case PrintJob::State::Waiting:
        return QStringLiteral("waiting");
    case PrintJob::State::Printing:
        return QStringLiteral("printing");
    case PrintJob::State::Printed:
        return QStringLiteral("printed");
    case PrintJob::State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

PrintJob::State stateFromName(const QString &name)
{
    for (const auto state : { PrintJob::State::Waiting, PrintJob::State::Printing,
             PrintJob::State::Printed, PrintJob::State::Cancelled }) {
        if (stateName(state) == name)
            return state;
    }
    return PrintJob::State::Waiting; // unreachable: the CHECK constraint holds the names
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString normalisedId(const QString &id)
{
    if (id.isEmpty())
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QUuid uuid(id);
    if (uuid.isNull())
        throw Error(Error::Kind::Invalid, QStringLiteral("print job id %1 is not a UUID").arg(id));
    return uuid.toString(QUuid::WithoutBraces);
}

// A null QString binds as SQL NULL; the text columns are NOT NULL, so bind "" instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QSqlQuery prepared(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw sqlFailure(
            QStringLiteral("preparing a print queue query"), query.lastError(), db.databaseName());
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query;
}

} // namespace

PrintQueue::PrintQueue(const QString &dataDir)
    : m_db(std::make_unique<Database>(QDir(dataDir).filePath(QString::fromLatin1(kFileName))))
{
    Migrator(queueSchema()).migrate(*m_db);
    WriteTransaction transaction(*m_db);
    QSqlQuery prune = prepared(m_db->sql(),
        QStringLiteral("DELETE FROM jobs WHERE state IN ('printed', 'cancelled')"
                       " AND updated_at < ?"),
        { QDateTime::currentDateTimeUtc()
                .addDays(-kKeepFinishedDays)
                .toString(Qt::ISODateWithMs) });
    execOrThrow(prune, QStringLiteral("dropping old print jobs"), path());
    transaction.commit();
    const auto uncertain = mayHavePrinted();
    if (!uncertain.isEmpty())
        qCWarning(lcQueue) << uncertain.size()
                           << "print job(s) were sent before the last stop and never confirmed;"
                              " left for staff to reprint or cancel";
}

PrintQueue::~PrintQueue() = default;

QString PrintQueue::path() const
{
    return m_db->path();
}

PrintJob PrintQueue::enqueue(const QString &title, const QByteArray &bytes, const QString &id)
{
    const QString jobId = normalisedId(id);
    WriteTransaction transaction(*m_db);
    if (auto stored = job(jobId))
        return *stored; // the retry of an enqueue that already happened
    const QString at = now();
    QSqlQuery insert = prepared(m_db->sql(),
        QStringLiteral("INSERT INTO jobs (id, created_at, updated_at, title, bytes, state)"
                       " VALUES (?, ?, ?, ?, ?, 'waiting')"),
        { jobId, at, at, text(title), bytes });
    execOrThrow(insert, QStringLiteral("adding print job %1").arg(jobId), path());
    transaction.commit();
    qCInfo(lcQueue) << "queued" << jobId << title << bytes.size() << "bytes";
    return *job(jobId);
}

std::optional<PrintJob> PrintQueue::next() const
{
    const auto jobs = select(QStringLiteral("state = 'waiting' ORDER BY seq LIMIT 1"), {});
    if (jobs.isEmpty())
        return std::nullopt;
    return jobs.first();
}

std::optional<PrintJob> PrintQueue::job(const QString &id) const
{
    const auto jobs = select(QStringLiteral("id = ?"), { id });
    if (jobs.isEmpty())
        return std::nullopt;
    return jobs.first();
}

QList<PrintJob> PrintQueue::waiting() const
{
    return select(QStringLiteral("state = 'waiting' ORDER BY seq"), {});
}

QList<PrintJob> PrintQueue::mayHavePrinted() const
{
    return select(
        QStringLiteral("state = 'printing' AND id != ? ORDER BY seq"), { text(m_inFlight) });
}

void PrintQueue::markPrinting(const QString &id)
{
    if (!m_inFlight.isEmpty())
        throw Error(Error::Kind::Invalid,
            QStringLiteral("print job %1 is still in flight; cannot send %2").arg(m_inFlight, id));
    setState(id, PrintJob::State::Waiting, PrintJob::State::Printing, {}, true);
    m_inFlight = id;
}

void PrintQueue::markPrinted(const QString &id)
{
    setState(id, PrintJob::State::Printing, PrintJob::State::Printed, {}, false);
    m_inFlight.clear();
}

void PrintQueue::markFailed(const QString &id, const QString &reason)
{
    setState(id, PrintJob::State::Printing, PrintJob::State::Waiting, reason, false);
    m_inFlight.clear();
}

void PrintQueue::markUnconfirmed(const QString &id, const QString &reason)
{
    setState(id, PrintJob::State::Printing, PrintJob::State::Printing, reason, false);
    m_inFlight.clear();
}

bool PrintQueue::cancel(const QString &id)
{
    return decide(id, PrintJob::State::Cancelled);
}

bool PrintQueue::reprint(const QString &id)
{
    return decide(id, PrintJob::State::Waiting);
}

bool PrintQueue::decide(const QString &id, PrintJob::State to)
{
    if (id == m_inFlight)
        return false; // the printer is answering for it right now
    const auto stored = job(id);
    if (!stored)
        return false;
    const bool allowed = stored->state == PrintJob::State::Printing
        || (stored->state == PrintJob::State::Waiting && to == PrintJob::State::Cancelled);
    if (!allowed)
        return false;
    setState(id, stored->state, to, stored->lastProblem, false);
    qCInfo(lcQueue) << "staff" << (to == PrintJob::State::Cancelled ? "cancelled" : "requeued")
                    << id;
    return true;
}

void PrintQueue::setState(const QString &id, PrintJob::State from, PrintJob::State to,
    const QString &problem, bool countAttempt)
{
    WriteTransaction transaction(*m_db);
    // The expected current state is part of the WHERE: a job is never moved from a state the
    // caller did not see (a cancelled job cannot become printed, a printed one cannot be resent).
    QSqlQuery update = prepared(m_db->sql(),
        QStringLiteral("UPDATE jobs SET state = ?, last_problem = ?, updated_at = ?,"
                       " attempts = attempts + ? WHERE id = ? AND state = ?"),
        { stateName(to), text(problem), now(), countAttempt ? 1 : 0, id, stateName(from) });
    execOrThrow(update, QStringLiteral("updating print job %1").arg(id), path());
    if (update.numRowsAffected() != 1)
        throw Error(Error::Kind::Invalid,
            QStringLiteral("print job %1 is not %2").arg(id, stateName(from)));
    transaction.commit();
}

QList<PrintJob> PrintQueue::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query = prepared(m_db->sql(),
        QStringLiteral("SELECT id, created_at, title, bytes, state, attempts, last_problem"
                       " FROM jobs WHERE ")
            + where,
        values);
    execOrThrow(query, QStringLiteral("reading print jobs"), path());
    QList<PrintJob> jobs;
    while (query.next()) {
        PrintJob job;
        job.id = query.value(0).toString();
        job.createdAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        job.title = query.value(2).toString();
        job.bytes = query.value(3).toByteArray();
        job.state = stateFromName(query.value(4).toString());
        job.attempts = query.value(5).toInt();
        job.lastProblem = query.value(6).toString();
        jobs << job;
    }
    return jobs;
}

} // namespace lobbydesk
