#include "hub/hubevents.h"

#include "core/error.h"
#include "core/event.h"
#include "core/eventcatalog.h"
#include "core/eventhash.h"
#include "core/signing.h"
#include "hub/hubdatabase.h"

#include <QJsonDocument>

namespace lobbydesk {

qint64 allocateFeedPositions(HubDatabase &db, const QString &siteId, qint64 count)
{
    QSqlQuery &update = db.prepared(QStringLiteral(
        "UPDATE sites SET feed_pos = feed_pos + ? WHERE site_id = ? RETURNING feed_pos"));
    update.addBindValue(count);
    update.addBindValue(siteId);
    db.exec(update, QStringLiteral("numbering the feed"));
    if (!update.next())
        throw Error(Error::Kind::Invalid, QStringLiteral("no site '%1'").arg(siteId));
    const qint64 last = update.value(0).toLongLong();
    update.finish();
    return last - count + 1;
}

void appendHubEvents(HubDatabase &db, const QString &siteId, const QList<HubEventDraft> &drafts)
{
    if (drafts.isEmpty())
        return;
    QSqlQuery &chain = db.prepared(
        QStringLiteral("SELECT hub_seq, hub_hash FROM sites WHERE site_id = ?") + db.forUpdate());
    chain.addBindValue(siteId);
    db.exec(chain, QStringLiteral("reading the site"));
    if (!chain.next())
        throw Error(Error::Kind::Invalid, QStringLiteral("no site '%1'").arg(siteId));
    qint64 seq = chain.value(0).toLongLong();
    QByteArray prevHash = QByteArray::fromHex(chain.value(1).toString().toLatin1());
    chain.finish();

    qint64 position = allocateFeedPositions(db, siteId, drafts.size());
    const QString now = isoUtc(QDateTime::currentDateTimeUtc());
    QSqlQuery &insert = db.prepared(QStringLiteral(
        "INSERT INTO events (id, site_id, terminal_id, seq, type, payload, occurred_at, actor,"
        " prev_hash, hash, received_at, feed_pos, refused)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)"));
    for (const HubEventDraft &draft : drafts) {
        Event event;
        event.id = newEventId();
        event.terminalId = hubStreamId(siteId);
        event.seq = ++seq;
        event.type = draft.type;
        event.payload = QJsonDocument(draft.payload).toJson(QJsonDocument::Compact);
        event.occurredAt
            = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
        event.actor = QStringLiteral("hub");
        event.prevHash = prevHash;
        event.hash = eventHash(event);
        prevHash = event.hash;
        insert.addBindValue(uuidText(event.id));
        insert.addBindValue(siteId);
        insert.addBindValue(event.terminalId);
        insert.addBindValue(event.seq);
        insert.addBindValue(event.type);
        insert.addBindValue(QString::fromUtf8(event.payload));
        insert.addBindValue(isoUtc(event.occurredAt));
        insert.addBindValue(event.actor);
        insert.addBindValue(QString::fromLatin1(event.prevHash.toHex()));
        insert.addBindValue(QString::fromLatin1(event.hash.toHex()));
        insert.addBindValue(now);
        insert.addBindValue(position++);
        db.exec(insert, QStringLiteral("recording a hub event"));
        insert.finish();
    }
    QSqlQuery &advance = db.prepared(
        QStringLiteral("UPDATE sites SET hub_seq = ?, hub_hash = ? WHERE site_id = ?"));
    advance.addBindValue(seq);
    advance.addBindValue(QString::fromLatin1(prevHash.toHex()));
    advance.addBindValue(siteId);
    db.exec(advance, QStringLiteral("advancing the hub's chain"));
    advance.finish();
}

} // namespace lobbydesk

namespace lobbydesk {

QByteArray ensureSiteScreeningKey(HubDatabase &db, const QString &siteId)
{
    QSqlQuery &read = db.prepared(
        QStringLiteral("SELECT screening_key FROM sites WHERE site_id = ?") + db.forUpdate());
    read.addBindValue(siteId);
    db.exec(read, QStringLiteral("reading the site's screening key"));
    if (!read.next())
        throw Error(Error::Kind::Invalid, QStringLiteral("no site '%1'").arg(siteId));
    const QByteArray stored = QByteArray::fromBase64(read.value(0).toString().toLatin1());
    read.finish();
    if (stored.size() == 32)
        return stored;
    const QByteArray key = randomBytes(32);
    const QString text = QString::fromLatin1(key.toBase64());
    QSqlQuery &save
        = db.prepared(QStringLiteral("UPDATE sites SET screening_key = ? WHERE site_id = ?"));
    save.addBindValue(text);
    save.addBindValue(siteId);
    db.exec(save, QStringLiteral("saving the site's screening key"));
    save.finish();
    appendHubEvents(db, siteId,
        { { QStringLiteral("site.screening.key"),
            QJsonObject { { QStringLiteral("key"), text } } } });
    return key;
}

} // namespace lobbydesk
