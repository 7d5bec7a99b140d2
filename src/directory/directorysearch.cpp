#include "directory/directorysearch.h"

#include "core/error.h"
#include "directory/directorycsv.h"
#include "directory/searchtokens.h"
#include "store/sqlerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QVariant>
#include <algorithm>
#include <iterator>

namespace lobbydesk {
namespace {

QStringList listOf(const QVariant &json)
{
    QStringList list;
    for (const QJsonValue item : QJsonDocument::fromJson(json.toString().toUtf8()).array())
        list.append(item.toString());
    return list;
}

const QString kPersonColumns
    = QStringLiteral("p.person, p.name, p.company, p.units, p.roles, p.phone, p.cards, p.active");
const QString kStaffColumns = QStringLiteral("s.staff, s.name, s.role, s.cards, s.active");

DirectoryPerson personFrom(const QSqlQuery &q)
{
    return { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        listOf(q.value(3)), listOf(q.value(4)), q.value(5).toString(), listOf(q.value(6)),
        q.value(7).toBool() };
}

DirectoryStaff staffFrom(const QSqlQuery &q)
{
    return { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        listOf(q.value(3)), q.value(4).toBool() };
}

} // namespace

DirectorySearch::DirectorySearch(QSqlDatabase &db)
    : m_db(db)
    , m_match(db)
    , m_hitPerson(db)
    , m_hitCompany(db)
    , m_unit(db)
    , m_company(db)
    , m_person(db)
    , m_staff(db)
    , m_personByCard(db)
    , m_staffByCard(db)
{
    const auto prepare = [&](QSqlQuery &query, const QString &sql) {
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            throw sqlFailure(QStringLiteral("opening the building directory (is the database "
                                            "at schema 3?)"),
                query.lastError(), db.databaseName());
    };
    prepare(m_match,
        QStringLiteral("SELECT d.doc, d.kind, d.id, d.name FROM directory_search AS s"
                       " JOIN directory_search_docs AS d ON d.doc = s.rowid"
                       " WHERE directory_search MATCH ? ORDER BY s.rowid LIMIT ?"));
    prepare(m_hitPerson,
        QStringLiteral("SELECT p.company, c.name, p.units FROM directory_people AS p"
                       " LEFT JOIN directory_companies AS c ON c.company = p.company AND c.active"
                       " WHERE p.person = ?"));
    prepare(
        m_hitCompany, QStringLiteral("SELECT units FROM directory_companies WHERE company = ?"));
    prepare(m_unit,
        QStringLiteral("SELECT unit, floor, name, active FROM directory_units WHERE unit = ?"));
    prepare(m_company,
        QStringLiteral("SELECT company, name, units, approval, active FROM directory_companies"
                       " WHERE company = ?"));
    prepare(m_person,
        QStringLiteral("SELECT %1 FROM directory_people AS p WHERE p.person = ?")
            .arg(kPersonColumns));
    prepare(m_staff,
        QStringLiteral("SELECT %1 FROM directory_staff AS s WHERE s.staff = ?").arg(kStaffColumns));
    // Should two active holders share a card (a data error at the hub), the lowest id wins,
    // the same on every terminal.
    prepare(m_personByCard,
        QStringLiteral("SELECT %1 FROM directory_cards AS k JOIN directory_people AS p"
                       " ON p.person = k.id WHERE k.card = ? AND k.kind = 'person' AND p.active"
                       " ORDER BY p.person LIMIT 1")
            .arg(kPersonColumns));
    prepare(m_staffByCard,
        QStringLiteral("SELECT %1 FROM directory_cards AS k JOIN directory_staff AS s"
                       " ON s.staff = k.id WHERE k.card = ? AND k.kind = 'staff' AND s.active"
                       " ORDER BY s.staff LIMIT 1")
            .arg(kStaffColumns));
}

QSqlQuery &DirectorySearch::exec(QSqlQuery &query, const QVariantList &values) const
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values[i]);
    execOrThrow(query, QStringLiteral("reading the building directory"), m_db.databaseName());
    return query;
}

QString DirectorySearch::floorsOf(const QStringList &units) const
{
    QStringList floors;
    for (const QString &id : units) {
        QSqlQuery &query = exec(m_unit, { id });
        if (query.next() && !floors.contains(query.value(1).toString()))
            floors.append(query.value(1).toString());
        query.finish();
    }
    return floors.join(QStringLiteral(", "));
}

bool DirectorySearch::isTooShort(const QString &query)
{
    return query.trimmed().toUcs4().size() < 2;
}

QList<DirectoryHit> DirectorySearch::find(const QString &query, int limit) const
{
    if (isTooShort(query) || limit <= 0)
        return {};
    const QString words = searchMatchExpression(query);
    if (words.isEmpty())
        return {};
    const QString whole = wholeQueryWord(query);

    // Ranked by asking in order, each question stopping at `limit` answers in index order
    // (no scoring of every match: a broad prefix like "zh" matches thousands): the name is
    // what was typed (张三 for zs), the name starts with it (张三丰), a word of the name does
    // (王张 for zhang), the units or the company's name do.
    const QString tiers[] = {
        QStringLiteral("head : \"%1\"").arg(whole),
        QStringLiteral("head : \"%1\"*").arg(whole),
        QStringLiteral("name : (%1)").arg(words),
        words,
    };
    struct Candidate
    {
        DirectoryHit hit;
        int tier;
    };
    QList<Candidate> candidates;
    QSet<qint64> seen;
    for (int tier = 0; tier < int(std::size(tiers)) && candidates.size() < limit; ++tier) {
        QSqlQuery &found = exec(m_match, { tiers[tier], limit + int(candidates.size()) });
        while (found.next() && candidates.size() < limit) {
            if (seen.contains(found.value(0).toLongLong()))
                continue;
            seen.insert(found.value(0).toLongLong());
            Candidate candidate { {}, tier };
            candidate.hit.kind = found.value(1).toString() == u"company" ? DirectoryKind::Company
                                                                         : DirectoryKind::Person;
            candidate.hit.id = found.value(2).toString();
            candidate.hit.name = found.value(3).toString();
            candidates.append(candidate);
        }
        found.finish();
    }
    // Among names that are or start with what was typed, the shortest is the closest
    // completion; otherwise index order.
    std::stable_sort(
        candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
            if (a.tier != b.tier)
                return a.tier < b.tier;
            return a.tier < 2 && a.hit.name.size() < b.hit.name.size();
        });

    QList<DirectoryHit> hits;
    for (Candidate &candidate : candidates) {
        DirectoryHit &hit = candidate.hit;
        if (hit.kind == DirectoryKind::Person) {
            QSqlQuery &details = exec(m_hitPerson, { hit.id });
            if (details.next()) {
                hit.companyId = details.value(0).toString();
                hit.companyName = details.value(1).toString();
                hit.units = listOf(details.value(2));
            }
            details.finish();
        } else {
            QSqlQuery &details = exec(m_hitCompany, { hit.id });
            if (details.next())
                hit.units = listOf(details.value(0));
            details.finish();
        }
        hit.floor = floorsOf(hit.units);
        hits.append(hit);
    }
    return hits;
}

std::optional<DirectoryUnit> DirectorySearch::unit(const QString &id) const
{
    QSqlQuery &q = exec(m_unit, { id });
    std::optional<DirectoryUnit> unit;
    if (q.next())
        unit = DirectoryUnit { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toBool() };
    q.finish();
    return unit;
}

std::optional<DirectoryCompany> DirectorySearch::company(const QString &id) const
{
    QSqlQuery &q = exec(m_company, { id });
    std::optional<DirectoryCompany> company;
    if (q.next())
        company = DirectoryCompany { q.value(0).toString(), q.value(1).toString(),
            listOf(q.value(2)), q.value(3).toString(), q.value(4).toBool() };
    q.finish();
    return company;
}

std::optional<DirectoryPerson> DirectorySearch::person(const QString &id) const
{
    QSqlQuery &q = exec(m_person, { id });
    std::optional<DirectoryPerson> person;
    if (q.next())
        person = personFrom(q);
    q.finish();
    return person;
}

std::optional<DirectoryStaff> DirectorySearch::staff(const QString &id) const
{
    QSqlQuery &q = exec(m_staff, { id });
    std::optional<DirectoryStaff> staff;
    if (q.next())
        staff = staffFrom(q);
    q.finish();
    return staff;
}

std::optional<DirectoryPerson> DirectorySearch::personByCard(const QString &uid) const
{
    const auto card = normalizedCardUid(uid);
    if (!card)
        return std::nullopt;
    QSqlQuery &q = exec(m_personByCard, { *card });
    std::optional<DirectoryPerson> person;
    if (q.next())
        person = personFrom(q);
    q.finish();
    return person;
}

std::optional<DirectoryStaff> DirectorySearch::staffByCard(const QString &uid) const
{
    const auto card = normalizedCardUid(uid);
    if (!card)
        return std::nullopt;
    QSqlQuery &q = exec(m_staffByCard, { *card });
    std::optional<DirectoryStaff> staff;
    if (q.next())
        staff = staffFrom(q);
    q.finish();
    return staff;
}

bool DirectorySearch::contains(DirectoryKind kind, const QString &id) const
{
    switch (kind) {
    case DirectoryKind::Unit:
        return unit(id).has_value();
    case DirectoryKind::Company:
        return company(id).has_value();
    case DirectoryKind::Person:
        return person(id).has_value();
    case DirectoryKind::Staff:
        return staff(id).has_value();
    }
    return false;
}

} // namespace lobbydesk
