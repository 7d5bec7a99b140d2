#include "hub/hubretention.h"

#include "core/error.h"
#include "core/event.h"
#include "core/eventredaction.h"
#include "core/logging.h"
#include "hub/hubdatabase.h"

#include <QList>
#include <QPair>
#include <algorithm>
#include <optional>

namespace lobbydesk {

HubRetention::HubRetention(HubDatabase &db, int visitDays, int idDays)
    : m_db(db)
    , m_visitDays(visitDays)
    , m_idDays(idDays)
{
    checkPeriods(visitDays, idDays);
}

void HubRetention::checkPeriods(int visitDays, int idDays)
{
    if (visitDays < 1 || idDays < 1)
        throw Error(Error::Kind::Config,
            QStringLiteral("retention periods are whole numbers of days from 1, not %1 and %2")
                .arg(visitDays)
                .arg(idDays));
    if (idDays > visitDays)
        throw Error(Error::Kind::Config,
            QStringLiteral("ID fragments (%1 days) cannot be kept longer than visits (%2 days)")
                .arg(idDays)
                .arg(visitDays));
}

HubRetention::Counts HubRetention::plan(const QDateTime &now)
{
    return apply(now, false);
}

HubRetention::Counts HubRetention::run(const QDateTime &now)
{
    const Counts counts = apply(now, true);
    qCInfo(lcHub) << "retention: redacted" << counts.events << "events (visits before"
                  << isoUtc(counts.visitsBefore) << ", ID fragments before"
                  << isoUtc(counts.idBefore) << ")";
    return counts;
}

HubRetention::Counts HubRetention::apply(const QDateTime &now, bool write)
{
    const RetentionCutoffs cutoffs = RetentionCutoffs::before(now, m_visitDays, m_idDays);
    Counts counts { 0, cutoffs.visits, cutoffs.idFragments };
    std::optional<HubTransaction> transaction;
    if (write)
        transaction.emplace(m_db);
    // The same statement on SQLite and PostgreSQL: the payload is text in both.
    QSqlQuery &select
        = m_db.prepared(QStringLiteral("SELECT id, type, payload, occurred_at FROM events WHERE %1"
                                       " AND occurred_at < ? AND payload NOT LIKE ?")
                            .arg(personalEventTypesSql()));
    select.addBindValue(isoUtc(std::max(cutoffs.visits, cutoffs.idFragments)));
    select.addBindValue(QLatin1String(kFullyRedactedLike));
    m_db.exec(select, QStringLiteral("reading events for retention"));
    QList<QPair<QString, QByteArray>> changes;
    while (select.next()) {
        const std::optional<QByteArray> payload = redactionOf(select.value(1).toString(),
            select.value(2).toString().toUtf8(), parseIsoUtc(select.value(3).toString()), cutoffs);
        if (payload)
            changes.append({ select.value(0).toString(), *payload });
    }
    select.finish();
    counts.events = changes.size();
    if (!write)
        return counts;
    QSqlQuery &update = m_db.prepared(
        QStringLiteral("UPDATE events SET payload = ?, redacted_at = ? WHERE id = ?"));
    const QString at = isoUtc(now);
    for (const auto &[id, payload] : changes) {
        update.addBindValue(QString::fromUtf8(payload));
        update.addBindValue(at);
        update.addBindValue(id);
        m_db.exec(update, QStringLiteral("redacting an event"));
        update.finish();
    }
    // A blocked temporary card keeps its UID for the access-control export, not its holder.
    QSqlQuery &blocks = m_db.prepared(
        QStringLiteral("UPDATE card_blocks SET person_name = '' WHERE card_type = 'temporary'"
                       " AND person_name <> '' AND blocked_at < ?"));
    blocks.addBindValue(isoUtc(cutoffs.visits));
    m_db.exec(blocks, QStringLiteral("clearing temporary card holders"));
    blocks.finish();
    // A delivered webhook body names the borrower and the owner's phone; the receiver has it
    // and the event stays, so the copy goes.
    QSqlQuery &delivered = m_db.prepared(QStringLiteral(
        "DELETE FROM webhook_outbox WHERE delivered_at IS NOT NULL AND delivered_at < ?"));
    delivered.addBindValue(isoUtc(cutoffs.visits));
    m_db.exec(delivered, QStringLiteral("removing delivered webhook bodies"));
    delivered.finish();
    transaction->commit();
    return counts;
}

} // namespace lobbydesk
