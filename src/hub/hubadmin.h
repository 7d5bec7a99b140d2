#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace lobbydesk {

class HubDatabase;

struct HubSite
{
    QString id;
    QString name;
    qint64 terminals = 0;
    qint64 events = 0;
};

struct HubTerminal
{
    QString id;
    QString siteId;
    QString name;
    QString role;
    QString keyId;
    QString enrolledAt;
    QString revokedAt; // empty while active
    qint64 lastSeq = 0;
    QString lastSeenAt;
};

struct DirectoryImportSummary
{
    int rows = 0;
    int added = 0;
    int changed = 0;
    int unchanged = 0;
};

// What `lobbydesk-ctl hub …` does to the hub's database: sites, enrolment codes, terminals,
// the directory. Each call is one transaction; throws Error with a reason.
class HubAdmin
{
public:
    explicit HubAdmin(HubDatabase &db);

    HubSite createSite(const QString &id, const QString &name);
    [[nodiscard]] QList<HubSite> sites();
    // A one-time code that enrols one terminal into the site until `validFor` has passed.
    QString createEnrolmentCode(const QString &siteId, std::chrono::hours validFor);
    [[nodiscard]] QList<HubTerminal> terminals(const QString &siteId);
    void revokeTerminal(const QString &terminalId);
    // Loads a directory CSV (docs/directory.md). A file with any bad row changes nothing; the
    // Error lists every bad row with its line number.
    DirectoryImportSummary importDirectory(const QString &siteId, const QByteArray &csv);
    struct DenyEntry
    {
        QString name; // as a visitor would type it
        QString phone; // any form the directory accepts; stored normalised
        QString idHash; // the keyed hash of an ID number, hex (computed where the key is)
        QString reason; // for staff; never shown to the visitor
        QString idNumber {}; // as typed; the hub stores only its keyed hash (not idHash)
    };
    // Adds an entry to the site's deny list (at least a name, a phone or an ID hash); returns
    // its id. Sent down to the terminals, which check it offline.
    QString addDenyEntry(const QString &siteId, const DenyEntry &entry);
    void removeDenyEntry(const QString &siteId, const QString &entryId);
    [[nodiscard]] QList<QPair<QString, QJsonObject>> denyList(const QString &siteId);

    // Flags a unit of the directory as in arrears (or clears it); sent down to the terminals.
    void setArrears(
        const QString &siteId, const QString &unit, bool inArrears, const QString &note);

    // Whose PIN a command sets: a staff member's sign-in PIN (docs/staff.md; 4-8 digits) or a
    // tenant's card PIN (docs/ic-cards.md; 4-6 digits, not guessable).
    enum class PinHolder { Staff, Tenant };
    // Sets the PIN of a staff member or person of the site's directory: only its Argon2id hash
    // is kept, in directory.staff.pin_set / directory.person.pin_set, which the site's
    // terminals pull and verify offline. A PIN refused by the rules changes nothing.
    void setPin(PinHolder holder, const QString &siteId, const QString &id, const QString &pin);
    // Removes the PIN (directory.staff.pin_cleared / directory.person.pin_cleared): the staff
    // member cannot sign in, the tenant cannot report their card lost at a kiosk with a PIN,
    // until a new one is set.
    void clearPin(PinHolder holder, const QString &siteId, const QString &id);

private:
    void requireInDirectory(PinHolder holder, const QString &siteId, const QString &id);
    [[nodiscard]] bool siteExists(const QString &siteId);
    void requireSite(const QString &siteId);

    HubDatabase &m_db;
};

} // namespace lobbydesk
