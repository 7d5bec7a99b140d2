#include "directory/directoryprojection.h"

#include "core/error.h"
#include "directory/directorycsv.h"
#include "directory/directoryrecord.h"
#include "directory/searchtokens.h"
#include "store/database.h"
#include "store/sqlerror.h"
#include "store/writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace lobbydesk {
namespace {

// Reads the members of one event's payload, and says which one is wrong when one is.
class Payload
{
public:
    Payload(const Event &event, DirectoryKind kind)
        : m_type(event.type)
    {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(event.payload, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            throw Error(Error::Kind::Invalid,
                QStringLiteral("%1 event %2: the payload is not a JSON object")
                    .arg(m_type, uuidText(event.id)));
        m_object = document.object();
        id = requiredString(kindName(kind));
    }

    QString id;

    [[nodiscard]] QString requiredString(const QString &member) const
    {
        const QString value = string(member);
        if (value.isEmpty())
            throw problem(member, QStringLiteral("is missing or empty"));
        return value;
    }

    [[nodiscard]] QString string(const QString &member) const
    {
        const QJsonValue value = m_object.value(member);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString())
            throw problem(member, QStringLiteral("is not a string"));
        return value.toString();
    }

    [[nodiscard]] QStringList strings(const QString &member) const
    {
        const QJsonValue value = m_object.value(member);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            throw problem(member, QStringLiteral("is not a list"));
        QStringList list;
        for (const QJsonValue item : value.toArray()) {
            if (!item.isString() || item.toString().isEmpty())
                throw problem(member, QStringLiteral("holds something that is not a text"));
            list.append(item.toString());
        }
        return list;
    }

    // An entry is active unless the event says otherwise.
    [[nodiscard]] bool active() const
    {
        const QJsonValue value = m_object.value(QStringLiteral("active"));
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isBool())
            throw problem(QStringLiteral("active"), QStringLiteral("is not true or false"));
        return value.toBool();
    }

private:
    [[nodiscard]] Error problem(const QString &member, const QString &what) const
    {
        return Error(Error::Kind::Invalid,
            QStringLiteral("%1 for %2: \"%3\" %4").arg(m_type, id, member, what));
    }

    QString m_type;
    QJsonObject m_object;
};

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listOf(const QString &json)
{
    QStringList list;
    for (const QJsonValue item : QJsonDocument::fromJson(json.toUtf8()).array())
        list.append(item.toString());
    return list;
}

void run(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw sqlFailure(
            QStringLiteral("updating the directory"), query.lastError(), db.databaseName());
    for (const QVariant &value : values)
        query.addBindValue(value);
    execOrThrow(query, QStringLiteral("updating the directory"), db.databaseName());
}

// Replaces the search words of one entry (or removes the entry from the search).
void index(QSqlDatabase &db, DirectoryKind kind, const QString &id, const QString &name,
    const NameTokens &tokens, const QStringList &other, bool searchable)
{
    const QString kindText = kindName(kind);
    run(db,
        QStringLiteral("DELETE FROM directory_search WHERE rowid ="
                       " (SELECT doc FROM directory_search_docs WHERE kind = ? AND id = ?)"),
        { kindText, id });
    if (!searchable) {
        run(db, QStringLiteral("DELETE FROM directory_search_docs WHERE kind = ? AND id = ?"),
            { kindText, id });
        return;
    }
    run(db,
        QStringLiteral("INSERT INTO directory_search_docs (kind, id, name) VALUES (?, ?, ?)"
                       " ON CONFLICT (kind, id) DO UPDATE SET name = excluded.name"),
        { kindText, id, name });
    run(db,
        QStringLiteral("INSERT INTO directory_search (rowid, head, name, other)"
                       " SELECT doc, ?, ?, ? FROM directory_search_docs WHERE kind = ? AND id = ?"),
        { tokens.whole.join(u' '), tokens.words.join(u' '), other.join(u' '), kindText, id });
}

// The words a company lends to the people who work there, when it is active.
QStringList companyWords(QSqlDatabase &db, const QString &company)
{
    if (company.isEmpty())
        return {};
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT name FROM directory_companies WHERE company = ? AND active"));
    query.addBindValue(company);
    execOrThrow(query, QStringLiteral("reading the directory"), db.databaseName());
    return query.next() ? nameTokens(query.value(0).toString(), PinyinText::Plain).words
                        : QStringList();
}

void indexPerson(QSqlDatabase &db, const QString &id, const QString &name, const QString &company,
    const QStringList &units, bool active)
{
    QStringList other = companyWords(db, company);
    for (const QString &unit : units)
        other += unitTokens(unit);
    index(db, DirectoryKind::Person, id, name, nameTokens(name, PinyinText::PersonName), other,
        active);
}

void applyUnit(const Payload &payload, QSqlDatabase &db)
{
    run(db,
        QStringLiteral("INSERT OR REPLACE INTO directory_units (unit, floor, name, active)"
                       " VALUES (?, ?, ?, ?)"),
        { payload.id, payload.string(QStringLiteral("floor")),
            payload.string(QStringLiteral("name")), payload.active() });
}

void applyCompany(const Payload &payload, QSqlDatabase &db)
{
    const QString name = payload.requiredString(QStringLiteral("name"));
    const QStringList units = payload.strings(QStringLiteral("units"));
    QString approval = payload.string(QStringLiteral("approval"));
    if (approval.isEmpty())
        approval = QStringLiteral("auto");
    const bool active = payload.active();
    run(db,
        QStringLiteral("INSERT OR REPLACE INTO directory_companies"
                       " (company, name, units, approval, active) VALUES (?, ?, ?, ?, ?)"),
        { payload.id, name, jsonList(units), approval, active });
    QStringList other;
    for (const QString &unit : units)
        other += unitTokens(unit);
    index(db, DirectoryKind::Company, payload.id, name, nameTokens(name, PinyinText::Plain), other,
        active);

    // Its people are found by its name too: their words follow a rename or a deactivation.
    QSqlQuery people(db);
    people.prepare(QStringLiteral("SELECT person, name, units, active FROM directory_people"
                                  " WHERE company = ?"));
    people.addBindValue(payload.id);
    execOrThrow(people, QStringLiteral("reading the directory"), db.databaseName());
    while (people.next()) {
        indexPerson(db, people.value(0).toString(), people.value(1).toString(), payload.id,
            listOf(people.value(2).toString()), people.value(3).toBool());
    }
}

void setCards(QSqlDatabase &db, DirectoryKind kind, const QString &id, const QStringList &cards)
{
    run(db, QStringLiteral("DELETE FROM directory_cards WHERE kind = ? AND id = ?"),
        { kindName(kind), id });
    for (const QString &card : cards) {
        run(db,
            QStringLiteral(
                "INSERT OR IGNORE INTO directory_cards (card, kind, id) VALUES (?, ?, ?)"),
            { normalizedCardUid(card).value_or(card), kindName(kind), id });
    }
}

void applyPerson(const Payload &payload, QSqlDatabase &db)
{
    const QString name = payload.requiredString(QStringLiteral("name"));
    const QString company = payload.string(QStringLiteral("company"));
    const QStringList units = payload.strings(QStringLiteral("units"));
    const QStringList cards = payload.strings(QStringLiteral("cards"));
    const bool active = payload.active();
    run(db,
        QStringLiteral("INSERT OR REPLACE INTO directory_people"
                       " (person, name, company, units, roles, phone, cards, active)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { payload.id, name, company, jsonList(units),
            jsonList(payload.strings(QStringLiteral("roles"))),
            payload.string(QStringLiteral("phone")), jsonList(cards), active });
    setCards(db, DirectoryKind::Person, payload.id, cards);
    indexPerson(db, payload.id, name, company, units, active);
}

void applyStaff(const Payload &payload, QSqlDatabase &db)
{
    const QStringList cards = payload.strings(QStringLiteral("cards"));
    run(db,
        QStringLiteral("INSERT OR REPLACE INTO directory_staff (staff, name, role, cards, active)"
                       " VALUES (?, ?, ?, ?, ?)"),
        { payload.id, payload.requiredString(QStringLiteral("name")),
            payload.requiredString(QStringLiteral("role")), jsonList(cards), payload.active() });
    setCards(db, DirectoryKind::Staff, payload.id, cards);
}

} // namespace

bool isDirectoryEvent(const QString &type)
{
    return directoryKindOfEvent(type).has_value();
}

void applyDirectoryEvent(const Event &event, QSqlDatabase &db)
{
    const auto kind = directoryKindOfEvent(event.type);
    if (!kind)
        throw Error(
            Error::Kind::Invalid, QStringLiteral("%1 is not a directory event").arg(event.type));
    const Payload payload(event, *kind);
    switch (*kind) {
    case DirectoryKind::Unit:
        applyUnit(payload, db);
        break;
    case DirectoryKind::Company:
        applyCompany(payload, db);
        break;
    case DirectoryKind::Person:
        applyPerson(payload, db);
        break;
    case DirectoryKind::Staff:
        applyStaff(payload, db);
        break;
    }
}

void applyDirectoryRecords(const QList<DirectoryRecord> &records, Database &database)
{
    WriteTransaction transaction(database);
    for (const DirectoryRecord &record : records) {
        Event event;
        event.id = newEventId();
        event.type = eventType(record.kind);
        event.payload = QJsonDocument(record.payload).toJson(QJsonDocument::Compact);
        applyDirectoryEvent(event, database.sql());
    }
    transaction.commit();
}

} // namespace lobbydesk
