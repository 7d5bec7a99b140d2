#include "core/terminalconfig.h"

#include "core/error.h"
#include "core/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace lobbydesk {
namespace {

const QStringList &knownKeys()
{
    static const QStringList keys {
        QStringLiteral("terminal/role"),
        QStringLiteral("terminal/name"),
        QStringLiteral("terminal/data_dir"),
        QStringLiteral("ui/language"),
        QStringLiteral("kiosk/idle_timeout_s"),
        QStringLiteral("sync/interval_s"),
        QStringLiteral("visitors/end_of_day"),
        QStringLiteral("retention/visit_days"),
        QStringLiteral("retention/id_days"),
        QStringLiteral("staff/max_wrong_pins"),
        QStringLiteral("staff/lockout_minutes"),
        QStringLiteral("staff/idle_sign_out_minutes"),
        QStringLiteral("keys/unit_spare_hours"),
        QStringLiteral("keys/common_hours"),
        QStringLiteral("keys/plant_room_hours"),
        QStringLiteral("keys/master_hours"),
        QStringLiteral("cards/fee.resident"),
        QStringLiteral("cards/deposit.resident"),
        QStringLiteral("cards/fee.temporary"),
        QStringLiteral("cards/deposit.temporary"),
        QStringLiteral("cards/temporary_max_days"),
    };
    return keys;
}

[[noreturn]] void refuse(const QString &file, const QString &key, const QString &why)
{
    const int slash = key.indexOf(QLatin1Char('/'));
    throw Error(Error::Kind::Config,
        QStringLiteral("%1: [%2] %3: %4").arg(file, key.left(slash), key.mid(slash + 1), why));
}

int readSeconds(const QSettings &settings, const QString &path, const QString &key, int min,
    int max, int fallback)
{
    if (!settings.contains(key))
        return fallback;
    const QString value = settings.value(key).toString();
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (!ok || seconds < min || seconds > max)
        refuse(path, key,
            QStringLiteral("'%1' is not a whole number of seconds from %2 to %3")
                .arg(value)
                .arg(min)
                .arg(max));
    return seconds;
}

// A whole number from 1 to `max` of `unit`s.
int readWhole(const QSettings &settings, const QString &path, const QString &key,
    const QString &unit, int max, int fallback)
{
    if (!settings.contains(key))
        return fallback;
    const QString value = settings.value(key).toString();
    bool ok = false;
    const int number = value.trimmed().toInt(&ok);
    if (!ok || number < 1 || number > max)
        refuse(path, key,
            QStringLiteral("'%1' is not a whole number of %2 from 1 to %3")
                .arg(value, unit)
                .arg(max));
    return number;
}

int readDays(const QSettings &settings, const QString &path, const QString &key, int fallback)
{
    if (!settings.contains(key))
        return fallback;
    const QString value = settings.value(key).toString();
    bool ok = false;
    const int days = value.trimmed().toInt(&ok);
    if (!ok || days < 1 || days > TerminalConfig::kMaxRetentionDays)
        refuse(path, key,
            QStringLiteral("'%1' is not a whole number of days from 1 to %2")
                .arg(value)
                .arg(TerminalConfig::kMaxRetentionDays));
    return days;
}

// Amounts are read strictly: a typo in a fee must stop the terminal, not charge ¥0.
void readCardFees(const QSettings &settings, const QString &path, CardFees &fees)
{
    for (const QString &type : cardTypes()) {
        for (const char *what : { "fee", "deposit" }) {
            const QString key = QStringLiteral("cards/%1.%2").arg(QLatin1String(what), type);
            if (!settings.contains(key))
                continue;
            const QString value = settings.value(key).toString();
            const auto fen = parseYuan(value);
            if (!fen)
                refuse(path, key,
                    QStringLiteral("'%1' is not an amount in yuan like 20 or 20.00").arg(value));
            (qstrcmp(what, "fee") == 0 ? fees.fee : fees.deposit).insert(type, *fen);
        }
    }
    const QString maxDays = QStringLiteral("cards/temporary_max_days");
    if (settings.contains(maxDays)) {
        const QString value = settings.value(maxDays).toString();
        bool ok = false;
        const int days = value.trimmed().toInt(&ok);
        if (!ok || days < 1 || days > CardFees::kMaxTemporaryDays)
            refuse(path, maxDays,
                QStringLiteral("'%1' is not a whole number of days from 1 to %2")
                    .arg(value)
                    .arg(CardFees::kMaxTemporaryDays));
        fees.temporaryMaxDays = days;
    }
}

} // namespace

QString TerminalConfig::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("LOBBYDESK_CONFIG");
    return fromEnv.isEmpty() ? QStringLiteral("/etc/lobbydesk/lobbydesk.ini") : fromEnv;
}

QString TerminalConfig::defaultDataDir()
{
    const QString fromEnv = qEnvironmentVariable("LOBBYDESK_DATA");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/lobbydesk");
}

TerminalConfig TerminalConfig::load(const QString &path, bool required)
{
    TerminalConfig config;
    config.dataDir = defaultDataDir();
    const QFileInfo info(path);
    if (!info.exists()) {
        if (required)
            throw Error(Error::Kind::Config, QStringLiteral("%1: config file not found").arg(path));
        return config;
    }
    if (!info.isFile() || !info.isReadable())
        throw Error(
            Error::Kind::Config, QStringLiteral("%1: config file cannot be read").arg(path));

    config.sourceFile = info.absoluteFilePath();
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        throw Error(Error::Kind::Config,
            QStringLiteral("%1: not a valid INI file (check brackets and key = value lines)")
                .arg(path));

    for (const QString &key : settings.allKeys()) {
        if (!knownKeys().contains(key) && !DevicesConfig::keys().contains(key))
            refuse(path, key.contains(QLatin1Char('/')) ? key : QStringLiteral("General/") + key,
                QStringLiteral("unknown setting (known: %1)")
                    .arg((knownKeys() + DevicesConfig::keys()).join(u", ")));
    }

    if (settings.contains(QStringLiteral("terminal/role"))) {
        const QString value = settings.value(QStringLiteral("terminal/role")).toString();
        const auto role = roleFromKey(value);
        if (!role)
            refuse(path, QStringLiteral("terminal/role"),
                QStringLiteral("'%1' is not one of %2").arg(value, roleKeys().join(u", ")));
        config.role = *role;
    }
    if (settings.contains(QStringLiteral("terminal/data_dir"))) {
        const QString value
            = settings.value(QStringLiteral("terminal/data_dir")).toString().trimmed();
        if (value.isEmpty() || QDir::isRelativePath(value))
            refuse(path, QStringLiteral("terminal/data_dir"),
                QStringLiteral("'%1' must be an absolute directory path").arg(value));
        config.dataDir = value;
    }
    config.terminalName = settings.value(QStringLiteral("terminal/name")).toString().trimmed();
    if (config.terminalName.size() > 64)
        refuse(path, QStringLiteral("terminal/name"), QStringLiteral("longer than 64 characters"));

    if (settings.contains(QStringLiteral("ui/language"))) {
        const QString value = settings.value(QStringLiteral("ui/language")).toString();
        const auto language = languageFromCode(value);
        if (!language)
            refuse(path, QStringLiteral("ui/language"),
                QStringLiteral("'%1' is not one of %2").arg(value, languageCodes().join(u", ")));
        config.language = *language;
    }
    config.idleTimeoutSeconds = readSeconds(settings, path, QStringLiteral("kiosk/idle_timeout_s"),
        kMinIdleTimeout, kMaxIdleTimeout, config.idleTimeoutSeconds);
    config.syncIntervalSeconds = readSeconds(settings, path, QStringLiteral("sync/interval_s"),
        kMinSyncInterval, kMaxSyncInterval, config.syncIntervalSeconds);
    if (settings.contains(QStringLiteral("visitors/end_of_day"))) {
        const QString value = settings.value(QStringLiteral("visitors/end_of_day")).toString();
        const QTime time = QTime::fromString(value.trimmed(), QStringLiteral("HH:mm"));
        if (!time.isValid())
            refuse(path, QStringLiteral("visitors/end_of_day"),
                QStringLiteral("'%1' is not a time of day like 23:00").arg(value));
        config.visitorsEndOfDay = time;
    }
    config.visitRetentionDays = readDays(
        settings, path, QStringLiteral("retention/visit_days"), config.visitRetentionDays);
    config.idRetentionDays
        = readDays(settings, path, QStringLiteral("retention/id_days"), config.idRetentionDays);
    if (config.idRetentionDays > config.visitRetentionDays)
        refuse(path, QStringLiteral("retention/id_days"),
            QStringLiteral("%1 days is longer than visit_days (%2): ID fragments go sooner than "
                           "the visit, not later")
                .arg(config.idRetentionDays)
                .arg(config.visitRetentionDays));
    config.staffMaxWrongPins = readWhole(settings, path, QStringLiteral("staff/max_wrong_pins"),
        QStringLiteral("wrong PINs"), kMaxStaffWrongPins, config.staffMaxWrongPins);
    config.staffLockoutMinutes = readWhole(settings, path, QStringLiteral("staff/lockout_minutes"),
        QStringLiteral("minutes"), kMaxStaffMinutes, config.staffLockoutMinutes);
    config.staffIdleSignOutMinutes
        = readWhole(settings, path, QStringLiteral("staff/idle_sign_out_minutes"),
            QStringLiteral("minutes"), kMaxStaffMinutes, config.staffIdleSignOutMinutes);
    // A loan is never longer than 15 days (product.md).
    constexpr int kMaxLoanHours = 15 * 24;
    const auto hours = [&](const char *key, int fallback) {
        return readWhole(
            settings, path, QLatin1String(key), QStringLiteral("hours"), kMaxLoanHours, fallback);
    };
    config.keyDueHours.master = hours("keys/master_hours", config.keyDueHours.master);
    readCardFees(settings, path, config.cardFees);
    config.devices = DevicesConfig::read(settings, path);
    qCInfo(lcConfig) << "read" << config.sourceFile;
    return config;
}

} // namespace lobbydesk
