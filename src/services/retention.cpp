#include "services/retention.h"

#include "core/event.h"
#include "core/logging.h"
#include "store/eventlog.h"
#include "store/sqlerror.h"
#include "store/writetransaction.h"

namespace lobbydesk {
namespace {

// Which rows each kind takes; :visits and :id are the cut-offs as stored text.
const QString kOldVisits = QStringLiteral("anonymised_at IS NULL AND checked_in_at < :visits");
// Visits that keep their details a while longer but not their ID fragments.
const QString kIdFragments
    = QStringLiteral("anonymised_at IS NULL AND checked_in_at >= :visits AND checked_in_at < :id"
                     " AND (id_last4 <> '' OR id_hash <> '')");
const QString kOldInvitations = QStringLiteral("anonymised_at IS NULL AND valid_until < :visits");
// Keys lent to a visitor or contractor, and temporary cards: their names are part of a visit.
const QString kOldVisitorLoans
    = QStringLiteral("borrower_kind = 'visit' AND borrower_name <> '' AND out_at < :visits");
const QString kOldTemporaryCards
    = QStringLiteral("card_type = 'temporary' AND person_name <> '' AND requested_at < :visits");

qint64 run(QSqlDatabase &db, const QString &sql, const RetentionCutoffs &cutoffs,
    const QString &now, bool count)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw sqlFailure(
            QStringLiteral("preparing retention"), query.lastError(), db.databaseName());
    // Only the placeholders the statement has: QSqlQuery refuses unknown names.
    if (sql.contains(QStringLiteral(":visits")))
        query.bindValue(QStringLiteral(":visits"), isoUtc(cutoffs.visits));
    if (sql.contains(QStringLiteral(":id")))
        query.bindValue(QStringLiteral(":id"), isoUtc(cutoffs.idFragments));
    if (sql.contains(QStringLiteral(":now")))
        query.bindValue(QStringLiteral(":now"), now);
    execOrThrow(query, QStringLiteral("retention"), db.databaseName());
    if (count)
        return query.next() ? query.value(0).toLongLong() : 0;
    return query.numRowsAffected();
}

} // namespace

QJsonObject RetentionCounts::toJson() const
{
    return QJsonObject { { QStringLiteral("visits_before"), isoUtc(visitsBefore) },
        { QStringLiteral("id_before"), isoUtc(idBefore) }, { QStringLiteral("visits"), visits },
        { QStringLiteral("id_fragments"), idFragments },
        { QStringLiteral("invitations"), invitations }, { QStringLiteral("key_loans"), keyLoans },
        { QStringLiteral("temporary_cards"), temporaryCards },
        { QStringLiteral("events"), events } };
}

Retention::Retention(EventLog &events, RetentionPolicy policy)
    : m_events(events)
    , m_policy(policy)
{ }

RetentionCounts Retention::count(const RetentionCutoffs &cutoffs) const
{
    QSqlDatabase &db = m_events.database().sql();
    RetentionCounts counts;
    counts.visitsBefore = cutoffs.visits;
    counts.idBefore = cutoffs.idFragments;
    auto number = [&](const QString &table, const QString &where) {
        return lobbydesk::run(db,
            QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where), cutoffs, {},
            true);
    };
    counts.visits = number(QStringLiteral("visits"), kOldVisits);
    counts.idFragments = number(QStringLiteral("visits"), kIdFragments);
    counts.invitations = number(QStringLiteral("invitations"), kOldInvitations);
    counts.keyLoans = number(QStringLiteral("key_loans"), kOldVisitorLoans);
    counts.temporaryCards = number(QStringLiteral("card_requests"), kOldTemporaryCards);
    counts.events = m_events.redactions(cutoffs).size();
    return counts;
}

RetentionCounts Retention::plan(const QDateTime &now) const
{
    return count(RetentionCutoffs::before(now, m_policy.visitDays, m_policy.idDays));
}

RetentionCounts Retention::run(const QDateTime &now)
{
    const RetentionCutoffs cutoffs
        = RetentionCutoffs::before(now, m_policy.visitDays, m_policy.idDays);
    QSqlDatabase &db = m_events.database().sql();
    const QString at = isoUtc(now);
    WriteTransaction transaction(m_events.database());
    RetentionCounts counts;
    counts.visitsBefore = cutoffs.visits;
    counts.idBefore = cutoffs.idFragments;
    counts.idFragments = lobbydesk::run(db,
        QStringLiteral("UPDATE visits SET id_last4 = '', id_hash = '' WHERE ") + kIdFragments,
        cutoffs, at, false);
    counts.visits = lobbydesk::run(db,
        QStringLiteral("UPDATE visits SET name = '', phone = '', plate = '', items = '',"
                       " purpose_note = '', id_last4 = '', id_hash = '', anonymised_at = :now"
                       " WHERE ")
            + kOldVisits,
        cutoffs, at, false);
    counts.invitations = lobbydesk::run(db,
        QStringLiteral("UPDATE invitations SET name = '', phone = '', plate = '',"
                       " anonymised_at = :now WHERE ")
            + kOldInvitations,
        cutoffs, at, false);
    counts.keyLoans = lobbydesk::run(db,
        QStringLiteral("UPDATE key_loans SET borrower_name = '' WHERE ") + kOldVisitorLoans,
        cutoffs, at, false);
    // The card's binding and payments carry the holder's name too; they go with the request.
    const QString temporaryRequests
        = QStringLiteral("SELECT request_id FROM card_requests WHERE ") + kOldTemporaryCards;
    lobbydesk::run(db,
        QStringLiteral("UPDATE card_bindings SET person_name = '' WHERE person_name <> ''"
                       " AND request_id IN (")
            + temporaryRequests + QLatin1Char(')'),
        cutoffs, at, false);
    lobbydesk::run(db,
        QStringLiteral("UPDATE card_payments SET person_name = '' WHERE person_name <> ''"
                       " AND request_id IN (")
            + temporaryRequests + QLatin1Char(')'),
        cutoffs, at, false);
    counts.temporaryCards = lobbydesk::run(db,
        QStringLiteral("UPDATE card_requests SET person_name = '' WHERE ") + kOldTemporaryCards,
        cutoffs, at, false);
    counts.events = m_events.redact(m_events.redactions(cutoffs), now);
    transaction.commit();
    qCInfo(lcRetention) << "anonymised" << counts.visits << "visits," << counts.invitations
                        << "invitations," << counts.keyLoans << "visitors' key loans and"
                        << counts.temporaryCards << "temporary cards, cleared the ID fragments of"
                        << counts.idFragments << "visits, redacted" << counts.events
                        << "events (visits before" << isoUtc(cutoffs.visits) << ", ID before"
                        << isoUtc(cutoffs.idFragments) << ")";
    return counts;
}

} // namespace lobbydesk
