#include "services/pinlockout.h"

#include "core/logging.h"
#include "core/pin.h"
#include "store/eventlog.h"
#include "store/sqlerror.h"
#include "store/writetransaction.h"

#include <QJsonObject>

namespace lobbydesk {

PinLockout::PinLockout(EventLog &events, Holders holders, Options options)
    : m_events(events)
    , m_holders(std::move(holders))
    , m_options(std::move(options))
{ }

PinLockout::Verdict PinLockout::check(
    const QString &holder, const QString &hash, const QString &pin)
{
    if (const auto until = lockedUntil(holder))
        return { Verdict::Is::Locked, 0, *until };
    if (pinMatches(hash, pin)) {
        if (wrongPinsInARow(holder) > 0)
            count(holder, 0, false, {});
        return { Verdict::Is::Right, 0, {} };
    }
    const int failures = wrongPinsInARow(holder) + 1;
    qCInfo(lcApp).noquote() << "wrong PIN for" << m_holders.column << holder << "(" << failures
                            << "in a row)";
    if (failures >= m_options.maxWrongPins) {
        const QDateTime until = m_options.now().addSecs(
            std::chrono::duration_cast<std::chrono::seconds>(m_options.lockout).count());
        count(holder, failures, true, until);
        return { Verdict::Is::Locked, 0, until };
    }
    count(holder, failures, false, {});
    return { Verdict::Is::Wrong, m_options.maxWrongPins - failures, {} };
}

void PinLockout::count(const QString &holder, int failures, bool lock, const QDateTime &until)
{
    // A lock-out is a fact the desk and the hub see (an event, with the count reset in the
    // same transaction); the count before it is this terminal's own business.
    const auto write = [this, holder, failures, lock, until](QSqlDatabase &db) {
        runSql(db,
            QStringLiteral("INSERT INTO %1 (%2, failures, locked_until) VALUES (?, ?, ?)"
                           " ON CONFLICT (%2) DO UPDATE SET failures = excluded.failures,"
                           " locked_until = excluded.locked_until")
                .arg(m_holders.table, m_holders.column),
            { holder, lock ? 0 : failures, lock ? QVariant(isoUtc(until)) : QVariant() },
            QStringLiteral("counting a wrong PIN"));
    };
    if (lock) {
        m_events.record({ m_holders.lockedEvent,
                            QJsonObject { { m_holders.payloadKey, holder },
                                { QStringLiteral("until"), isoUtc(until) },
                                { QStringLiteral("wrong_pins"), failures } },
                            QString(), QUuid(), m_options.now() },
            [&write](const Event &, QSqlDatabase &db) { write(db); });
        qCWarning(lcApp).noquote()
            << m_holders.column << holder << "locked out until" << isoUtc(until);
        return;
    }
    WriteTransaction transaction(m_events.database());
    write(m_events.database().sql());
    transaction.commit();
}

QVariant PinLockout::column(const QString &holder, const QString &name) const
{
    QSqlQuery query(m_events.database().sql());
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                      .arg(name, m_holders.table, m_holders.column));
    query.addBindValue(holder);
    execOrThrow(query, QStringLiteral("reading wrong PINs"), m_events.database().path());
    return query.next() ? query.value(0) : QVariant();
}

std::optional<QDateTime> PinLockout::lockedUntil(const QString &holder) const
{
    const QVariant stored = column(holder, QStringLiteral("locked_until"));
    if (stored.isNull())
        return std::nullopt;
    const QDateTime until = parseIsoUtc(stored.toString());
    if (!until.isValid() || until <= m_options.now())
        return std::nullopt;
    return until;
}

int PinLockout::wrongPinsInARow(const QString &holder) const
{
    return column(holder, QStringLiteral("failures")).toInt();
}

void PinLockout::end(const Holders &holders, const QString &holder, QSqlDatabase &db)
{
    runSql(db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(holders.table, holders.column),
        { holder }, QStringLiteral("ending a lock-out"));
}

} // namespace lobbydesk
