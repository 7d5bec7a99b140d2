#pragma once

#include "directory/directoryrecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <optional>

namespace lobbydesk {

// One line of the host list a visitor picks from. Deliberately without a phone number: the
// list is on a public screen.
struct DirectoryHit
{
    DirectoryKind kind = DirectoryKind::Person; // Company or Person
    QString id;
    QString name;
    QString companyId; // a person's company; empty for a company
    QString companyName; // empty when the person has none (or it is inactive)
    QStringList units;
    QString floor; // the floors of those units: "12", or "12, 15"
};

struct DirectoryUnit
{
    QString id;
    QString floor;
    QString name;
    bool active = true;
};

struct DirectoryCompany
{
    QString id;
    QString name;
    QStringList units;
    QString approval; // auto, host or invitation
    bool active = true;
};

struct DirectoryPerson
{
    QString id;
    QString name;
    QString companyId;
    QStringList units;
    QStringList roles;
    QString phone; // for notifying the host; never shown in a search hit
    QStringList cards;
    bool active = true;
};

struct DirectoryStaff
{
    QString id;
    QString name;
    QString role; // desk, guard or supervisor
    QStringList cards;
    bool active = true;
};

// The terminal's view of the building directory (the tables directoryprojection writes).
// Statements are prepared once: find() runs on every keystroke.
class DirectorySearch
{
public:
    // Throws Error when the database has no directory (schema older than migration 3).
    explicit DirectorySearch(QSqlDatabase &db);
    Q_DISABLE_COPY_MOVE(DirectorySearch)

    // Active companies and people matching what was typed (docs/directory.md), at most
    // limit; names that start with it first. Nothing for a query under 2 characters: the
    // kiosk never shows the whole directory.
    [[nodiscard]] QList<DirectoryHit> find(const QString &query, int limit) const;
    // Whether a query is too short for find() (which then finds nothing).
    [[nodiscard]] static bool isTooShort(const QString &query);

    // An entry by id, active or not (see .active).
    [[nodiscard]] std::optional<DirectoryUnit> unit(const QString &id) const;
    [[nodiscard]] std::optional<DirectoryCompany> company(const QString &id) const;
    [[nodiscard]] std::optional<DirectoryPerson> person(const QString &id) const;
    [[nodiscard]] std::optional<DirectoryStaff> staff(const QString &id) const;

    // The active holder of a card (the UID as a reader gives it, any case or separators);
    // nullopt for an unknown card or one whose holder is inactive.
    [[nodiscard]] std::optional<DirectoryPerson> personByCard(const QString &uid) const;
    [[nodiscard]] std::optional<DirectoryStaff> staffByCard(const QString &uid) const;

    // Whether the directory holds an entry, active or not: the DirectoryKnown of
    // parseDirectoryCsv() for a file that refers to earlier imports.
    [[nodiscard]] bool contains(DirectoryKind kind, const QString &id) const;

private:
    QSqlQuery &exec(QSqlQuery &query, const QVariantList &values) const;
    [[nodiscard]] QString floorsOf(const QStringList &units) const;

    QSqlDatabase &m_db;
    mutable QSqlQuery m_match;
    mutable QSqlQuery m_hitPerson;
    mutable QSqlQuery m_hitCompany;
    mutable QSqlQuery m_unit;
    mutable QSqlQuery m_company;
    mutable QSqlQuery m_person;
    mutable QSqlQuery m_staff;
    mutable QSqlQuery m_personByCard;
    mutable QSqlQuery m_staffByCard;
};

} // namespace lobbydesk
