#include "hub/hubadmin.h"

#include "core/error.h"
#include "core/event.h"
#include "core/eventhash.h"
#include "core/idnumber.h"
#include "core/logging.h"
#include "core/pin.h"
#include "directory/directorycsv.h"
#include "hub/hubdatabase.h"
#include "hub/hubevents.h"
#include "hub/hubsecrets.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace lobbydesk {
namespace {

QString now()
{
    return isoUtc(QDateTime::currentDateTimeUtc());
}

} // namespace

HubAdmin::HubAdmin(HubDatabase &db)
    : m_db(db)
{ }

bool HubAdmin::siteExists(const QString &siteId)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT 1 FROM sites WHERE site_id = ?"));
    query.addBindValue(siteId);
    m_db.exec(query, QStringLiteral("looking up the site"));
    const bool found = query.next();
    query.finish();
    return found;
}

void HubAdmin::requireSite(const QString &siteId)
{
    if (!siteExists(siteId))
        throw Error(Error::Kind::Invalid,
            QStringLiteral("there is no site '%1' (lobbydesk-ctl hub sites lists them)")
                .arg(siteId));
}

HubSite HubAdmin::createSite(const QString &id, const QString &name)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{1,39}$"));
    if (!idPattern.match(id).hasMatch())
        throw Error(Error::Kind::Invalid,
            QStringLiteral("a site id is 2 to 40 lowercase letters, digits and dashes, like "
                           "harbour-tower; '%1' is not")
                .arg(id));
    if (name.trimmed().isEmpty() || name.size() > 100)
        throw Error(
            Error::Kind::Invalid, QStringLiteral("a site needs a name of 1 to 100 characters"));
    HubTransaction transaction(m_db);
    if (siteExists(id))
        throw Error(Error::Kind::Invalid, QStringLiteral("site '%1' already exists").arg(id));
    QSqlQuery &insert = m_db.prepared(
        QStringLiteral("INSERT INTO sites (site_id, name, created_at, feed_pos, hub_seq, hub_hash)"
                       " VALUES (?, ?, ?, 0, 0, ?)"));
    insert.addBindValue(id);
    insert.addBindValue(name.trimmed());
    insert.addBindValue(now());
    insert.addBindValue(QString::fromLatin1(genesisHash().toHex()));
    m_db.exec(insert, QStringLiteral("creating the site"));
    insert.finish();
    ensureSiteScreeningKey(m_db, id);
    transaction.commit();
    return { id, name.trimmed() };
}

QList<HubSite> HubAdmin::sites()
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "SELECT s.site_id, s.name,"
        " (SELECT count(*) FROM terminals t WHERE t.site_id = s.site_id AND t.revoked_at IS NULL),"
        " (SELECT count(*) FROM events e WHERE e.site_id = s.site_id)"
        " FROM sites s ORDER BY s.site_id"));
    m_db.exec(query, QStringLiteral("listing sites"));
    QList<HubSite> list;
    while (query.next())
        list.append({ query.value(0).toString(), query.value(1).toString(),
            query.value(2).toLongLong(), query.value(3).toLongLong() });
    query.finish();
    return list;
}

QString HubAdmin::createEnrolmentCode(const QString &siteId, std::chrono::hours validFor)
{
    if (validFor.count() < 1 || validFor.count() > 24 * 30)
        throw Error(Error::Kind::Invalid,
            QStringLiteral("an enrolment code is valid for 1 hour to 30 days"));
    HubTransaction transaction(m_db);
    requireSite(siteId);
    const QString code = newEnrolmentCode();
    QSqlQuery &insert = m_db.prepared(
        QStringLiteral("INSERT INTO enrolment_codes (code_hash, site_id, created_at, expires_at)"
                       " VALUES (?, ?, ?, ?)"));
    insert.addBindValue(secretHash(normaliseEnrolmentCode(code)));
    insert.addBindValue(siteId);
    insert.addBindValue(now());
    insert.addBindValue(isoUtc(QDateTime::currentDateTimeUtc().addSecs(validFor.count() * 3600)));
    m_db.exec(insert, QStringLiteral("storing the enrolment code"));
    insert.finish();
    transaction.commit();
    return code;
}

QList<HubTerminal> HubAdmin::terminals(const QString &siteId)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "SELECT terminal_id, site_id, name, role, key_id, enrolled_at, revoked_at, last_seq,"
        " last_seen_at FROM terminals WHERE site_id = ? OR ? = '' ORDER BY site_id, enrolled_at"));
    query.addBindValue(siteId);
    query.addBindValue(siteId);
    m_db.exec(query, QStringLiteral("listing terminals"));
    QList<HubTerminal> list;
    while (query.next())
        list.append({ query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
            query.value(5).toString(), query.value(6).toString(), query.value(7).toLongLong(),
            query.value(8).toString() });
    query.finish();
    return list;
}

void HubAdmin::revokeTerminal(const QString &terminalId)
{
    HubTransaction transaction(m_db);
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT site_id, key_id, revoked_at FROM terminals WHERE terminal_id = ?"));
    query.addBindValue(terminalId);
    m_db.exec(query, QStringLiteral("looking up the terminal"));
    if (!query.next())
        throw Error(Error::Kind::Invalid,
            QStringLiteral("there is no terminal '%1' (lobbydesk-ctl hub terminals lists them)")
                .arg(terminalId));
    const QString siteId = query.value(0).toString();
    const QString keyId = query.value(1).toString();
    const bool revoked = !query.value(2).isNull();
    query.finish();
    if (revoked)
        throw Error(
            Error::Kind::Invalid, QStringLiteral("terminal %1 is already revoked").arg(terminalId));
    QSqlQuery &revoke = m_db.prepared(
        QStringLiteral("UPDATE terminals SET revoked_at = ? WHERE terminal_id = ?"));
    revoke.addBindValue(now());
    revoke.addBindValue(terminalId);
    m_db.exec(revoke, QStringLiteral("revoking the terminal"));
    revoke.finish();
    // Every terminal of the site stops trusting passes signed with its key from now on.
    appendHubEvents(m_db, siteId,
        { { QStringLiteral("site.terminal.revoked"),
            QJsonObject { { QStringLiteral("terminal"), terminalId },
                { QStringLiteral("key_id"), keyId } } } });
    transaction.commit();
}

QString HubAdmin::addDenyEntry(const QString &siteId, const DenyEntry &entry)
{
    const QString name = entry.name.trimmed();
    if (name.isEmpty() && entry.phone.trimmed().isEmpty() && entry.idHash.isEmpty()
        && entry.idNumber.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid,
            QStringLiteral("a deny-list entry needs a name, a phone number or an ID hash"));
    if (name.size() > 100 || entry.reason.size() > 200)
        throw Error(Error::Kind::Invalid,
            QStringLiteral("a name is at most 100 characters, a reason at most 200"));
    if (entry.reason.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid, QStringLiteral("say why (the reason is for staff only)"));
    QString phone;
    if (!entry.phone.trimmed().isEmpty()) {
        const std::optional<QString> normalised = normalizedPhone(entry.phone);
        if (!normalised)
            throw Error(Error::Kind::Invalid,
                QStringLiteral("'%1' is not a phone number (mainland, Hong Kong, Macau, Taiwan or "
                               "+country)")
                    .arg(entry.phone));
        phone = *normalised;
    }
    static const QRegularExpression hexHash(QStringLiteral("^[0-9a-f]{64}$"));
    if (!entry.idHash.isEmpty() && !hexHash.match(entry.idHash).hasMatch())
        throw Error(Error::Kind::Invalid, QStringLiteral("an ID hash is 64 lowercase hex digits"));
    // The number itself is never stored: only its hash keyed with the site's screening key,
    // which is what a terminal computes at check-in.
    const QString idNumber = normalizedIdNumber(entry.idNumber);
    if (!idNumber.isEmpty() && !entry.idHash.isEmpty())
        throw Error(
            Error::Kind::Invalid, QStringLiteral("give an ID number or an ID hash, not both"));
    if (!entry.idNumber.isEmpty() && !isPlausibleIdNumber(idNumber))
        throw Error(Error::Kind::Invalid,
            QStringLiteral("the ID number given is not one (a mainland ID has 18 characters, the "
                           "last may be X; Hong Kong A123456(7); Taiwan A123456789; a passport 6 "
                           "to 12 letters and digits)"));
    HubTransaction transaction(m_db);
    requireSite(siteId);
    const QString idHash = idNumber.isEmpty()
        ? entry.idHash
        : idNumberHash(idNumber, ensureSiteScreeningKey(m_db, siteId));
    const QString entryId = QStringLiteral("D-") + uuidText(QUuid::createUuid()).left(8);
    const QJsonObject payload { { QStringLiteral("entry"), entryId },
        { QStringLiteral("name"), name }, { QStringLiteral("phone"), phone },
        { QStringLiteral("id_hash"), idHash },
        { QStringLiteral("reason"), entry.reason.trimmed() } };
    QSqlQuery &insert
        = m_db.prepared(QStringLiteral("INSERT INTO deny_list (site_id, entry_id, payload, active, "
                                       "updated_at) VALUES (?, ?, ?, 1, ?)"));
    insert.addBindValue(siteId);
    insert.addBindValue(entryId);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    insert.addBindValue(now());
    m_db.exec(insert, QStringLiteral("adding to the deny list"));
    insert.finish();
    appendHubEvents(m_db, siteId, { { QStringLiteral("screening.deny.added"), payload } });
    transaction.commit();
    return entryId;
}

void HubAdmin::removeDenyEntry(const QString &siteId, const QString &entryId)
{
    HubTransaction transaction(m_db);
    requireSite(siteId);
    QSqlQuery &update = m_db.prepared(QStringLiteral(
        "UPDATE deny_list SET active = 0, updated_at = ? WHERE site_id = ? AND entry_id = ?"
        " AND active = 1"));
    update.addBindValue(now());
    update.addBindValue(siteId);
    update.addBindValue(entryId);
    m_db.exec(update, QStringLiteral("lifting a deny-list entry"));
    const bool changed = update.numRowsAffected() > 0;
    update.finish();
    if (!changed)
        throw Error(Error::Kind::Invalid,
            QStringLiteral("there is no active deny-list entry '%1' at %2").arg(entryId, siteId));
    appendHubEvents(m_db, siteId,
        { { QStringLiteral("screening.deny.removed"),
            QJsonObject { { QStringLiteral("entry"), entryId } } } });
    transaction.commit();
}

QList<QPair<QString, QJsonObject>> HubAdmin::denyList(const QString &siteId)
{
    requireSite(siteId);
    QSqlQuery &query
        = m_db.prepared(QStringLiteral("SELECT entry_id, payload FROM deny_list WHERE site_id = ? "
                                       "AND active = 1 ORDER BY updated_at"));
    query.addBindValue(siteId);
    m_db.exec(query, QStringLiteral("listing the deny list"));
    QList<QPair<QString, QJsonObject>> list;
    while (query.next())
        list.append({ query.value(0).toString(),
            QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object() });
    query.finish();
    return list;
}

void HubAdmin::setArrears(
    const QString &siteId, const QString &unit, bool inArrears, const QString &note)
{
    if (note.size() > 200)
        throw Error(
            Error::Kind::Invalid, QStringLiteral("an arrears note is at most 200 characters"));
    HubTransaction transaction(m_db);
    requireSite(siteId);
    QSqlQuery &known = m_db.prepared(QStringLiteral(
        "SELECT 1 FROM directory WHERE site_id = ? AND kind = 'unit' AND entry_id = ?"));
    known.addBindValue(siteId);
    known.addBindValue(unit);
    m_db.exec(known, QStringLiteral("looking up the unit"));
    const bool found = known.next();
    known.finish();
    if (!found)
        throw Error(Error::Kind::Invalid,
            QStringLiteral("unit '%1' is not in the directory of %2").arg(unit, siteId));
    appendHubEvents(m_db, siteId,
        { { QStringLiteral("billing.arrears.flagged"),
            QJsonObject { { QStringLiteral("unit"), unit },
                { QStringLiteral("in_arrears"), inArrears },
                { QStringLiteral("note"), note.trimmed() } } } });
    transaction.commit();
}

namespace {

// What differs between the holders of a PIN at the hub: where they are in the directory, the
// PIN's rules, the events that carry it and words for messages.
struct PinHolderSpec
{
    QString kind; // directory kind
    QString payloadKey;
    PinRules rules;
    QString setEvent;
    QString clearedEvent;
    QString who; // "staff member", in messages
    QString what; // "sign-in PIN"
};

PinHolderSpec specOf(HubAdmin::PinHolder holder)
{
    if (holder == HubAdmin::PinHolder::Staff)
        return { QStringLiteral("staff"), QStringLiteral("staff"), kStaffPinRules,
            QStringLiteral("directory.staff.pin_set"),
            QStringLiteral("directory.staff.pin_cleared"), QStringLiteral("staff member"),
            QStringLiteral("sign-in PIN") };
    return { QStringLiteral("person"), QStringLiteral("person"), kTenantPinRules,
        QStringLiteral("directory.person.pin_set"), QStringLiteral("directory.person.pin_cleared"),
        QStringLiteral("person"), QStringLiteral("card PIN") };
}

} // namespace

void HubAdmin::requireInDirectory(PinHolder holder, const QString &siteId, const QString &id)
{
    const PinHolderSpec spec = specOf(holder);
    requireSite(siteId);
    QSqlQuery &known = m_db.prepared(
        QStringLiteral("SELECT 1 FROM directory WHERE site_id = ? AND kind = ? AND entry_id = ?"));
    known.addBindValue(siteId);
    known.addBindValue(spec.kind);
    known.addBindValue(id);
    m_db.exec(known, QStringLiteral("looking up the %1").arg(spec.who));
    const bool found = known.next();
    known.finish();
    if (!found)
        throw Error(Error::Kind::Invalid,
            QStringLiteral("%1 '%2' is not in the directory of %3 (import it first)")
                .arg(spec.who, id, siteId));
}

void HubAdmin::setPin(
    PinHolder holder, const QString &siteId, const QString &id, const QString &pin)
{
    const PinHolderSpec spec = specOf(holder);
    if (const QString problem = pinRuleProblem(pin, spec.rules); !problem.isEmpty())
        throw Error(Error::Kind::Invalid, problem + QStringLiteral(" Nothing was changed."));
    // Hashed before the transaction: Argon2id takes a while and needs no lock.
    const QString hash = hashPin(pin, spec.rules);
    HubTransaction transaction(m_db);
    requireInDirectory(holder, siteId, id);
    appendHubEvents(m_db, siteId,
        { { spec.setEvent,
            QJsonObject { { spec.payloadKey, id }, { QStringLiteral("pin_hash"), hash } } } });
    transaction.commit();
    qCInfo(lcHub) << "set the" << spec.what << "of" << spec.who << id << "at" << siteId;
}

void HubAdmin::clearPin(PinHolder holder, const QString &siteId, const QString &id)
{
    const PinHolderSpec spec = specOf(holder);
    HubTransaction transaction(m_db);
    requireInDirectory(holder, siteId, id);
    appendHubEvents(
        m_db, siteId, { { spec.clearedEvent, QJsonObject { { spec.payloadKey, id } } } });
    transaction.commit();
    qCInfo(lcHub) << "cleared the" << spec.what << "of" << spec.who << id << "at" << siteId;
}

DirectoryImportSummary HubAdmin::importDirectory(const QString &siteId, const QByteArray &csv)
{
    HubTransaction transaction(m_db);
    requireSite(siteId);
    QSqlQuery &lookup = m_db.prepared(QStringLiteral(
        "SELECT payload FROM directory WHERE site_id = ? AND kind = ? AND entry_id = ?"));
    auto stored = [&](DirectoryKind kind, const QString &id) -> std::optional<QByteArray> {
        lookup.addBindValue(siteId);
        lookup.addBindValue(kindName(kind));
        lookup.addBindValue(id);
        m_db.exec(lookup, QStringLiteral("reading the directory"));
        std::optional<QByteArray> payload;
        if (lookup.next())
            payload = lookup.value(0).toString().toUtf8();
        lookup.finish();
        return payload;
    };
    const DirectoryImport parsed = parseDirectoryCsv(
        csv, [&](DirectoryKind kind, const QString &id) { return stored(kind, id).has_value(); });
    if (!parsed.errors.isEmpty()) {
        QStringList lines;
        for (const DirectoryRowError &error : parsed.errors)
            lines.append(QStringLiteral("line %1: %2").arg(error.line).arg(error.message));
        throw Error(Error::Kind::Invalid,
            QStringLiteral("the directory file has %1 bad row(s); nothing was imported:\n%2")
                .arg(parsed.errors.size())
                .arg(lines.join(QLatin1Char('\n'))));
    }
    DirectoryImportSummary summary;
    QList<HubEventDraft> changes;
    QSqlQuery &upsert = m_db.prepared(QStringLiteral(
        "INSERT INTO directory (site_id, kind, entry_id, payload, updated_at) VALUES (?, ?, ?, ?, "
        "?)"
        " ON CONFLICT (site_id, kind, entry_id) DO UPDATE SET payload = excluded.payload,"
        " updated_at = excluded.updated_at"));
    for (const DirectoryRecord &record : parsed.records) {
        ++summary.rows;
        const QByteArray payload = QJsonDocument(record.payload).toJson(QJsonDocument::Compact);
        const std::optional<QByteArray> before = stored(record.kind, record.id);
        if (before && QJsonDocument::fromJson(*before).object() == record.payload) {
            ++summary.unchanged;
            continue;
        }
        ++(before ? summary.changed : summary.added);
        upsert.addBindValue(siteId);
        upsert.addBindValue(kindName(record.kind));
        upsert.addBindValue(record.id);
        upsert.addBindValue(QString::fromUtf8(payload));
        upsert.addBindValue(now());
        m_db.exec(upsert, QStringLiteral("storing the directory"));
        upsert.finish();
        changes.append({ eventType(record.kind), record.payload });
    }
    appendHubEvents(m_db, siteId, changes);
    transaction.commit();
    return summary;
}

} // namespace lobbydesk
