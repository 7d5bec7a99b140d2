#pragma once

#include "core/cardfees.h"
#include "core/devicesconfig.h"
#include "core/language.h"
#include "core/role.h"

#include <QString>
#include <QTime>

namespace lobbydesk {

// How long a key is lent for when the desk does not choose (docs/keys.md), in hours per type.
struct KeyDueHours
{
    int unitSpare = 24;
    int common = 4;
    int plantRoom = 8;
    int master = 2;
};

// A terminal's settings, read from its INI file (packaging/lobbydesk.ini is the documented
// sample). Command-line options override the file.
struct TerminalConfig
{
    QString sourceFile; // empty when no file was read
    Role role = Role::Kiosk;
    QString dataDir; // where lobbydesk.db lives
    QString terminalName;
    Language language = Language::SimplifiedChinese;
    int idleTimeoutSeconds = 60;
    int syncIntervalSeconds = 3; // between sync rounds while the hub answers
    // Visits still open at this local time are closed and flagged (docs/visitors.md).
    QTime visitorsEndOfDay { 23, 0 };
    DevicesConfig devices;
    KeyDueHours keyDueHours;
    // Retention (product.md): visits' personal data goes after visitRetentionDays, the ID
    // number's fragments after idRetentionDays (never later than the visit's).
    int visitRetentionDays = 180;
    int idRetentionDays = 30;
    // Staff sign-in (docs/staff.md): wrong PINs in a row before a lock-out, its length, and
    // the quiet time after which a signed-in staff member is signed out.
    int staffMaxWrongPins = 5;
    int staffLockoutMinutes = 5;
    int staffIdleSignOutMinutes = 10;
    // IC-card fees and deposits per card type ([cards]; docs/ic-cards.md).
    CardFees cardFees;

    static constexpr int kMinIdleTimeout = 10;
    static constexpr int kMaxIdleTimeout = 3600;
    static constexpr int kMinSyncInterval = 1;
    static constexpr int kMaxSyncInterval = 3600;
    static constexpr int kMaxRetentionDays = 3650;
    static constexpr int kMaxStaffWrongPins = 20;
    static constexpr int kMaxStaffMinutes = 24 * 60;

    // The default file, used when none is named: $LOBBYDESK_CONFIG or /etc/lobbydesk/lobbydesk.ini.
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] static QString defaultDataDir();

    // Reads and checks a config file. Throws Error(Kind::Config) naming the file and the key
    // for anything wrong. A missing file is an error only when `required`.
    [[nodiscard]] static TerminalConfig load(const QString &path, bool required);
};

} // namespace lobbydesk
