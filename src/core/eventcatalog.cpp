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
    // The deny list kept at the desk; same entries as the hub's, shared with the site.
    EventTypeSpec { QStringLiteral("screening.deny.listed"), EventOrigin::Terminal,
        { QStringLiteral("entry"), QStringLiteral("reason") } },
    EventTypeSpec { QStringLiteral("screening.deny.lifted"), EventOrigin::Terminal,
        { QStringLiteral("entry") } },
    // IC cards (docs/ic-cards.md): a request and the desk's decision, the card issued (its UID
    // bound to the person), a card reported lost (its UID blocked everywhere) or cancelled,
    // each fee, deposit or refund with its receipt number, a blocked card presented somewhere.
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
