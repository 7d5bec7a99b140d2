#pragma once

#include <QStringList>
#include <QTextStream>

namespace lobbydesk {

// lobbydesk-ctl hub --db URL COMMAND …: administration of the hub's database (sites,
// enrolment codes, terminals, directory). Returns the exit code; throws Error.
struct HubCommandOptions
{
    int validHours = 24;
    QString name; // deny-add
    QString phone; // deny-add
    QString idHash; // deny-add
    bool json = false;
    QString idNumber; // deny-add: the hub stores its keyed hash
};
int ctlHub(const QString &dbUrl, const QStringList &arguments, const HubCommandOptions &options,
    QTextStream &out);

inline constexpr auto kHubUsage = R"(  hub [--db URL] sites                         list the sites
  hub [--db URL] create-site ID NAME            create a site (ID like harbour-tower)
  hub [--db URL] enrolment-code SITE [--valid-hours N]  a one-time code (default 24 h)
  hub [--db URL] terminals [SITE]               list enrolled terminals
  hub [--db URL] revoke-terminal TERMINAL       revoke a terminal's token and signing key
  hub [--db URL] import-directory SITE FILE.csv load units, companies, people, staff
  hub [--db URL] arrears SITE UNIT on|off [NOTE]  flag a unit's fees as in arrears, or clear it
  hub [--db URL] deny-add SITE REASON [--name N] [--phone P] [--id-number ID | --id-hash H]
                                                deny list entry (an ID number is kept only as
                                                its hash keyed with the site's screening key)
  hub [--db URL] deny-remove SITE ENTRY         lift a deny-list entry
  hub [--db URL] deny-list SITE                 the active deny list
  hub [--db URL] staff-pin SITE STAFF           set a staff member's sign-in PIN (4-8 digits),
                                                read from stdin; only its hash is kept
  hub [--db URL] staff-pin-clear SITE STAFF     remove a staff member's PIN
  hub [--db URL] tenant-pin SITE PERSON         set a tenant's card PIN (4-6 digits, not 1111
                                                or 1234), read from stdin; only its hash is kept
  hub [--db URL] tenant-pin-clear SITE PERSON   remove a tenant's card PIN
  hub [--db URL] webhooks [SITE] [--json]      the webhook's deliveries: what waits, with its
                                                attempts and last error, and how many went out
  hub [--db URL] purge [--dry-run] [--json] [--visit-retention-days N] [--id-retention-days N]
                                                redact visitors' personal data from old events)";

} // namespace lobbydesk
