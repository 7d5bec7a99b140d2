#include "store/schema.h"

namespace lobbydesk {

const std::vector<Migration> &terminalSchema()
{
    static const std::vector<Migration> migrations {
        { 1, QStringLiteral("event log and outbox"),
            {
                QStringLiteral("CREATE TABLE meta ("
                               " key TEXT PRIMARY KEY,"
                               " value TEXT NOT NULL"
                               ") WITHOUT ROWID"),
                // Every event this terminal recorded or pulled from the hub. The hash chain
                // is per terminal; acked_at is not part of it (it changes after recording).
                // Stored in (terminal, seq) order with no rowid b-tree: one page fewer per event.
                QStringLiteral("CREATE TABLE events ("
                               " id TEXT NOT NULL UNIQUE,"
                               " terminal_id TEXT NOT NULL,"
                               " seq INTEGER NOT NULL CHECK (seq > 0),"
                               " type TEXT NOT NULL CHECK (length(type) > 0),"
                               " payload TEXT NOT NULL CHECK (json_valid(payload)),"
                               " occurred_at TEXT NOT NULL,"
                               " actor TEXT NOT NULL DEFAULT '',"
                               " prev_hash BLOB NOT NULL CHECK (length(prev_hash) = 32),"
                               " hash BLOB NOT NULL CHECK (length(hash) = 32),"
                               " acked_at TEXT,"
                               " PRIMARY KEY (terminal_id, seq)"
                               ") WITHOUT ROWID"),
            } },
        { 2, QStringLiteral("hub enrolment, signing keys and sync state"),
            {
                // The hub this terminal is enrolled with: one row, or none before enrolment.
                QStringLiteral("CREATE TABLE hub_link ("
                               " singleton INTEGER PRIMARY KEY CHECK (singleton = 1),"
                               " hub_url TEXT NOT NULL,"
                               " site_id TEXT NOT NULL,"
                               " site_name TEXT NOT NULL,"
                               " token TEXT NOT NULL,"
                               " ca_pem TEXT," // a private CA to trust for an https hub
                               " enrolled_at TEXT NOT NULL"
                               ")"),
                // This terminal's Ed25519 key pair (libsodium), created at enrolment.
                QStringLiteral("CREATE TABLE signing_key ("
                               " key_id TEXT PRIMARY KEY,"
                               " public_key BLOB NOT NULL CHECK (length(public_key) = 32),"
                               " secret_key BLOB NOT NULL CHECK (length(secret_key) = 64),"
                               " created_at TEXT NOT NULL"
                               ") WITHOUT ROWID"),
                // The public keys of the site's terminals, as the hub distributes them
                // (site.terminal.enrolled / .revoked).
                QStringLiteral("CREATE TABLE site_keys ("
                               " key_id TEXT PRIMARY KEY,"
                               " terminal_id TEXT NOT NULL,"
                               " terminal_name TEXT NOT NULL,"
                               " public_key BLOB NOT NULL CHECK (length(public_key) = 32),"
                               " added_at TEXT NOT NULL,"
                               " revoked_at TEXT"
                               ") WITHOUT ROWID"),
                // An event the hub refused for good: acknowledged (it leaves the outbox so
                // the queue moves on) and kept here with the hub's reason for staff to see.
                QStringLiteral("CREATE TABLE parked_events ("
                               " event_id TEXT PRIMARY KEY,"
                               " seq INTEGER NOT NULL,"
                               " type TEXT NOT NULL,"
                               " reason TEXT NOT NULL,"
                               " parked_at TEXT NOT NULL"
                               ") WITHOUT ROWID"),
                // Shift handover notes of the desk (交接班), shared by the site's terminals.
                QStringLiteral("CREATE TABLE desk_notes ("
                               " event_id TEXT PRIMARY KEY,"
                               " terminal_id TEXT NOT NULL,"
                               " written_at TEXT NOT NULL,"
                               " author TEXT NOT NULL,"
                               " text TEXT NOT NULL"
                               ") WITHOUT ROWID"),
            } },
        { 3, QStringLiteral("building directory and its search"),
            {
                // The directory as the hub's directory.*.upserted events leave it
                // (src/directory, docs/directory.md). Nothing is deleted: active = 0 hides.
                // Lists (units, roles, cards) are JSON arrays.
                QStringLiteral("CREATE TABLE directory_units ("
                               " unit TEXT PRIMARY KEY,"
                               " floor TEXT NOT NULL,"
                               " name TEXT NOT NULL,"
                               " active INTEGER NOT NULL"
                               ") WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE directory_companies ("
                               " company TEXT PRIMARY KEY,"
                               " name TEXT NOT NULL,"
                               " units TEXT NOT NULL CHECK (json_valid(units)),"
                               " approval TEXT NOT NULL,"
                               " active INTEGER NOT NULL"
                               ") WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE directory_people ("
                               " person TEXT PRIMARY KEY,"
                               " name TEXT NOT NULL,"
                               " company TEXT NOT NULL,"
                               " units TEXT NOT NULL CHECK (json_valid(units)),"
                               " roles TEXT NOT NULL CHECK (json_valid(roles)),"
                               " phone TEXT NOT NULL,"
                               " cards TEXT NOT NULL CHECK (json_valid(cards)),"
                               " active INTEGER NOT NULL"
                               ") WITHOUT ROWID"),
                // A company's rename re-indexes its people (their search words hold its name).
                QStringLiteral("CREATE INDEX directory_people_company"
                               " ON directory_people (company)"),
                QStringLiteral("CREATE TABLE directory_staff ("
                               " staff TEXT PRIMARY KEY,"
                               " name TEXT NOT NULL,"
                               " role TEXT NOT NULL,"
                               " cards TEXT NOT NULL CHECK (json_valid(cards)),"
                               " active INTEGER NOT NULL"
                               ") WITHOUT ROWID"),
                // Card UID → holder, for a tap at a reader.
                QStringLiteral("CREATE TABLE directory_cards ("
                               " card TEXT NOT NULL,"
                               " kind TEXT NOT NULL,"
                               " id TEXT NOT NULL,"
                               " PRIMARY KEY (card, kind, id)"
                               ") WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX directory_cards_holder"
                               " ON directory_cards (kind, id)"),
                // One search document per active company or person; doc is its FTS5 rowid.
                QStringLiteral("CREATE TABLE directory_search_docs ("
                               " doc INTEGER PRIMARY KEY,"
                               " kind TEXT NOT NULL,"
                               " id TEXT NOT NULL,"
                               " name TEXT NOT NULL,"
                               " UNIQUE (kind, id)"
                               ")"),
                // Words made by src/directory/searchtokens (unicode61 does not split Chinese
                // into words): head = the whole name as one word, its pinyin and initials;
                // name = the name's words; other = units and the company's name. Prefix
                // indexes serve each keystroke's short prefix; single-word phrases need no
                // positions (detail=column).
                QStringLiteral("CREATE VIRTUAL TABLE directory_search USING fts5("
                               " head, name, other,"
                               " tokenize = 'unicode61', prefix = '1 2 3', detail = column)"),
            } },
        { 4, QStringLiteral("arrears flags and the deny list from the hub"),
            {
                // Units whose management fees are in arrears, as billing tells the hub
                // (billing.arrears.flagged): the desk sees it when approving a goods pass.
                QStringLiteral("CREATE TABLE unit_arrears ("
                               " unit TEXT PRIMARY KEY,"
                               " in_arrears INTEGER NOT NULL CHECK (in_arrears IN (0, 1)),"
                               " note TEXT NOT NULL,"
                               " flagged_at TEXT NOT NULL"
                               ") WITHOUT ROWID"),
                // Who is not let in (screening.deny.added / .removed), checked offline at
                // check-in: by name, by phone (as the directory normalises it) or by ID hash.
                QStringLiteral("CREATE TABLE deny_list ("
                               " entry_id TEXT PRIMARY KEY,"
                               " name TEXT NOT NULL,"
                               " phone TEXT NOT NULL,"
                               " id_hash TEXT NOT NULL,"
                               " reason TEXT NOT NULL,"
                               " active INTEGER NOT NULL CHECK (active IN (0, 1)),"
                               " updated_at TEXT NOT NULL"
                               ") WITHOUT ROWID"),
                QStringLiteral(
                    "CREATE INDEX deny_list_phone ON deny_list (phone) WHERE phone <> ''"),
                QStringLiteral("CREATE INDEX deny_list_name ON deny_list (name) WHERE name <> ''"),
            } },
        { 5, QStringLiteral("goods-release passes"),
            {
                // A goods pass from its request on (goods.pass.requested) to the desk's
                // decision (.approved with its number and signed token, .rejected) and a
                // revocation (.revoked). The request is kept whole as JSON.
                QStringLiteral("CREATE TABLE goods_passes ("
                               " pass_id TEXT PRIMARY KEY,"
                               " requested_at TEXT NOT NULL,"
                               " requested_by TEXT NOT NULL,"
                               " terminal_id TEXT NOT NULL,"
                               " request TEXT NOT NULL CHECK (json_valid(request)),"
                               " unit TEXT NOT NULL,"
                               " plate TEXT NOT NULL,"
                               " state TEXT NOT NULL CHECK (state IN ('pending', 'approved',"
                               " 'rejected', 'revoked')),"
                               " number TEXT,"
                               " token TEXT,"
                               " decided_at TEXT,"
                               " decided_by TEXT,"
                               " decision_note TEXT,"
                               " revoked_at TEXT,"
                               " revoked_by TEXT,"
                               " revoke_reason TEXT"
                               ") WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX goods_passes_number ON goods_passes (number)"
                               " WHERE number IS NOT NULL"),
                QStringLiteral(
                    "CREATE INDEX goods_passes_state ON goods_passes (state, requested_at)"),
                // Every use a guard terminal recorded (goods.pass.used), here or pulled from
                // the hub: two rows for one pass are a double use, both kept.
                QStringLiteral("CREATE TABLE goods_pass_uses ("
                               " event_id TEXT PRIMARY KEY,"
                               " pass_id TEXT NOT NULL,"
                               " number TEXT NOT NULL,"
                               " terminal_id TEXT NOT NULL,"
                               " used_at TEXT NOT NULL,"
                               " guard TEXT NOT NULL,"
                               " released TEXT NOT NULL CHECK (json_valid(released)),"
                               " partial INTEGER NOT NULL CHECK (partial IN (0, 1)),"
                               " note TEXT NOT NULL"
                               ") WITHOUT ROWID"),
                QStringLiteral(
                    "CREATE INDEX goods_pass_uses_pass ON goods_pass_uses (pass_id, used_at)"),
            } },
        { 6, QStringLiteral("visitor reception"),
            {
                // A visit from check-in (visit.checked_in: at the kiosk, from an invitation or
                // at the desk) through the desk's decision when it waited for approval or was
                // held by screening (visit.approved / .denied). Personal fields are emptied by
                // the retention job (anonymised_at); the ID number is never stored, only its
                // last 4 characters and a keyed hash.
                QStringLiteral("CREATE TABLE visits ("
                               " visit_id TEXT PRIMARY KEY,"
                               " number TEXT NOT NULL,"
                               " checked_in_at TEXT NOT NULL,"
                               " checked_in_by TEXT NOT NULL,"
                               " terminal_id TEXT NOT NULL,"
                               " via TEXT NOT NULL CHECK (via IN ('kiosk', 'invitation', 'desk')),"
                               " name TEXT NOT NULL,"
                               " phone TEXT NOT NULL,"
                               " host_person TEXT NOT NULL,"
                               " host_name TEXT NOT NULL,"
                               " company TEXT NOT NULL,"
                               " company_name TEXT NOT NULL,"
                               " unit TEXT NOT NULL,"
                               " floor TEXT NOT NULL,"
                               " purpose TEXT NOT NULL,"
                               " purpose_note TEXT NOT NULL,"
                               " companions INTEGER NOT NULL,"
                               " plate TEXT NOT NULL,"
                               " id_last4 TEXT NOT NULL,"
                               " id_hash TEXT NOT NULL,"
                               " items TEXT NOT NULL,"
                               " language TEXT NOT NULL,"
                               " invitation_id TEXT NOT NULL,"
                               " state TEXT NOT NULL CHECK (state IN ('on_site', 'waiting', 'held',"
                               " 'denied')),"
                               " hold_entry TEXT NOT NULL,"
                               " valid_until TEXT NOT NULL,"
                               " token TEXT NOT NULL,"
                               " decided_at TEXT,"
                               " decided_by TEXT,"
                               " decision_note TEXT,"
                               " anonymised_at TEXT"
                               ") WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX visits_checked_in ON visits (checked_in_at)"),
                QStringLiteral("CREATE INDEX visits_state ON visits (state, checked_in_at)"),
                QStringLiteral("CREATE INDEX visits_number ON visits (number)"),
                // Check-outs apart from visits: a guard may check out a slip whose check-in
                // has not reached it yet; the first check-out stands, later ones are kept as
                // repeats (a slip scanned twice).
                QStringLiteral("CREATE TABLE visit_checkouts ("
                               " visit_id TEXT PRIMARY KEY,"
                               " event_id TEXT NOT NULL,"
                               " checked_out_at TEXT NOT NULL,"
                               " checked_out_by TEXT NOT NULL,"
                               " terminal_id TEXT NOT NULL,"
                               " how TEXT NOT NULL CHECK (how IN ('scan', 'desk', 'auto'))"
                               ") WITHOUT ROWID"),
                QStringLiteral(
                    "CREATE INDEX visit_checkouts_at ON visit_checkouts (checked_out_at)"),
                // The one-tap rating after check-out (visit.rated), one per visit.
                QStringLiteral("CREATE TABLE visit_ratings ("
                               " visit_id TEXT PRIMARY KEY,"
                               " satisfied INTEGER NOT NULL CHECK (satisfied IN (0, 1)),"
                               " rated_at TEXT NOT NULL,"
                               " terminal_id TEXT NOT NULL"
                               ") WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX visit_ratings_at ON visit_ratings (rated_at)"),
                // Invitations (visit.invitation.created / .cancelled); used by the visit that
                // names it.
                QStringLiteral("CREATE TABLE invitations ("
                               " invitation_id TEXT PRIMARY KEY,"
                               " created_at TEXT NOT NULL,"
                               " created_by TEXT NOT NULL,"
                               " terminal_id TEXT NOT NULL,"
                               " name TEXT NOT NULL,"
                               " phone TEXT NOT NULL,"
                               " host_person TEXT NOT NULL,"
                               " company TEXT NOT NULL,"
                               " unit TEXT NOT NULL,"
                               " purpose TEXT NOT NULL,"
                               " companions INTEGER NOT NULL,"
                               " plate TEXT NOT NULL,"
                               " language TEXT NOT NULL,"
                               " valid_from TEXT NOT NULL,"
                               " valid_until TEXT NOT NULL,"
                               " token TEXT NOT NULL,"
                               " cancelled_at TEXT,"
                               " cancelled_by TEXT,"
                               " anonymised_at TEXT"
                               ") WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX invitations_from ON invitations (valid_from)"),
            } },
        { 7, QStringLiteral("retention: redacted events"),
            {
                // When retention removed an event's personal data (core/eventredaction.h); its
                // hash is then no longer checked against its content, only its place in the
                // chain. NULL for every event as recorded.
                QStringLiteral("ALTER TABLE events ADD COLUMN redacted_at TEXT"),
                // The events retention looks at, by age; the type list is the one of
                // personalEventTypes(), written the same in the query so SQLite uses it.
                QStringLiteral("CREATE INDEX events_personal ON events (occurred_at)"
                               " WHERE type IN ('visit.checked_in', 'visit.invitation.created')"),
            } },
        { 8, QStringLiteral("visits by invitation"),
            {
                // An invitation scanned again finds its open visit, and the desk's invitation
                // list its use, without reading every visit.
                QStringLiteral("CREATE INDEX visits_invitation ON visits (invitation_id)"
                               " WHERE invitation_id <> ''"),
            } },
        { 9, QStringLiteral("printers of the site"),
            {
                // The latest condition of each terminal's receipt printer (device.printer.state),
                // so that the desk sees a kiosk that cannot print its visitors' slips.
                QStringLiteral("CREATE TABLE site_printers ("
                               " terminal_id TEXT PRIMARY KEY,"
                               " condition TEXT NOT NULL,"
                               " detail TEXT NOT NULL,"
                               " since TEXT NOT NULL"
                               ") WITHOUT ROWID"),
            } },
        { 10, QStringLiteral("keys"),
            {
                // The key cabinet (docs/keys.md): one row per key set, from key.registered and
                // key.deposited. The tag carries a number and a barcode, never the unit; the
                // row may know the unit (an owner's spare) for the owner's list.
                QStringLiteral("CREATE TABLE keys ("
                               " key_id TEXT PRIMARY KEY,"
                               " tag TEXT NOT NULL,"
                               " barcode TEXT NOT NULL,"
                               " type TEXT NOT NULL CHECK (type IN ('unit_spare', 'common',"
                               " 'plant_room', 'master')),"
                               " label TEXT NOT NULL,"
                               " unit TEXT NOT NULL,"
                               " slot TEXT NOT NULL,"
                               " owner_person TEXT NOT NULL,"
                               " owner_name TEXT NOT NULL,"
                               " owner_language TEXT NOT NULL,"
                               " authorised TEXT NOT NULL CHECK (json_valid(authorised)),"
                               " state TEXT NOT NULL CHECK (state IN ('in', 'out')),"
                               " registered_at TEXT NOT NULL,"
                               " registered_by TEXT NOT NULL"
                               ") WITHOUT ROWID"),
                // Not unique: two desks may register one tag offline; the service refuses a
                // tag it already knows.
                QStringLiteral("CREATE INDEX keys_tag ON keys (tag)"),
                QStringLiteral("CREATE INDEX keys_barcode ON keys (barcode)"),
                // Sign-outs and their return. Two sign-outs of one key that overlap (two
                // desks offline) are both kept with conflict = 1 until a person resolves:
                // resolution 'stands' or 'void' (a void loan never held the key).
                QStringLiteral("CREATE TABLE key_loans ("
                               " loan_id TEXT PRIMARY KEY,"
                               " key_id TEXT NOT NULL,"
                               " borrower_kind TEXT NOT NULL CHECK (borrower_kind IN ('person',"
                               " 'staff', 'visit')),"
                               " borrower_id TEXT NOT NULL,"
                               " borrower_name TEXT NOT NULL,"
                               " language TEXT NOT NULL,"
                               " reason TEXT NOT NULL,"
                               " work_reason TEXT NOT NULL,"
                               " out_at TEXT NOT NULL,"
                               " due_at TEXT NOT NULL,"
                               " out_terminal TEXT NOT NULL,"
                               " out_by TEXT NOT NULL,"
                               " second_staff TEXT NOT NULL,"
                               " owner_notified_at TEXT,"
                               " overdue_at TEXT,"
                               " returned_at TEXT,"
                               " condition TEXT,"
                               " condition_note TEXT,"
                               " returned_by TEXT,"
                               " conflict INTEGER NOT NULL DEFAULT 0,"
                               " resolution TEXT,"
                               " resolved_by TEXT"
                               ") WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX key_loans_key ON key_loans (key_id, out_at)"),
                QStringLiteral(
                    "CREATE INDEX key_loans_borrower ON key_loans (borrower_kind, borrower_id)"),
                QStringLiteral("CREATE INDEX key_loans_open ON key_loans (due_at)"
                               " WHERE returned_at IS NULL"),
            } },
        { 11, QStringLiteral("IC cards"),
            {
                // An IC-card request (card.requested) through the desk's decision (.approved,
                // .rejected) to the card issued (.issued) or the request done (report lost,
                // cancel). docs/ic-cards.md.
                QStringLiteral("CREATE TABLE card_requests ("
                               " request_id TEXT PRIMARY KEY,"
                               " kind TEXT NOT NULL CHECK (kind IN ('new', 'replacement-lost',"
                               " 'replacement-damaged', 'report-lost', 'cancel', 'temporary')),"
                               " person TEXT NOT NULL,"
                               " person_name TEXT NOT NULL,"
                               " unit TEXT NOT NULL,"
                               " card_type TEXT NOT NULL,"
                               " applicant TEXT NOT NULL,"
                               " proxy INTEGER NOT NULL CHECK (proxy IN (0, 1)),"
                               " letter_note TEXT NOT NULL,"
                               " via TEXT NOT NULL,"
                               " identity_checked INTEGER NOT NULL DEFAULT 0,"
                               " state TEXT NOT NULL CHECK (state IN ('requested', 'approved',"
                               " 'rejected', 'issued', 'done')),"
                               " requested_at TEXT NOT NULL,"
                               " requested_by TEXT NOT NULL,"
                               " terminal_id TEXT NOT NULL,"
                               " decided_at TEXT,"
                               " decided_by TEXT,"
                               " decision_note TEXT,"
                               " expires_at TEXT,"
                               " uid TEXT"
                               ") WITHOUT ROWID"),
                QStringLiteral(
                    "CREATE INDEX card_requests_state ON card_requests (state, requested_at)"),
                // Card UID → holder as the desk bound it (card.issued), and the blocks
                // (card.reported_lost) and cancellations (card.cancelled). A row here wins over
                // the directory's card list: a blocked UID is refused even if the directory
                // still lists it.
                QStringLiteral("CREATE TABLE card_bindings ("
                               " uid TEXT PRIMARY KEY,"
                               " person TEXT NOT NULL,"
                               " person_name TEXT NOT NULL,"
                               " unit TEXT NOT NULL,"
                               " card_type TEXT NOT NULL,"
                               " request_id TEXT NOT NULL,"
                               " bound_at TEXT NOT NULL,"
                               " expires_at TEXT,"
                               " state TEXT NOT NULL CHECK (state IN ('active', 'blocked',"
                               " 'cancelled')),"
                               " changed_at TEXT NOT NULL,"
                               " changed_by TEXT NOT NULL,"
                               " reason TEXT NOT NULL"
                               ") WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX card_bindings_person ON card_bindings (person)"),
                // Each fee, deposit and refund with its receipt number (card.payment.recorded).
                QStringLiteral("CREATE TABLE card_payments ("
                               " event_id TEXT PRIMARY KEY,"
                               " receipt TEXT NOT NULL,"
                               " terminal_id TEXT NOT NULL,"
                               " request_id TEXT NOT NULL,"
                               " uid TEXT NOT NULL,"
                               " person_name TEXT NOT NULL,"
                               " kind TEXT NOT NULL CHECK (kind IN ('fee', 'deposit', 'refund')),"
                               " amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),"
                               " paid_at TEXT NOT NULL,"
                               " paid_by TEXT NOT NULL"
                               ") WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX card_payments_at ON card_payments (paid_at)"),
                QStringLiteral(
                    "CREATE INDEX card_payments_receipt ON card_payments (terminal_id, receipt)"),
                // A blocked UID presented at a reader (card.blocked.tapped): the desk's flags.
                QStringLiteral("CREATE TABLE card_blocked_taps ("
                               " event_id TEXT PRIMARY KEY,"
                               " uid TEXT NOT NULL,"
                               " terminal_id TEXT NOT NULL,"
                               " tapped_at TEXT NOT NULL,"
                               " seen INTEGER NOT NULL DEFAULT 0"
                               ") WITHOUT ROWID"),
            } },
        { 12, QStringLiteral("staff PINs"),
            {
                // The Argon2id hash of each staff member's PIN, as the hub sent it
                // (directory.staff.pin_set); a row per staff member with a PIN. Kept apart from
                // directory_staff, which a directory import rewrites whole.
                QStringLiteral("CREATE TABLE staff_pins ("
                               " staff TEXT PRIMARY KEY,"
                               " pin_hash TEXT NOT NULL,"
                               " set_at TEXT NOT NULL"
                               ") WITHOUT ROWID"),
                // Wrong PINs in a row at this terminal and the lock-out they led to. Local to
                // this terminal (not synced): the lock-out itself is an event.
                QStringLiteral("CREATE TABLE staff_pin_failures ("
                               " staff TEXT PRIMARY KEY,"
                               " failures INTEGER NOT NULL,"
                               " locked_until TEXT"
                               ") WITHOUT ROWID"),
            } },
        { 13, QStringLiteral("tenant PINs"),
            {
                // The Argon2id hash of each tenant's card PIN (docs/ic-cards.md), set at a kiosk
                // (tenant.pin.set) or at the hub (directory.person.pin_set / .pin_cleared). The
                // latest setting wins whatever order they arrive in (set_at, then the event id);
                // a cleared PIN keeps its row with no hash, so an older setting pulled later
                // does not bring it back.
                QStringLiteral("CREATE TABLE tenant_pins ("
                               " person TEXT PRIMARY KEY,"
                               " pin_hash TEXT,"
                               " set_at TEXT NOT NULL,"
                               " event_id TEXT NOT NULL"
                               ") WITHOUT ROWID"),
                // Wrong PINs in a row at this terminal and the lock-out they led to, as for
                // staff (staff_pin_failures): local, the lock-out itself is an event.
                QStringLiteral("CREATE TABLE tenant_pin_failures ("
                               " person TEXT PRIMARY KEY,"
                               " failures INTEGER NOT NULL,"
                               " locked_until TEXT"
                               ") WITHOUT ROWID"),
            } },
        { 14, QStringLiteral("card request language"),
            {
                // The tenant's language, which their card receipts print in (card.requested
                // "language"); requests from before it print in English.
                QStringLiteral("ALTER TABLE card_requests ADD COLUMN language TEXT NOT NULL"
                               " DEFAULT 'en'"),
            } },
        { 15, QStringLiteral("retention: key and card events"),
            {
                // Retention also takes the names of visitors who borrowed a key and of
                // temporary card holders (core/eventredaction.h): the index lists their events
                // too, exactly as personalEventTypesSql() writes the condition.
                QStringLiteral("DROP INDEX events_personal"),
                QStringLiteral(
                    "CREATE INDEX events_personal ON events (occurred_at)"
                    " WHERE type IN ('visit.checked_in', 'visit.invitation.created', "
                    "'key.signed_out',"
                    " 'key.owner_notified', 'key.overdue', 'card.requested', 'card.issued',"
                    " 'card.reported_lost', 'card.cancelled', 'card.payment.recorded')"),
            } },
        { 16, QStringLiteral("blocked-card taps acknowledged"),
            {
                // A blocked card's tap acknowledged at a desk (card.blocked_tap.acknowledged):
                // `seen` is set, with who, when and their note. The first acknowledgement stands.
                QStringLiteral("ALTER TABLE card_blocked_taps ADD COLUMN seen_at TEXT"),
                QStringLiteral("ALTER TABLE card_blocked_taps ADD COLUMN seen_by TEXT"),
                QStringLiteral("ALTER TABLE card_blocked_taps ADD COLUMN seen_note TEXT"),
                QStringLiteral("CREATE INDEX card_blocked_taps_open ON card_blocked_taps"
                               " (tapped_at) WHERE seen = 0"),
            } },
    };
    return migrations;
}

} // namespace lobbydesk
