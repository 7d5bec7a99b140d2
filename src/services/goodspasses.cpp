#include "services/goodspasses.h"

#include "core/error.h"
#include "directory/directorysearch.h"
#include "services/projections.h"
#include "services/sitesigners.h"
#include "store/dailynumber.h"
#include "store/eventlog.h"
#include "store/sqlerror.h"
#include "sync/hublink.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace lobbydesk {
namespace {

// The messages' translation context, declared so that lupdate files them under it too.
struct GoodsPassText
{
    Q_DECLARE_TR_FUNCTIONS(GoodsPassText)
};

QString when(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonArray itemsJson(const QList<GoodsItem> &items)
{
    QJsonArray rows;
    for (const GoodsItem &item : items)
        rows.append(QJsonObject { { QStringLiteral("name"), item.name },
            { QStringLiteral("quantity"), item.quantity },
            { QStringLiteral("uom"), item.unitOfMeasure } });
    return rows;
}

QList<GoodsItem> itemsFrom(const QJsonArray &rows)
{
    QList<GoodsItem> items;
    for (const QJsonValue &row : rows) {
        const QJsonObject item = row.toObject();
        items.append({ item.value(QStringLiteral("name")).toString(),
            item.value(QStringLiteral("quantity")).toDouble(),
            item.value(QStringLiteral("uom")).toString() });
    }
    return items;
}

QString payloadText(const Event &event, const char *key)
{
    return event.payloadObject().value(QLatin1String(key)).toString();
}

// "GP-20261122-0007", any case, spaces around.
std::optional<QString> passNumberIn(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^\\s*GP-?(\\d{8})-?(\\d{4})\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = number.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return QStringLiteral("GP-%1-%2").arg(match.captured(1), match.captured(2));
}

} // namespace

QString goodsPassStateKey(GoodsPass::State state)
{
    switch (state) {
    case GoodsPass::State::Pending:
        return QStringLiteral("pending");
    case GoodsPass::State::Approved:
        return QStringLiteral("approved");
    case GoodsPass::State::Rejected:
        return QStringLiteral("rejected");
    case GoodsPass::State::Revoked:
        return QStringLiteral("revoked");
    }
    Q_UNREACHABLE();
}

QString verdictReasonKey(PassVerdict::Reason reason)
{
    using R = PassVerdict::Reason;
    switch (reason) {
    case R::Valid:
        return QStringLiteral("valid");
    case R::StaleSync:
        return QStringLiteral("valid-stale-sync");
    case R::NotAToken:
        return QStringLiteral("not-a-pass");
    case R::Damaged:
        return QStringLiteral("damaged");
    case R::UnknownKey:
        return QStringLiteral("unknown-key");
    case R::RevokedKey:
        return QStringLiteral("revoked-key");
    case R::BadSignature:
        return QStringLiteral("bad-signature");
    case R::NotAGoodsPass:
        return QStringLiteral("not-a-goods-pass");
    case R::OtherSite:
        return QStringLiteral("other-site");
    case R::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case R::Expired:
        return QStringLiteral("expired");
    case R::Revoked:
        return QStringLiteral("revoked");
    case R::AlreadyUsed:
        return QStringLiteral("already-used");
    case R::UnknownNumber:
        return QStringLiteral("unknown-number");
    }
    Q_UNREACHABLE();
}

QString verdictColourKey(PassVerdict::Colour colour)
{
    switch (colour) {
    case PassVerdict::Colour::Green:
        return QStringLiteral("green");
    case PassVerdict::Colour::Amber:
        return QStringLiteral("amber");
    case PassVerdict::Colour::Red:
        return QStringLiteral("red");
    }
    Q_UNREACHABLE();
}

// --- projection -------------------------------------------------------------------------

bool isGoodsPassEvent(const QString &type)
{
    return type.startsWith(QStringLiteral("goods.pass."));
}

void applyGoodsPassEvent(const Event &event, QSqlDatabase &db)
{
    const QJsonObject payload = event.payloadObject();
    const QString pass = payload.value(QStringLiteral("pass")).toString();
    const QString at = isoUtc(event.occurredAt);
    if (event.type == QStringLiteral("goods.pass.requested")) {
        const QJsonObject request = payload.value(QStringLiteral("request")).toObject();
        runSql(db,
            QStringLiteral("INSERT INTO goods_passes (pass_id, requested_at, requested_by,"
                           " terminal_id, request, unit, plate, state) VALUES (?, ?, ?, ?, ?, ?, ?,"
                           " 'pending') ON CONFLICT (pass_id) DO NOTHING"),
            { pass, at, event.actor, event.terminalId,
                QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)),
                request.value(QStringLiteral("unit")).toString(),
                request.value(QStringLiteral("plate")).toString() },
            QStringLiteral("recording a goods pass request"));
    } else if (event.type == QStringLiteral("goods.pass.approved")) {
        // The first decision stands: a second desk deciding offline changes nothing here.
        runSql(db,
            QStringLiteral("UPDATE goods_passes SET state = 'approved', number = ?, token = ?,"
                           " decided_at = ?, decided_by = ?, decision_note = ?"
                           " WHERE pass_id = ? AND state = 'pending'"),
            { payloadText(event, "number"), payloadText(event, "token"), at, event.actor,
                payloadText(event, "consent_note"), pass },
            QStringLiteral("approving a goods pass"));
    } else if (event.type == QStringLiteral("goods.pass.rejected")) {
        runSql(db,
            QStringLiteral(
                "UPDATE goods_passes SET state = 'rejected', decided_at = ?,"
                " decided_by = ?, decision_note = ? WHERE pass_id = ? AND state = 'pending'"),
            { at, event.actor, payloadText(event, "reason"), pass },
            QStringLiteral("rejecting a goods pass"));
    } else if (event.type == QStringLiteral("goods.pass.revoked")) {
        runSql(db,
            QStringLiteral(
                "UPDATE goods_passes SET state = 'revoked', revoked_at = ?,"
                " revoked_by = ?, revoke_reason = ? WHERE pass_id = ? AND state = 'approved'"),
            { at, event.actor, payloadText(event, "reason"), pass },
            QStringLiteral("revoking a goods pass"));
    } else if (event.type == QStringLiteral("goods.pass.used")) {
        // Every use is kept, even a second one: that is the double-use alert.
        runSql(db,
            QStringLiteral(
                "INSERT INTO goods_pass_uses (event_id, pass_id, number, terminal_id,"
                " used_at, guard, released, partial, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (event_id) DO NOTHING"),
            { uuidText(event.id), pass, payloadText(event, "number"), event.terminalId, at,
                event.actor,
                QString::fromUtf8(QJsonDocument(payload.value(QStringLiteral("released")).toArray())
                                      .toJson(QJsonDocument::Compact)),
                payload.value(QStringLiteral("partial")).toBool() ? 1 : 0,
                payloadText(event, "note") },
            QStringLiteral("recording a goods pass use"));
    }
}

// --- service ----------------------------------------------------------------------------

GoodsPasses::GoodsPasses(EventLog &events, Options options)
    : m_events(events)
    , m_options(std::move(options))
    , m_directory(std::make_unique<DirectorySearch>(events.database().sql()))
{ }

GoodsPasses::GoodsPasses(EventLog &events)
    : GoodsPasses(events, Options {})
{ }

GoodsPasses::~GoodsPasses() = default;

QList<FieldProblem> GoodsPasses::problems(GoodsPassRequest request) const
{
    QList<FieldProblem> problems = validateGoodsPassRequest(request, now());
    if (!request.unit.isEmpty()) {
        const auto unit = m_directory->unit(request.unit);
        if (!unit || !unit->active)
            problems.prepend({ QStringLiteral("unit"),
                GoodsPassText::tr("Unit %1 is not in the building directory.").arg(request.unit) });
    }
    if (!request.applicantId.isEmpty() && !m_directory->person(request.applicantId))
        problems.prepend({ QStringLiteral("applicant"),
            GoodsPassText::tr("The applicant is not in the building directory.") });
    return problems;
}

GoodsPass GoodsPasses::request(const GoodsPassRequest &draft, const QString &actor, const QUuid &id)
{
    GoodsPassRequest request = draft;
    QList<FieldProblem> found = validateGoodsPassRequest(request, now());
    if (found.isEmpty())
        found = problems(request);
    if (!found.isEmpty()) {
        QStringList messages;
        for (const FieldProblem &problem : found)
            messages.append(problem.message);
        throw Error(Error::Kind::Invalid, messages.join(QLatin1Char(' ')));
    }
    if (const auto person = m_directory->person(request.applicantId))
        request.applicantName = person->name;
    const QUuid passId = id.isNull() ? newEventId() : id;
    const QString type = QStringLiteral("goods.pass.requested");
    m_events.record({ type,
                        QJsonObject { { QStringLiteral("pass"), uuidText(passId) },
                            { QStringLiteral("request"), request.toJson() } },
                        actor, passId },
        terminalProjection(type));
    return *find(uuidText(passId));
}

QList<ApprovalCheck> GoodsPasses::approvalChecks(const QString &passId) const
{
    const GoodsPass pass = pendingOrThrow(passId);
    const GoodsPassRequest &request = pass.request;
    QList<ApprovalCheck> checks;
    using O = ApprovalCheck::Outcome;

    const auto person = m_directory->person(request.applicantId);
    const QStringList roles = person ? person->roles : QStringList();
    if (!person || !person->active)
        checks.append({ QStringLiteral("entitled"), O::Fail,
            GoodsPassText::tr("%1 is no longer in the building directory.")
                .arg(request.applicantName) });
    else if (!person->units.contains(request.unit))
        checks.append({ QStringLiteral("entitled"), O::Fail,
            GoodsPassText::tr("%1 is not registered for unit %2.")
                .arg(person->name, request.unit) });
    else if (roles.contains(QStringLiteral("owner")))
        checks.append({ QStringLiteral("entitled"), O::Pass,
            GoodsPassText::tr("%1 owns unit %2.").arg(person->name, request.unit) });
    else if (roles.contains(QStringLiteral("signatory"))
        || roles.contains(QStringLiteral("tenant")))
        checks.append({ QStringLiteral("entitled"), O::Pass,
            roles.contains(QStringLiteral("signatory"))
                ? GoodsPassText::tr("%1 is an authorised signatory of unit %2.")
                      .arg(person->name, request.unit)
                : GoodsPassText::tr("%1 is the tenant of unit %2.")
                      .arg(person->name, request.unit) });
    else
        checks.append({ QStringLiteral("entitled"), O::Fail,
            GoodsPassText::tr(
                "%1 may not take goods out of unit %2: only the owner, the tenant or an "
                "authorised signatory may.")
                .arg(person->name, request.unit) });

    if (request.reason == QStringLiteral("move-out") && !roles.contains(QStringLiteral("owner")))
        checks.append({ QStringLiteral("consent"), O::Warn,
            GoodsPassText::tr(
                "A tenant moving out needs the owner's consent: note how it was given.") });

    QSqlQuery arrears(m_events.database().sql());
    arrears.prepare(QStringLiteral("SELECT in_arrears, note FROM unit_arrears WHERE unit = ?"));
    arrears.addBindValue(request.unit);
    execOrThrow(arrears, QStringLiteral("reading the arrears flag"), m_events.database().path());
    if (arrears.next() && arrears.value(0).toInt() == 1)
        checks.append({ QStringLiteral("arrears"), O::Warn,
            GoodsPassText::tr("Unit %1's fees are in arrears (%2).")
                .arg(request.unit, arrears.value(1).toString()) });
    else
        checks.append({ QStringLiteral("arrears"), O::Pass,
            GoodsPassText::tr("No arrears flag for unit %1.").arg(request.unit) });

    if (request.validUntil <= now())
        checks.append({ QStringLiteral("window"), O::Fail,
            GoodsPassText::tr("The window ended on %1 while the request waited.")
                .arg(when(request.validUntil)) });
    else
        checks.append({ QStringLiteral("window"), O::Pass,
            GoodsPassText::tr("Valid %1 to %2.")
                .arg(when(request.validFrom), when(request.validUntil)) });
    return checks;
}

GoodsPass GoodsPasses::approve(
    const QString &passId, const QString &actor, const QString &consentNote)
{
    const GoodsPass pass = pendingOrThrow(passId);
    for (const ApprovalCheck &check : approvalChecks(passId)) {
        if (check.outcome == ApprovalCheck::Outcome::Fail)
            throw Error(Error::Kind::Invalid, check.text);
        if (check.key == QStringLiteral("consent") && consentNote.simplified().isEmpty())
            throw Error(Error::Kind::Invalid, check.text);
    }
    const auto keys = readSigningKey(m_events.database().sql());
    const QString site = siteId();
    if (!keys || site.isEmpty())
        throw Error(Error::Kind::Invalid,
            GoodsPassText::tr(
                "This terminal cannot sign passes until it is enrolled with the hub."));

    const QDateTime at = now();
    const QString number = nextNumber(at);
    const GoodsPassRequest &request = pass.request;
    QCborMap payload;
    payload.insert(QStringLiteral("k"), QStringLiteral("goods"));
    payload.insert(QStringLiteral("id"), QUuid::fromString(pass.id).toRfc4122());
    payload.insert(QStringLiteral("s"), site);
    payload.insert(QStringLiteral("n"), number);
    payload.insert(QStringLiteral("u"), request.unit);
    payload.insert(QStringLiteral("f"), request.validFrom.toSecsSinceEpoch());
    payload.insert(QStringLiteral("t"), request.validUntil.toSecsSinceEpoch());
    payload.insert(QStringLiteral("d"), itemsDigest(request.items));
    payload.insert(QStringLiteral("c"), request.items.size());
    if (!request.plate.isEmpty())
        payload.insert(QStringLiteral("p"), request.plate);
    const QString keyId = signingKeyId(keys->publicKey);
    const QString token = signPassToken(payload, keyId, keys->secretKey);

    const QString type = QStringLiteral("goods.pass.approved");
    m_events.record(
        { type,
            QJsonObject { { QStringLiteral("pass"), pass.id }, { QStringLiteral("number"), number },
                { QStringLiteral("token"), token }, { QStringLiteral("key_id"), keyId },
                { QStringLiteral("consent_note"), consentNote.simplified() } },
            actor, {} },
        terminalProjection(type));
    return *find(pass.id);
}

GoodsPass GoodsPasses::reject(const QString &passId, const QString &actor, const QString &reason)
{
    const GoodsPass pass = pendingOrThrow(passId);
    const QString why = reason.simplified();
    if (why.isEmpty() || why.size() > GoodsPassRequest::kMaxNoteLength)
        throw Error(Error::Kind::Invalid,
            GoodsPassText::tr("Give the reason for rejecting (at most %1 characters).")
                .arg(GoodsPassRequest::kMaxNoteLength));
    const QString type = QStringLiteral("goods.pass.rejected");
    m_events.record(
        { type,
            QJsonObject { { QStringLiteral("pass"), pass.id }, { QStringLiteral("reason"), why } },
            actor, {} },
        terminalProjection(type));
    return *find(pass.id);
}

GoodsPass GoodsPasses::revoke(const QString &passId, const QString &actor, const QString &reason)
{
    const auto pass = find(passId);
    if (!pass)
        throw Error(Error::Kind::Invalid, GoodsPassText::tr("There is no such goods pass."));
    if (pass->state != GoodsPass::State::Approved)
        throw Error(Error::Kind::Invalid, GoodsPassText::tr("Only an issued pass can be revoked."));
    if (pass->used())
        throw Error(Error::Kind::Invalid,
            GoodsPassText::tr("Pass %1 was already used at %2; it cannot be revoked.")
                .arg(pass->number, when(pass->uses.first().usedAt)));
    const QString why = reason.simplified();
    if (why.isEmpty() || why.size() > GoodsPassRequest::kMaxNoteLength)
        throw Error(Error::Kind::Invalid,
            GoodsPassText::tr("Give the reason for revoking (at most %1 characters).")
                .arg(GoodsPassRequest::kMaxNoteLength));
    const QString type = QStringLiteral("goods.pass.revoked");
    m_events.record(
        { type,
            QJsonObject { { QStringLiteral("pass"), pass->id },
                { QStringLiteral("number"), pass->number }, { QStringLiteral("reason"), why } },
            actor, {} },
        terminalProjection(type));
    return *find(pass->id);
}

PassSignerLookup GoodsPasses::signers() const
{
    return siteSigners(m_events.database().sql());
}

PassVerdict GoodsPasses::verify(const QString &scannedOrTyped) const
{
    if (const auto number = passNumberIn(scannedOrTyped)) {
        const auto pass = findByNumber(*number);
        if (!pass) {
            PassVerdict verdict;
            verdict.reason = PassVerdict::Reason::UnknownNumber;
            verdict.number = *number;
            verdict.message
                = GoodsPassText::tr("This terminal knows no pass %1: scan its QR code instead.")
                      .arg(*number);
            return verdict;
        }
        return verdictFor(pass->token);
    }
    return verdictFor(scannedOrTyped.trimmed());
}

PassVerdict GoodsPasses::verdictFor(const QString &token) const
{
    using R = PassVerdict::Reason;
    PassVerdict verdict;
    const auto refuse = [&verdict](R reason, const QString &message) {
        verdict.colour = PassVerdict::Colour::Red;
        verdict.reason = reason;
        verdict.message = message;
        return verdict;
    };
    const PassTokenCheck check = verifyPassToken(token, signers());
    verdict.signer = check.signer;
    switch (check.problem) {
    case PassTokenProblem::None:
        break;
    case PassTokenProblem::NotAToken:
        return refuse(R::NotAToken, GoodsPassText::tr("This code is not a LobbyDesk pass."));
    case PassTokenProblem::Damaged:
        return refuse(R::Damaged,
            GoodsPassText::tr(
                "The pass code is damaged or incomplete: scan it again or type the pass number."));
    case PassTokenProblem::UnknownKey:
        return refuse(R::UnknownKey,
            GoodsPassText::tr(
                "Signed by a terminal this site does not know: a pass of another building, or "
                "a forgery."));
    case PassTokenProblem::RevokedKey:
        return refuse(R::RevokedKey,
            GoodsPassText::tr("Signed by %1, a terminal the site has revoked: do not accept it.")
                .arg(check.signer));
    case PassTokenProblem::BadSignature:
        return refuse(R::BadSignature,
            GoodsPassText::tr("The signature does not match: the pass was altered or forged."));
    }

    const QCborMap &payload = check.payload;
    if (payload.value(QStringLiteral("k")).toString() != QStringLiteral("goods"))
        return refuse(
            R::NotAGoodsPass, GoodsPassText::tr("This is a LobbyDesk code, but not a goods pass."));
    verdict.passId
        = uuidText(QUuid::fromRfc4122(payload.value(QStringLiteral("id")).toByteArray()));
    verdict.number = payload.value(QStringLiteral("n")).toString();
    verdict.unit = payload.value(QStringLiteral("u")).toString();
    verdict.plate = payload.value(QStringLiteral("p")).toString();
    verdict.validFrom
        = QDateTime::fromSecsSinceEpoch(payload.value(QStringLiteral("f")).toInteger(), Qt::UTC);
    verdict.validUntil
        = QDateTime::fromSecsSinceEpoch(payload.value(QStringLiteral("t")).toInteger(), Qt::UTC);
    verdict.itemCount = static_cast<int>(payload.value(QStringLiteral("c")).toInteger());

    const auto pass = find(verdict.passId);
    if (pass
        && itemsDigest(pass->request.items) == payload.value(QStringLiteral("d")).toByteArray()) {
        verdict.items = pass->request.items;
        verdict.itemsKnown = true;
    }
    if (pass)
        verdict.uses = pass->uses;

    if (payload.value(QStringLiteral("s")).toString() != siteId())
        return refuse(R::OtherSite, GoodsPassText::tr("This pass is for another building."));
    const QDateTime at = now();
    if (at < verdict.validFrom)
        return refuse(R::NotYetValid,
            GoodsPassText::tr("Not valid yet: from %1.").arg(when(verdict.validFrom)));
    if (at > verdict.validUntil)
        return refuse(
            R::Expired, GoodsPassText::tr("Expired on %1.").arg(when(verdict.validUntil)));
    if (pass && pass->state == GoodsPass::State::Revoked)
        return refuse(R::Revoked,
            GoodsPassText::tr("Revoked by the desk on %1: %2.")
                .arg(when(pass->revokedAt), pass->revokeReason));
    if (pass && pass->used()) {
        const GoodsPassUse &first = pass->uses.first();
        return refuse(R::AlreadyUsed,
            GoodsPassText::tr("Already used on %1 at %2 (guard %3).")
                .arg(when(first.usedAt), first.terminalName,
                    first.guard.isEmpty() ? GoodsPassText::tr("not recorded") : first.guard));
    }

    const QDateTime lastSync
        = parseIsoUtc(readMeta(m_events.database().sql(), syncmeta::kLastSuccess));
    if (lastSync.isValid())
        verdict.hoursSinceSync = lastSync.secsTo(at) / 3600;
    if (!lastSync.isValid()
        || lastSync.secsTo(at) > std::chrono::seconds(m_options.staleAfter).count()) {
        verdict.colour = PassVerdict::Colour::Amber;
        verdict.reason = R::StaleSync;
        verdict.message = lastSync.isValid()
            ? GoodsPassText::tr(
                "Valid, but this terminal has not synced for %1 hours: a revocation or a use "
                "elsewhere may not be known here.")
                  .arg(*verdict.hoursSinceSync)
            : GoodsPassText::tr(
                "Valid, but this terminal has never synced: a revocation or a use elsewhere "
                "may not be known here.");
        return verdict;
    }
    verdict.colour = PassVerdict::Colour::Green;
    verdict.reason = R::Valid;
    verdict.message = GoodsPassText::tr("Valid pass.");
    return verdict;
}

GoodsPassUse GoodsPasses::consume(const QString &scannedOrTyped, const QList<GoodsItem> &released,
    const QString &note, const QString &actor)
{
    const PassVerdict verdict = verify(scannedOrTyped);
    if (!verdict.acceptable())
        throw Error(Error::Kind::Invalid, verdict.message);
    bool partial = false;
    if (verdict.itemsKnown) {
        if (released.size() != verdict.items.size())
            throw Error(Error::Kind::Invalid, GoodsPassText::tr("Tick off each item of the pass."));
        for (qsizetype i = 0; i < released.size(); ++i) {
            const double out = released[i].quantity;
            if (out < 0 || out > verdict.items[i].quantity)
                throw Error(Error::Kind::Invalid,
                    GoodsPassText::tr("Item %1: between 0 and %2 can leave.")
                        .arg(i + 1)
                        .arg(quantityText(verdict.items[i].quantity)));
            partial = partial || out < verdict.items[i].quantity;
        }
    }
    const QString why = note.simplified();
    if (why.size() > GoodsPassRequest::kMaxNoteLength)
        throw Error(Error::Kind::Invalid,
            GoodsPassText::tr("The note is at most %1 characters.")
                .arg(GoodsPassRequest::kMaxNoteLength));
    if (partial && why.isEmpty())
        throw Error(Error::Kind::Invalid,
            GoodsPassText::tr(
                "Not everything on the pass is leaving: note what stays or what differs."));

    const QString type = QStringLiteral("goods.pass.used");
    const auto recorded = m_events.record(
        { type,
            QJsonObject { { QStringLiteral("pass"), verdict.passId },
                { QStringLiteral("number"), verdict.number },
                { QStringLiteral("released"), itemsJson(released) },
                { QStringLiteral("partial"), partial }, { QStringLiteral("note"), why },
                { QStringLiteral("verdict"), verdictReasonKey(verdict.reason) } },
            actor, {} },
        terminalProjection(type));
    return GoodsPassUse { uuidText(recorded.event.id), m_events.terminalId(),
        GoodsPassText::tr("this terminal"), recorded.event.occurredAt, actor, released, partial,
        why };
}

std::optional<GoodsPass> GoodsPasses::find(const QString &passId) const
{
    const QList<GoodsPass> found = select(QStringLiteral("p.pass_id = ?"), { passId });
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<GoodsPass> GoodsPasses::findByNumber(const QString &number) const
{
    const QList<GoodsPass> found = select(QStringLiteral("p.number = ?"), { number });
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<GoodsPass> GoodsPasses::list(GoodsPassList which, const QString &search) const
{
    QString where;
    QVariantList values;
    switch (which) {
    case GoodsPassList::Today: {
        const QDateTime startOfDay = now().toLocalTime().date().startOfDay();
        const QString since = isoUtc(startOfDay);
        where = QStringLiteral(
            "(p.requested_at >= ? OR p.decided_at >= ? OR EXISTS (SELECT 1"
            " FROM goods_pass_uses u WHERE u.pass_id = p.pass_id AND u.used_at >= ?))");
        values = { since, since, since };
        break;
    }
    case GoodsPassList::Pending:
        where = QStringLiteral("p.state = 'pending'");
        break;
    case GoodsPassList::Issued:
        where = QStringLiteral("p.state = 'approved' AND NOT EXISTS (SELECT 1 FROM"
                               " goods_pass_uses u WHERE u.pass_id = p.pass_id)");
        break;
    case GoodsPassList::Used:
        where = QStringLiteral(
            "EXISTS (SELECT 1 FROM goods_pass_uses u WHERE u.pass_id = p.pass_id)");
        break;
    case GoodsPassList::Revoked:
        where = QStringLiteral("p.state = 'revoked'");
        break;
    case GoodsPassList::Alerts:
        where = QStringLiteral(
            "(SELECT count(*) FROM goods_pass_uses u WHERE u.pass_id = p.pass_id) > 1");
        break;
    case GoodsPassList::All:
        where = QStringLiteral("1");
        break;
    }
    const QString term = search.simplified();
    if (!term.isEmpty()) {
        QString like = term;
        like.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        like = QLatin1Char('%') + like + QLatin1Char('%');
        where += QStringLiteral(" AND (p.number LIKE ? ESCAPE '\\' OR p.unit LIKE ? ESCAPE '\\'"
                                " OR p.plate LIKE ? ESCAPE '\\')");
        values << like << like << QString(like).remove(QLatin1Char(' ')).toUpper();
    }
    return select(where, values);
}

int GoodsPasses::alertCount() const
{
    QSqlQuery query = runSql(m_events.database().sql(),
        QStringLiteral("SELECT count(*) FROM (SELECT pass_id FROM goods_pass_uses GROUP BY pass_id"
                       " HAVING count(*) > 1)"),
        QStringLiteral("counting double uses"));
    return query.next() ? query.value(0).toInt() : 0;
}

QString GoodsPasses::siteId() const
{
    const auto link = readHubLink(m_events.database().sql());
    return link ? link->siteId : QString();
}

QString GoodsPasses::nextNumber(const QDateTime &at) const
{
    // Per site: every desk sees the numbers the others issued once synced. Two desks issuing
    // offline on the same day may repeat a number; the token carries the pass id, so the
    // guard's verdict never depends on the number (docs/goods-passes.md).
    return nextDailyNumber(m_events.database().sql(), QStringLiteral("GP"), at,
        QStringLiteral("goods_passes"), QStringLiteral("number"));
}

GoodsPass GoodsPasses::pendingOrThrow(const QString &passId) const
{
    const auto pass = find(passId);
    if (!pass)
        throw Error(
            Error::Kind::Invalid, GoodsPassText::tr("There is no such goods pass request."));
    switch (pass->state) {
    case GoodsPass::State::Pending:
        break;
    case GoodsPass::State::Approved:
        throw Error(Error::Kind::Invalid, GoodsPassText::tr("This request was already approved."));
    case GoodsPass::State::Rejected:
        throw Error(Error::Kind::Invalid, GoodsPassText::tr("This request was already rejected."));
    case GoodsPass::State::Revoked:
        throw Error(Error::Kind::Invalid, GoodsPassText::tr("This pass was already revoked."));
    }
    return *pass;
}

QList<GoodsPass> GoodsPasses::select(const QString &where, const QVariantList &values) const
{
    QSqlDatabase &db = m_events.database().sql();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT p.pass_id, p.requested_at, p.requested_by, p.request, p.state,"
                       " coalesce(p.number, ''), coalesce(p.token, ''), p.decided_at,"
                       " coalesce(p.decided_by, ''), coalesce(p.decision_note, ''), p.revoked_at,"
                       " coalesce(p.revoked_by, ''), coalesce(p.revoke_reason, '')"
                       " FROM goods_passes p WHERE %1 ORDER BY p.requested_at DESC LIMIT 500")
            .arg(where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    execOrThrow(query, QStringLiteral("reading goods passes"), m_events.database().path());
    QList<GoodsPass> passes;
    while (query.next()) {
        GoodsPass pass;
        pass.id = query.value(0).toString();
        pass.requestedAt = parseIsoUtc(query.value(1).toString());
        pass.requestedBy = query.value(2).toString();
        pass.request = GoodsPassRequest::fromJson(
            QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object());
        const QString state = query.value(4).toString();
        pass.state = state == QStringLiteral("approved") ? GoodsPass::State::Approved
            : state == QStringLiteral("rejected")        ? GoodsPass::State::Rejected
            : state == QStringLiteral("revoked")         ? GoodsPass::State::Revoked
                                                         : GoodsPass::State::Pending;
        pass.number = query.value(5).toString();
        pass.token = query.value(6).toString();
        pass.decidedAt = parseIsoUtc(query.value(7).toString());
        pass.decidedBy = query.value(8).toString();
        pass.decisionNote = query.value(9).toString();
        pass.revokedAt = parseIsoUtc(query.value(10).toString());
        pass.revokedBy = query.value(11).toString();
        pass.revokeReason = query.value(12).toString();
        passes.append(pass);
    }
    QSqlQuery uses(db);
    uses.prepare(QStringLiteral(
        "SELECT u.event_id, u.terminal_id, coalesce(k.terminal_name, u.terminal_id), u.used_at,"
        " u.guard, u.released, u.partial, u.note FROM goods_pass_uses u LEFT JOIN"
        " (SELECT terminal_id, max(terminal_name) AS terminal_name FROM site_keys GROUP BY"
        " terminal_id) k ON k.terminal_id = u.terminal_id WHERE u.pass_id = ? ORDER BY u.used_at"));
    for (GoodsPass &pass : passes) {
        uses.addBindValue(pass.id);
        execOrThrow(uses, QStringLiteral("reading goods pass uses"), m_events.database().path());
        while (uses.next())
            pass.uses.append({ uses.value(0).toString(), uses.value(1).toString(),
                uses.value(1).toString() == m_events.terminalId()
                    ? GoodsPassText::tr("this terminal")
                    : uses.value(2).toString(),
                parseIsoUtc(uses.value(3).toString()), uses.value(4).toString(),
                itemsFrom(QJsonDocument::fromJson(uses.value(5).toString().toUtf8()).array()),
                uses.value(6).toBool(), uses.value(7).toString() });
    }
    return passes;
}

} // namespace lobbydesk
