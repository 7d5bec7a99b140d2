#include "hub/hubapi.h"

#include "core/error.h"
#include "core/event.h"
#include "core/eventcatalog.h"
#include "core/eventhash.h"
#include "core/role.h"
#include "core/signing.h"
#include "core/wireevent.h"
#include "hub/hubdatabase.h"
#include "hub/huberror.h"
#include "hub/hubevents.h"
#include "hub/hubprojections.h"
#include "hub/hubsecrets.h"
#include "hub/webhookoutbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace lobbydesk {
namespace {

QString now()
{
    return isoUtc(QDateTime::currentDateTimeUtc());
}

QString requiredText(const QJsonObject &request, const QString &field, int maxLength = 200)
{
    const QJsonValue value = request.value(field);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        throw HubError(400, QStringLiteral("invalid_request"),
            QStringLiteral("'%1' is missing or empty").arg(field));
    if (value.toString().size() > maxLength)
        throw HubError(400, QStringLiteral("invalid_request"),
            QStringLiteral("'%1' is longer than %2 characters").arg(field).arg(maxLength));
    return value.toString().trimmed();
}

// A refused event of a push, as the terminal reads it. Stored and duplicate events are only
// counted: a batch is usually all stored, and 1000 results to write and read cost a tenth of
// the time of a push.
QJsonObject refusedResult(const QString &id, qint64 seq, const QString &reason)
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("seq"), seq },
        { QStringLiteral("reason"), reason } };
}

// Why the hub will never accept this event (it is then stored as refused); empty when it will.
QString refusal(
    const QJsonObject &wire, const QByteArray &lastHash, Event &event, QJsonObject &payload)
{
    try {
        event = eventFromWire(wire, &payload);
    } catch (const Error &error) {
        return error.message();
    }
    const EventTypeSpec *spec = findEventType(event.type);
    if (!spec)
        return QStringLiteral("unknown event type '%1': this hub is older than the terminal; "
                              "upgrade the hub")
            .arg(event.type);
    if (spec->origin != EventOrigin::Terminal)
        return QStringLiteral("only the hub writes %1 events").arg(event.type);
    if (event.payload.size() > 64 * 1024)
        return QStringLiteral("the payload is larger than 64 KiB");
    // A redacted event lacks the personal members its type requires (eventredaction.h).
    const bool redacted = event.redacted && payload.contains(QStringLiteral("redacted"));
    if (event.redacted && !redacted)
        return QStringLiteral("it says it is redacted but its payload does not");
    if (const QString problem = redacted ? QString() : payloadProblem(*spec, payload);
        !problem.isEmpty())
        return problem;
    if (event.prevHash != lastHash)
        return QStringLiteral("it does not follow the terminal's previous event (previous-hash "
                              "mismatch): the terminal's log was altered");
    // Sent again after the terminal's retention redacted it (the hub lost it, e.g. restored
    // from a backup): its place in the chain is checked, its content cannot be.
    if (eventHash(event) != event.hash && !event.redacted)
        return QStringLiteral("its hash does not match its content: it was altered after it "
                              "was recorded");
    return {};
}

// A new token for an enrolled, unrevoked terminal whose public key matches; empty otherwise.
QJsonObject reissueToken(HubDatabase &db, const QString &terminalId, const QByteArray &publicKey)
{
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT t.site_id, s.name, t.key_id, t.public_key, t.revoked_at FROM terminals t"
        " JOIN sites s ON s.site_id = t.site_id WHERE t.terminal_id = ?"));
    query.addBindValue(terminalId);
    db.exec(query, QStringLiteral("looking up the terminal"));
    if (!query.next()) {
        query.finish();
        return {};
    }
    const QString siteId = query.value(0).toString();
    const QString siteName = query.value(1).toString();
    const QString keyId = query.value(2).toString();
    const bool sameKey = query.value(3).toString() == QString::fromLatin1(publicKey.toBase64());
    const bool revoked = !query.value(4).isNull();
    query.finish();
    if (!sameKey || revoked)
        return {};
    const QString token = newDeviceToken();
    QSqlQuery &update
        = db.prepared(QStringLiteral("UPDATE terminals SET token_hash = ? WHERE terminal_id = ?"));
    update.addBindValue(secretHash(token));
    update.addBindValue(terminalId);
    db.exec(update, QStringLiteral("renewing the token"));
    update.finish();
    return QJsonObject { { QStringLiteral("terminal"), terminalId },
        { QStringLiteral("site"), siteId }, { QStringLiteral("site_name"), siteName },
        { QStringLiteral("token"), token }, { QStringLiteral("key_id"), keyId } };
}

} // namespace

HubApi::HubApi(HubDatabase &db, WebhookOutbox *webhooks)
    : m_db(db)
    , m_webhooks(webhooks)
{ }

QJsonObject HubApi::enrol(const QJsonObject &request)
{
    const QString code = normaliseEnrolmentCode(requiredText(request, QStringLiteral("code")));
    const QString terminalId = requiredText(request, QStringLiteral("terminal"), 64);
    const QString name = requiredText(request, QStringLiteral("name"), 80);
    const QString role = requiredText(request, QStringLiteral("role"), 20);
    const QByteArray publicKey = QByteArray::fromBase64(
        requiredText(request, QStringLiteral("public_key"), 100).toLatin1());
    if (code.isEmpty())
        throw HubError(400, QStringLiteral("invalid_code"),
            QStringLiteral("this is not an enrolment code (12 letters and digits, like "
                           "7K3Q-9XWD-M2PA)"));
    if (!roleFromKey(role))
        throw HubError(400, QStringLiteral("invalid_request"),
            QStringLiteral("role must be kiosk, desk or guard"));
    if (publicKey.size() != 32)
        throw HubError(400, QStringLiteral("invalid_request"),
            QStringLiteral("public_key must be a base64 Ed25519 public key (32 bytes)"));
    const QByteArray signature = QByteArray::fromBase64(
        requiredText(request, QStringLiteral("signature"), 200).toLatin1());
    if (!verifyDetached(signature,
            enrolmentMessage(request.value(QStringLiteral("code")).toString(),
                request.value(QStringLiteral("terminal")).toString(), publicKey),
            publicKey))
        throw HubError(400, QStringLiteral("invalid_signature"),
            QStringLiteral("the enrolment request is not signed with the key it registers"));
    if (QUuid::fromString(terminalId).isNull())
        throw HubError(
            400, QStringLiteral("invalid_request"), QStringLiteral("terminal must be a UUID"));

    HubTransaction transaction(m_db);
    QSqlQuery &claim = m_db.prepared(
        QStringLiteral("SELECT site_id, expires_at, used_at, used_by FROM enrolment_codes"
                       " WHERE code_hash = ?")
        + m_db.forUpdate());
    claim.addBindValue(secretHash(code));
    m_db.exec(claim, QStringLiteral("looking up the enrolment code"));
    if (!claim.next())
        throw HubError(403, QStringLiteral("unknown_code"),
            QStringLiteral(
                "this enrolment code does not exist; ask the administrator for a new one"));
    const QString siteId = claim.value(0).toString();
    const QString expiresAt = claim.value(1).toString();
    const bool used = !claim.value(2).isNull();
    const QString usedBy = claim.value(3).toString();
    claim.finish();
    if (used && usedBy == terminalId) {
        // The same terminal asking again with the same key: its first answer was lost.
        if (QJsonObject again = reissueToken(m_db, terminalId, publicKey); !again.isEmpty()) {
            transaction.commit();
            return again;
        }
    }
    if (used)
        throw HubError(403, QStringLiteral("code_used"),
            QStringLiteral("this enrolment code was already used; each code enrols one terminal"));
    if (expiresAt < now())
        throw HubError(403, QStringLiteral("code_expired"),
            QStringLiteral("this enrolment code expired at %1; ask for a new one").arg(expiresAt));

    QSqlQuery &existing = m_db.prepared(
        QStringLiteral("SELECT site_id, revoked_at FROM terminals WHERE terminal_id = ?"));
    existing.addBindValue(terminalId);
    m_db.exec(existing, QStringLiteral("looking up the terminal"));
    if (existing.next()) {
        const bool revoked = !existing.value(1).isNull();
        existing.finish();
        throw HubError(409,
            revoked ? QStringLiteral("terminal_revoked") : QStringLiteral("already_enrolled"),
            revoked
                ? QStringLiteral("this terminal was revoked; a revoked terminal cannot enrol again "
                                 "with the same database")
                : QStringLiteral("this terminal is already enrolled"));
    }
    existing.finish();

    const QString token = newDeviceToken();
    const QString keyId = signingKeyId(publicKey);
    QSqlQuery &insert = m_db.prepared(QStringLiteral(
        "INSERT INTO terminals (terminal_id, site_id, name, role, token_hash, key_id, public_key,"
        " enrolled_at, last_seq, last_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"));
    insert.addBindValue(terminalId);
    insert.addBindValue(siteId);
    insert.addBindValue(name);
    insert.addBindValue(role);
    insert.addBindValue(secretHash(token));
    insert.addBindValue(keyId);
    insert.addBindValue(QString::fromLatin1(publicKey.toBase64()));
    insert.addBindValue(now());
    insert.addBindValue(QString::fromLatin1(genesisHash().toHex()));
    m_db.exec(insert, QStringLiteral("registering the terminal"));
    insert.finish();

    QSqlQuery &use = m_db.prepared(
        QStringLiteral("UPDATE enrolment_codes SET used_at = ?, used_by = ? WHERE code_hash = ?"));
    use.addBindValue(now());
    use.addBindValue(terminalId);
    use.addBindValue(secretHash(code));
    m_db.exec(use, QStringLiteral("using the enrolment code"));
    use.finish();

    ensureSiteScreeningKey(m_db, siteId); // a site made before there were keys gets one now
    appendHubEvents(m_db, siteId,
        { { QStringLiteral("site.terminal.enrolled"),
            QJsonObject { { QStringLiteral("terminal"), terminalId },
                { QStringLiteral("name"), name }, { QStringLiteral("role"), role },
                { QStringLiteral("key_id"), keyId },
                { QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64()) } } } });

    QSqlQuery &site = m_db.prepared(QStringLiteral("SELECT name FROM sites WHERE site_id = ?"));
    site.addBindValue(siteId);
    m_db.exec(site, QStringLiteral("reading the site"));
    const QString siteName = site.next() ? site.value(0).toString() : siteId;
    site.finish();
    transaction.commit();
    return QJsonObject { { QStringLiteral("terminal"), terminalId },
        { QStringLiteral("site"), siteId }, { QStringLiteral("site_name"), siteName },
        { QStringLiteral("token"), token }, { QStringLiteral("key_id"), keyId } };
}

AuthenticatedTerminal HubApi::authenticate(const QByteArray &authorization)
{
    static const QByteArray bearer("Bearer ");
    if (!authorization.startsWith(bearer) || authorization.size() <= bearer.size())
        throw HubError(401, QStringLiteral("missing_token"),
            QStringLiteral("this request needs the terminal's token (Authorization: Bearer …)"));
    QSqlQuery &lookup = m_db.prepared(QStringLiteral(
        "SELECT terminal_id, site_id, name, revoked_at FROM terminals WHERE token_hash = ?"));
    lookup.addBindValue(secretHash(QString::fromLatin1(authorization.mid(bearer.size()))));
    m_db.exec(lookup, QStringLiteral("checking the token"));
    if (!lookup.next())
        throw HubError(401, QStringLiteral("unknown_token"),
            QStringLiteral("this token is not known to the hub; enrol the terminal again"));
    AuthenticatedTerminal terminal { lookup.value(0).toString(), lookup.value(1).toString(),
        lookup.value(2).toString() };
    const bool revoked = !lookup.value(3).isNull();
    lookup.finish();
    if (revoked)
        throw HubError(403, QStringLiteral("terminal_revoked"),
            QStringLiteral("this terminal was revoked by the hub administrator"));
    return terminal;
}

QJsonObject HubApi::push(const AuthenticatedTerminal &terminal, const QJsonObject &request)
{
    const QJsonValue eventsValue = request.value(QStringLiteral("events"));
    if (!eventsValue.isArray())
        throw HubError(400, QStringLiteral("invalid_request"),
            QStringLiteral("the body needs an 'events' array"));
    const QJsonArray batch = eventsValue.toArray();
    if (batch.size() > kMaxBatch)
        throw HubError(413, QStringLiteral("batch_too_large"),
            QStringLiteral("at most %1 events per request").arg(kMaxBatch),
            { { QStringLiteral("max_batch"), kMaxBatch } });

    // What every event must have before anything else can be said of it: its place.
    struct Item
    {
        QJsonObject wire;
        QString id;
        qint64 seq;
    };
    QList<Item> items;
    items.reserve(batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const QJsonObject wire = batch.at(i).toObject();
        const QString id = wire.value(QStringLiteral("id")).toString();
        const double seq = wire.value(QStringLiteral("seq")).toDouble(-1);
        if (QUuid::fromString(id).isNull() || seq < 1 || seq != double(qint64(seq)))
            throw HubError(400, QStringLiteral("invalid_event"),
                QStringLiteral("event %1 of the batch has no valid id and seq").arg(i),
                { { QStringLiteral("index"), int(i) } });
        if (wire.value(QStringLiteral("terminal")).toString() != terminal.terminalId)
            throw HubError(403, QStringLiteral("terminal_mismatch"),
                QStringLiteral("event %1 belongs to another terminal; a terminal pushes only "
                               "its own events")
                    .arg(id),
                { { QStringLiteral("index"), int(i) } });
        if (!items.isEmpty() && qint64(seq) != items.last().seq + 1)
            throw HubError(400, QStringLiteral("batch_not_in_order"),
                QStringLiteral("the events of a batch must have consecutive seq numbers"));
        items.append({ wire, uuidText(QUuid::fromString(id)), qint64(seq) });
    }

    HubTransaction transaction(m_db);
    QSqlQuery &state = m_db.prepared(
        QStringLiteral("SELECT last_seq, last_hash FROM terminals WHERE terminal_id = ?")
        + m_db.forUpdate());
    state.addBindValue(terminal.terminalId);
    m_db.exec(state, QStringLiteral("reading the terminal"));
    if (!state.next())
        throw HubError(401, QStringLiteral("unknown_token"), QStringLiteral("terminal vanished"));
    qint64 lastSeq = state.value(0).toLongLong();
    QByteArray lastHash = QByteArray::fromHex(state.value(1).toString().toLatin1());
    state.finish();

    if (!items.isEmpty() && items.first().seq > lastSeq + 1)
        throw HubError(409, QStringLiteral("sequence_gap"),
            QStringLiteral("the hub has this terminal's events up to %1; send from %2")
                .arg(lastSeq)
                .arg(lastSeq + 1),
            { { QStringLiteral("expected_seq"), lastSeq + 1 } });

    QJsonArray refused;
    qint64 stored = 0;
    qint64 duplicates = 0;
    qint64 fresh = 0;
    for (const Item &item : items)
        fresh += item.seq > lastSeq ? 1 : 0;
    qint64 position = fresh > 0 ? allocateFeedPositions(m_db, terminal.siteId, fresh) : 0;
    const QString receivedAt = now();
    QSqlQuery &known = m_db.prepared(
        QStringLiteral("SELECT id, refused FROM events WHERE terminal_id = ? AND seq = ?"));
    QSqlQuery &insert = m_db.prepared(QStringLiteral(
        "INSERT INTO events (id, site_id, terminal_id, seq, type, payload, occurred_at, actor,"
        " prev_hash, hash, received_at, feed_pos, refused, redacted_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
    for (const Item &item : items) {
        if (item.seq <= lastSeq) {
            known.addBindValue(terminal.terminalId);
            known.addBindValue(item.seq);
            m_db.exec(known, QStringLiteral("looking up an event"));
            const bool found = known.next();
            const QString storedId = found ? known.value(0).toString() : QString();
            const QString refusedBefore = found ? known.value(1).toString() : QString();
            known.finish();
            // Sent again after a lost answer: the same verdict as the first time.
            if (storedId == item.id && !refusedBefore.isEmpty())
                refused.append(refusedResult(item.id, item.seq, refusedBefore));
            else if (storedId == item.id)
                ++duplicates;
            else
                refused.append(refusedResult(item.id, item.seq,
                    QStringLiteral("seq %1 of this terminal is already event %2: the "
                                   "terminal's database was replaced (e.g. restored from a "
                                   "backup); enrol it again")
                        .arg(item.seq)
                        .arg(storedId)));
            continue;
        }
        Event event;
        QJsonObject payload;
        QString reason = refusal(item.wire, lastHash, event, payload);
        // Whatever arrived is kept as text, so that even a malformed event has its row.
        auto wireText = [&item](const char *field) {
            const QJsonValue value = item.wire.value(QLatin1String(field));
            return value.isString()
                ? value.toString()
                : QString::fromUtf8(
                    QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact))
                      .mid(1)
                      .chopped(1);
        };
        auto store = [&](const QString &id) {
            insert.addBindValue(id);
            insert.addBindValue(terminal.siteId);
            insert.addBindValue(terminal.terminalId);
            insert.addBindValue(item.seq);
            insert.addBindValue(wireText("type"));
            insert.addBindValue(wireText("payload"));
            insert.addBindValue(wireText("time"));
            insert.addBindValue(wireText("actor"));
            insert.addBindValue(wireText("prev_hash"));
            insert.addBindValue(wireText("hash"));
            insert.addBindValue(receivedAt);
            insert.addBindValue(position);
            insert.addBindValue(
                reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : reason);
            insert.addBindValue(
                event.redacted ? QVariant(receivedAt) : QVariant(QMetaType::fromType<QString>()));
            m_db.exec(insert, QStringLiteral("storing an event"));
            const bool stored = insert.numRowsAffected() > 0;
            insert.finish();
            return stored;
        };
        if (!store(item.id)) {
            // The id is taken by an event at another place: the terminal's database was
            // replaced. The place is kept (refused, under an id derived from it) so that the
            // terminal's sequence has no hole and its queue moves on.
            reason = QStringLiteral("event id %1 was already used by another event of this "
                                    "terminal: its database was replaced; enrol it again")
                         .arg(item.id);
            static const QUuid ns
                = QUuid::fromString(QStringLiteral("6f1c5f0e-3b7a-4c1e-9a55-0c2f7f3e9b10"));
            const QString placeId = uuidText(QUuid::createUuidV5(
                ns, QStringLiteral("%1:%2").arg(terminal.terminalId).arg(item.seq)));
            if (!store(placeId))
                throw Error(Error::Kind::Io,
                    QStringLiteral("hub database: cannot keep event %1 of terminal %2")
                        .arg(item.seq)
                        .arg(terminal.terminalId));
        }
        if (reason.isEmpty())
            applyHubProjection(m_db, terminal.siteId, event, payload);
        // Queued with the event it delivers, in this transaction: never one without the other.
        if (reason.isEmpty() && m_webhooks && m_webhooks->wants(event.type))
            m_webhooks->enqueue(terminal, event, payload, receivedAt, position);
        ++position;
        lastSeq = item.seq;
        // The chain goes on from what the terminal says this event hashes to, when it says so.
        if (const QByteArray claimed = QByteArray::fromHex(wireText("hash").toLatin1());
            claimed.size() == kEventHashSize)
            lastHash = claimed;
        if (reason.isEmpty())
            ++stored;
        else
            refused.append(refusedResult(item.id, item.seq, reason));
    }
    QSqlQuery &advance
        = m_db.prepared(QStringLiteral("UPDATE terminals SET last_seq = ?, last_hash = ?, "
                                       "last_seen_at = ? WHERE terminal_id = ?"));
    advance.addBindValue(lastSeq);
    advance.addBindValue(QString::fromLatin1(lastHash.toHex()));
    advance.addBindValue(receivedAt);
    advance.addBindValue(terminal.terminalId);
    m_db.exec(advance, QStringLiteral("recording the terminal's position"));
    advance.finish();
    transaction.commit();
    return QJsonObject { { QStringLiteral("last_seq"), lastSeq },
        { QStringLiteral("stored"), stored }, { QStringLiteral("duplicate"), duplicates },
        { QStringLiteral("refused"), refused } };
}

QJsonObject HubApi::feed(const AuthenticatedTerminal &terminal, qint64 after, int limit)
{
    if (after < 0)
        throw HubError(400, QStringLiteral("invalid_cursor"),
            QStringLiteral("the cursor must be a whole number from 0"));
    limit = std::clamp(limit, 1, kMaxFeedPage);
    // The end of the feed as committed now: a push holds the site's row until it commits
    // with its events, so every position up to here is readable, and the cursor can move
    // past the terminal's own (and refused) events without sending them.
    QSqlQuery &end = m_db.prepared(QStringLiteral("SELECT feed_pos FROM sites WHERE site_id = ?"));
    end.addBindValue(terminal.siteId);
    m_db.exec(end, QStringLiteral("reading the feed"));
    const qint64 feedEnd = end.next() ? end.value(0).toLongLong() : 0;
    end.finish();
    if (after > feedEnd) // the hub was restored from a backup older than the terminal's cursor
        throw HubError(409, QStringLiteral("cursor_ahead"),
            QStringLiteral("the feed ends at %1, before this cursor: read it again from 0")
                .arg(feedEnd),
            { { QStringLiteral("feed_end"), feedEnd } });
    QSqlQuery &page = m_db.prepared(QStringLiteral(
        "SELECT id, terminal_id, seq, type, payload, occurred_at, actor, prev_hash, hash,"
        " feed_pos, redacted_at FROM events WHERE site_id = ? AND feed_pos > ? AND feed_pos <= ?"
        " AND terminal_id <> ? AND refused IS NULL ORDER BY feed_pos LIMIT ?"));
    page.addBindValue(terminal.siteId);
    page.addBindValue(after);
    page.addBindValue(feedEnd);
    page.addBindValue(terminal.terminalId);
    page.addBindValue(limit);
    m_db.exec(page, QStringLiteral("reading the feed"));
    QJsonArray events;
    qint64 last = after;
    while (page.next()) {
        last = page.value(9).toLongLong();
        QJsonObject event {
            { QStringLiteral("id"), page.value(0).toString() },
            { QStringLiteral("terminal"), page.value(1).toString() },
            { QStringLiteral("seq"), page.value(2).toLongLong() },
            { QStringLiteral("type"), page.value(3).toString() },
            { QStringLiteral("payload"), page.value(4).toString() },
            { QStringLiteral("time"), page.value(5).toString() },
            { QStringLiteral("actor"), page.value(6).toString() },
            { QStringLiteral("prev_hash"), page.value(7).toString() },
            { QStringLiteral("hash"), page.value(8).toString() },
            { QStringLiteral("pos"), last },
        };
        if (!page.value(10).isNull()) // its personal data removed: no longer matches its hash
            event.insert(QStringLiteral("redacted"), true);
        events.append(event);
    }
    page.finish();
    const bool more = events.size() == limit;
    const qint64 cursor = more ? last : std::max(after, feedEnd);
    return QJsonObject { { QStringLiteral("events"), events }, { QStringLiteral("cursor"), cursor },
        { QStringLiteral("more"), more } };
}

QJsonObject HubApi::site(const AuthenticatedTerminal &terminal)
{
    QSqlQuery &site
        = m_db.prepared(QStringLiteral("SELECT name, feed_pos FROM sites WHERE site_id = ?"));
    site.addBindValue(terminal.siteId);
    m_db.exec(site, QStringLiteral("reading the site"));
    QJsonObject body { { QStringLiteral("site"), terminal.siteId },
        { QStringLiteral("terminal"), terminal.terminalId } };
    if (site.next()) {
        body.insert(QStringLiteral("site_name"), site.value(0).toString());
        body.insert(QStringLiteral("feed_end"), site.value(1).toLongLong());
    }
    site.finish();
    QSqlQuery &last
        = m_db.prepared(QStringLiteral("SELECT last_seq FROM terminals WHERE terminal_id = ?"));
    last.addBindValue(terminal.terminalId);
    m_db.exec(last, QStringLiteral("reading the terminal"));
    if (last.next())
        body.insert(QStringLiteral("last_seq"), last.value(0).toLongLong());
    last.finish();
    return body;
}

QJsonObject HubApi::blockedCards(const AuthenticatedTerminal &terminal)
{
    QSqlQuery &blocks = m_db.prepared(
        QStringLiteral("SELECT uid, blocked_at, person_name, unit, card_type, reason, terminal_id"
                       " FROM card_blocks WHERE site_id = ? ORDER BY blocked_at, uid"));
    blocks.addBindValue(terminal.siteId);
    m_db.exec(blocks, QStringLiteral("reading the blocked cards"));
    QJsonArray cards;
    while (blocks.next())
        cards.append(QJsonObject { { QStringLiteral("uid"), blocks.value(0).toString() },
            { QStringLiteral("blocked_at"), blocks.value(1).toString() },
            { QStringLiteral("person"), blocks.value(2).toString() },
            { QStringLiteral("unit"), blocks.value(3).toString() },
            { QStringLiteral("card_type"), blocks.value(4).toString() },
            { QStringLiteral("reason"), blocks.value(5).toString() },
            { QStringLiteral("terminal"), blocks.value(6).toString() } });
    blocks.finish();
    return { { QStringLiteral("site"), terminal.siteId }, { QStringLiteral("cards"), cards } };
}

} // namespace lobbydesk
