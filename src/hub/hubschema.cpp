#include "hub/hubschema.h"

namespace lobbydesk {

const std::vector<QStringList> &hubSchema()
{
    static const std::vector<QStringList> versions {
        {
            // feed_pos numbers the site's feed; hub_seq/hub_hash chain the hub's own events.
            QStringLiteral("CREATE TABLE sites ("
                           " site_id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " feed_pos BIGINT NOT NULL DEFAULT 0,"
                           " hub_seq BIGINT NOT NULL DEFAULT 0,"
                           " hub_hash TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE enrolment_codes ("
                           " code_hash TEXT PRIMARY KEY,"
                           " site_id TEXT NOT NULL REFERENCES sites (site_id),"
                           " created_at TEXT NOT NULL,"
                           " expires_at TEXT NOT NULL,"
                           " used_at TEXT,"
                           " used_by TEXT)"),
            QStringLiteral("CREATE TABLE terminals ("
                           " terminal_id TEXT PRIMARY KEY,"
                           " site_id TEXT NOT NULL REFERENCES sites (site_id),"
                           " name TEXT NOT NULL,"
                           " role TEXT NOT NULL,"
                           " token_hash TEXT NOT NULL UNIQUE,"
                           " key_id TEXT NOT NULL,"
                           " public_key TEXT NOT NULL,"
                           " enrolled_at TEXT NOT NULL,"
                           " revoked_at TEXT,"
                           " last_seq BIGINT NOT NULL DEFAULT 0,"
                           " last_hash TEXT NOT NULL,"
                           " last_seen_at TEXT)"),
            // Every event received (and the hub's own), once: the id is the idempotency key,
            // (terminal, seq) the order. A refused event is kept with its reason, never applied
            // and never in the feed, so a terminal's sequence has no holes.
            QStringLiteral("CREATE TABLE events ("
                           " id TEXT PRIMARY KEY,"
                           " site_id TEXT NOT NULL,"
                           " terminal_id TEXT NOT NULL,"
                           " seq BIGINT NOT NULL,"
                           " type TEXT NOT NULL,"
                           " payload TEXT NOT NULL,"
                           " occurred_at TEXT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " prev_hash TEXT NOT NULL,"
                           " hash TEXT NOT NULL,"
                           " received_at TEXT NOT NULL,"
                           " feed_pos BIGINT NOT NULL,"
                           " refused TEXT,"
                           " UNIQUE (terminal_id, seq),"
                           " UNIQUE (site_id, feed_pos))"),
            // The directory as last imported, to send down only what changed.
            QStringLiteral("CREATE TABLE directory ("
                           " site_id TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " entry_id TEXT NOT NULL,"
                           " payload TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " PRIMARY KEY (site_id, kind, entry_id))"),
            QStringLiteral("CREATE TABLE desk_notes ("
                           " event_id TEXT PRIMARY KEY,"
                           " site_id TEXT NOT NULL,"
                           " terminal_id TEXT NOT NULL,"
                           " written_at TEXT NOT NULL,"
                           " author TEXT NOT NULL,"
                           " text TEXT NOT NULL)"),
        },
        {
            // The deny list of each site as maintained at the hub, to list and to remove from.
            QStringLiteral("CREATE TABLE deny_list ("
                           " site_id TEXT NOT NULL,"
                           " entry_id TEXT NOT NULL,"
                           " payload TEXT NOT NULL,"
                           " active BIGINT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " PRIMARY KEY (site_id, entry_id))"),
        },
        {
            // The site's 32-byte key for ID-number hashes (core/idnumber.h), base64; made with
            // the site, or for an older site the first time it is needed.
            QStringLiteral("ALTER TABLE sites ADD COLUMN screening_key TEXT"),
            // When retention removed an event's personal data (core/eventredaction.h).
            QStringLiteral("ALTER TABLE events ADD COLUMN redacted_at TEXT"),
            QStringLiteral("CREATE INDEX events_personal ON events (occurred_at)"
                           " WHERE type IN ('visit.checked_in', 'visit.invitation.created')"),
        },
        {
            // The IC cards reported lost on any terminal of a site (card.reported_lost), for
            // the access-control system's export (GET /v1/blocked-cards; docs/ic-cards.md).
            QStringLiteral("CREATE TABLE card_blocks ("
                           " site_id TEXT NOT NULL,"
                           " uid TEXT NOT NULL,"
                           " person_name TEXT NOT NULL,"
                           " unit TEXT NOT NULL,"
                           " card_type TEXT NOT NULL,"
                           " reason TEXT NOT NULL,"
                           " blocked_at TEXT NOT NULL,"
                           " terminal_id TEXT NOT NULL,"
                           " PRIMARY KEY (site_id, uid))"),
        },
        {
            // The webhook's outbox (docs/webhook.md): one row per event of a delivered type,
            // written in the push's transaction and keyed by the event's id, so that a push
            // sent twice queues it once. `body` is the exact JSON that is POSTed (and signed)
            // on every attempt; rows go out in arrival order (queued_at, then the site's feed
            // position). `next_attempt_at` is the backoff, and while a hub sends the row, its
            // claim: another hub process on the same database leaves it alone until then.
            QStringLiteral("CREATE TABLE webhook_outbox ("
                           " event_id TEXT PRIMARY KEY,"
                           " site_id TEXT NOT NULL,"
                           " terminal_id TEXT NOT NULL,"
                           " type TEXT NOT NULL,"
                           " body TEXT NOT NULL,"
                           " queued_at TEXT NOT NULL,"
                           " feed_pos BIGINT NOT NULL,"
                           " attempts BIGINT NOT NULL DEFAULT 0,"
                           " next_attempt_at TEXT NOT NULL,"
                           " last_attempt_at TEXT,"
                           " last_status BIGINT,"
                           " last_error TEXT,"
                           " delivered_at TEXT)"),
            QStringLiteral("CREATE INDEX webhook_outbox_pending ON webhook_outbox"
                           " (next_attempt_at) WHERE delivered_at IS NULL"),
        },
        {
            // Retention also takes the names of visitors who borrowed a key and of temporary
            // card holders (core/eventredaction.h): the index lists their events too, exactly
            // as personalEventTypesSql() writes the condition.
            QStringLiteral("DROP INDEX events_personal"),
            QStringLiteral(
                "CREATE INDEX events_personal ON events (occurred_at)"
                " WHERE type IN ('visit.checked_in', 'visit.invitation.created', 'key.signed_out',"
                " 'key.owner_notified', 'key.overdue', 'card.requested', 'card.issued',"
                " 'card.reported_lost', 'card.cancelled', 'card.payment.recorded')"),
        },
    };
    return versions;
}

} // namespace lobbydesk
