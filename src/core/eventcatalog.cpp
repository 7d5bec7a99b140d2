#include "core/eventcatalog.h"

#include <QJsonValue>
#include <array>

namespace lobbydesk {
namespace {

const std::array kCatalog {
    // A shift handover note written at the desk (交接班记录), shared by the site's terminals.
    EventTypeSpec {
        QStringLiteral("desk.note.added"), EventOrigin::Terminal, { QStringLiteral("text") } },
    // A terminal joined the site; carries its Ed25519 public key for pass verification.
    EventTypeSpec { QStringLiteral("site.terminal.enrolled"), EventOrigin::Hub,
        { QStringLiteral("terminal"), QStringLiteral("name"), QStringLiteral("role"),
            QStringLiteral("key_id"), QStringLiteral("public_key") } },
    // An entry of the site's deny list (name, phone and/or ID hash), added or lifted at the hub.
    EventTypeSpec { QStringLiteral("screening.deny.added"), EventOrigin::Hub,
        { QStringLiteral("entry"), QStringLiteral("reason") } },
    EventTypeSpec {
        QStringLiteral("screening.deny.removed"), EventOrigin::Hub, { QStringLiteral("entry") } },
    // The site's key for ID-number hashes (core/idnumber.h), made by the hub with the site.
    EventTypeSpec {
        QStringLiteral("site.screening.key"), EventOrigin::Hub, { QStringLiteral("key") } },
    // A unit's management fees are (or are no longer) in arrears; set at the hub.
    EventTypeSpec {
        QStringLiteral("billing.arrears.flagged"), EventOrigin::Hub, { QStringLiteral("unit") } },
    EventTypeSpec { QStringLiteral("site.terminal.revoked"), EventOrigin::Hub,
        { QStringLiteral("terminal"), QStringLiteral("key_id") } },
    EventTypeSpec {
        QStringLiteral("directory.unit.upserted"), EventOrigin::Hub, { QStringLiteral("unit") } },
    EventTypeSpec { QStringLiteral("directory.company.upserted"), EventOrigin::Hub,
        { QStringLiteral("company"), QStringLiteral("name") } },
    EventTypeSpec { QStringLiteral("directory.person.upserted"), EventOrigin::Hub,
        { QStringLiteral("person"), QStringLiteral("name") } },
    EventTypeSpec { QStringLiteral("directory.staff.upserted"), EventOrigin::Hub,
        { QStringLiteral("staff"), QStringLiteral("name"), QStringLiteral("role") } },
    // Staff sign-in (docs/staff.md): a PIN set or cleared at the hub (only its Argon2id hash
    // travels), and what terminals record: sign-in, sign-out, a lock-out after wrong PINs.
    EventTypeSpec { QStringLiteral("directory.staff.pin_set"), EventOrigin::Hub,
        { QStringLiteral("staff"), QStringLiteral("pin_hash") } },
    EventTypeSpec { QStringLiteral("directory.staff.pin_cleared"), EventOrigin::Hub,
        { QStringLiteral("staff") } },
    EventTypeSpec { QStringLiteral("staff.signed_in"), EventOrigin::Terminal,
        { QStringLiteral("staff"), QStringLiteral("name") } },
    EventTypeSpec { QStringLiteral("staff.signed_out"), EventOrigin::Terminal,
        { QStringLiteral("staff"), QStringLiteral("how") } },
    EventTypeSpec { QStringLiteral("staff.signin.locked"), EventOrigin::Terminal,
        { QStringLiteral("staff"), QStringLiteral("until") } },
    // Goods-release passes (docs/goods-passes.md): request, the desk's decision, revocation,
    // and each use at a guard terminal.
    EventTypeSpec {
        QStringLiteral("goods.pass.requested"), EventOrigin::Terminal, { QStringLiteral("pass") } },
    EventTypeSpec { QStringLiteral("goods.pass.approved"), EventOrigin::Terminal,
        { QStringLiteral("pass"), QStringLiteral("number"), QStringLiteral("token") } },
    EventTypeSpec { QStringLiteral("goods.pass.rejected"), EventOrigin::Terminal,
        { QStringLiteral("pass"), QStringLiteral("reason") } },
    EventTypeSpec { QStringLiteral("goods.pass.revoked"), EventOrigin::Terminal,
        { QStringLiteral("pass"), QStringLiteral("reason") } },
    EventTypeSpec {
        QStringLiteral("goods.pass.used"), EventOrigin::Terminal, { QStringLiteral("pass") } },
    // Visitor reception (docs/visitors.md): check-in (kiosk, invitation or desk), the desk's
    // decision on a visit that waited or was held, check-out, the visitor's rating.
    EventTypeSpec { QStringLiteral("visit.checked_in"), EventOrigin::Terminal,
        { QStringLiteral("visit"), QStringLiteral("number"), QStringLiteral("state") } },
    EventTypeSpec {
        QStringLiteral("visit.approved"), EventOrigin::Terminal, { QStringLiteral("visit") } },
    EventTypeSpec { QStringLiteral("visit.denied"), EventOrigin::Terminal,
        { QStringLiteral("visit"), QStringLiteral("reason") } },
    EventTypeSpec { QStringLiteral("visit.checked_out"), EventOrigin::Terminal,
        { QStringLiteral("visit"), QStringLiteral("how") } },
    EventTypeSpec {
        QStringLiteral("visit.rated"), EventOrigin::Terminal, { QStringLiteral("visit") } },
    EventTypeSpec { QStringLiteral("visit.invitation.created"), EventOrigin::Terminal,
        { QStringLiteral("invitation"), QStringLiteral("name"), QStringLiteral("token") } },
    EventTypeSpec { QStringLiteral("visit.invitation.cancelled"), EventOrigin::Terminal,
        { QStringLiteral("invitation") } },
    // Key handover (docs/keys.md): the cabinet's keys, an owner's spare deposited with the
    // people allowed to borrow it, sign-out and return, the owner told, the overdue alert, and
    // a person's decision on two sign-outs of one key recorded offline at two desks.
    EventTypeSpec { QStringLiteral("key.registered"), EventOrigin::Terminal,
        { QStringLiteral("key"), QStringLiteral("tag"), QStringLiteral("type") } },
    EventTypeSpec { QStringLiteral("key.deposited"), EventOrigin::Terminal,
        { QStringLiteral("key"), QStringLiteral("tag"), QStringLiteral("owner") } },
    EventTypeSpec { QStringLiteral("key.signed_out"), EventOrigin::Terminal,
        { QStringLiteral("loan"), QStringLiteral("key"), QStringLiteral("borrower_kind"),
            QStringLiteral("borrower_id"), QStringLiteral("due_at") } },
    EventTypeSpec { QStringLiteral("key.owner_notified"), EventOrigin::Terminal,
        { QStringLiteral("loan"), QStringLiteral("key"), QStringLiteral("owner") } },
    EventTypeSpec { QStringLiteral("key.returned"), EventOrigin::Terminal,
        { QStringLiteral("key"), QStringLiteral("loan"), QStringLiteral("condition") } },
    EventTypeSpec { QStringLiteral("key.overdue"), EventOrigin::Terminal,
        { QStringLiteral("loan"), QStringLiteral("key"), QStringLiteral("due_at") } },
    EventTypeSpec { QStringLiteral("key.conflict.resolved"), EventOrigin::Terminal,
        { QStringLiteral("key"), QStringLiteral("stands") } },
    // The deny list kept at the desk; same entries as the hub's, shared with the site.
    EventTypeSpec { QStringLiteral("screening.deny.listed"), EventOrigin::Terminal,
        { QStringLiteral("entry"), QStringLiteral("reason") } },
    EventTypeSpec { QStringLiteral("screening.deny.lifted"), EventOrigin::Terminal,
        { QStringLiteral("entry") } },
    // A terminal's receipt printer changed condition (services/printerreports.h): the desk
    // sees a kiosk that cannot print.
    EventTypeSpec { QStringLiteral("device.printer.state"), EventOrigin::Terminal,
        { QStringLiteral("condition") } },
    // IC cards (docs/ic-cards.md): a request and the desk's decision, the card issued (its UID
    // bound to the person), a card reported lost (its UID blocked everywhere) or cancelled,
    // each fee, deposit or refund with its receipt number, a blocked card presented somewhere
    // and the desk's acknowledgement of it.
    EventTypeSpec { QStringLiteral("card.requested"), EventOrigin::Terminal,
        { QStringLiteral("request"), QStringLiteral("kind"), QStringLiteral("person") } },
    EventTypeSpec {
        QStringLiteral("card.approved"), EventOrigin::Terminal, { QStringLiteral("request") } },
    EventTypeSpec { QStringLiteral("card.rejected"), EventOrigin::Terminal,
        { QStringLiteral("request"), QStringLiteral("reason") } },
    EventTypeSpec { QStringLiteral("card.issued"), EventOrigin::Terminal,
        { QStringLiteral("request"), QStringLiteral("uid"), QStringLiteral("person") } },
    EventTypeSpec { QStringLiteral("card.reported_lost"), EventOrigin::Terminal,
        { QStringLiteral("uid"), QStringLiteral("person") } },
    EventTypeSpec { QStringLiteral("card.cancelled"), EventOrigin::Terminal,
        { QStringLiteral("uid"), QStringLiteral("person") } },
    EventTypeSpec { QStringLiteral("card.payment.recorded"), EventOrigin::Terminal,
        { QStringLiteral("receipt"), QStringLiteral("kind") } },
    EventTypeSpec {
        QStringLiteral("card.blocked.tapped"), EventOrigin::Terminal, { QStringLiteral("uid") } },
    // A tenant's card PIN (docs/ic-cards.md): set by the tenant at a kiosk after tapping their
    // card, or set or cleared by the property office at the hub (only the Argon2id hash
    // travels); a lock-out after wrong PINs at a kiosk.
    EventTypeSpec { QStringLiteral("tenant.pin.set"), EventOrigin::Terminal,
        { QStringLiteral("person"), QStringLiteral("pin_hash") } },
    EventTypeSpec { QStringLiteral("directory.person.pin_set"), EventOrigin::Hub,
        { QStringLiteral("person"), QStringLiteral("pin_hash") } },
    EventTypeSpec { QStringLiteral("directory.person.pin_cleared"), EventOrigin::Hub,
        { QStringLiteral("person") } },
    EventTypeSpec { QStringLiteral("tenant.pin.locked"), EventOrigin::Terminal,
        { QStringLiteral("person"), QStringLiteral("until") } },
    // A desk acknowledged a blocked card's tap (`tap`: the card.blocked.tapped event's id), with
    // an optional note ("called the holder", "card retained").
    EventTypeSpec { QStringLiteral("card.blocked_tap.acknowledged"), EventOrigin::Terminal,
        { QStringLiteral("tap"), QStringLiteral("uid") } },
};

} // namespace

const EventTypeSpec *findEventType(const QString &type)
{
    for (const EventTypeSpec &spec : kCatalog) {
        if (spec.type == type)
            return &spec;
    }
    return nullptr;
}

QString payloadProblem(const EventTypeSpec &spec, const QJsonObject &payload)
{
    for (const QString &member : spec.requiredStrings) {
        const QJsonValue value = payload.value(member);
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return QStringLiteral("a %1 event needs a non-empty text '%2' in its payload")
                .arg(spec.type, member);
    }
    return {};
}

QString hubStreamId(const QString &siteId)
{
    return QStringLiteral("hub:") + siteId;
}

} // namespace lobbydesk
