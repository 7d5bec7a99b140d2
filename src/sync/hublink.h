#pragma once

#include "core/signing.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace lobbydesk {

class Database;

// The hub a terminal is enrolled with, as stored in its database (hub_link).
struct HubLink
{
    QString url; // e.g. http://127.0.0.1:8470
    QString siteId;
    QString siteName;
    QString token; // the bearer token; never printed
    QString caPem; // a private CA for an https hub; empty for the system's
    QString enrolledAt;
};

[[nodiscard]] std::optional<HubLink> readHubLink(const QSqlDatabase &db);
// This terminal's key pair: the one it enrolled with, or the one created for an enrolment
// whose answer never came (sent again, so the hub recognises the retry).
[[nodiscard]] std::optional<SigningKeyPair> readSigningKey(const QSqlDatabase &db);
void saveSigningKey(Database &db, const SigningKeyPair &keys);
// The site's 32-byte key for ID-number hashes (core/idnumber.h), as the hub sent it
// (site.screening.key, kept in meta); none before the first sync after enrolment.
[[nodiscard]] std::optional<QByteArray> readScreeningKey(const QSqlDatabase &db);
// Stores the link; a terminal enrols once.
void saveHubLink(Database &db, const HubLink &link);

// The sync engine's small state in the meta table: feed cursor and last outcome, so that
// lobbydesk-ctl status can show it while the app runs.
namespace syncmeta {
inline constexpr auto kPullCursor = "sync.pull_cursor";
inline constexpr auto kLastSuccess = "sync.last_success";
inline constexpr auto kLastAttempt = "sync.last_attempt";
inline constexpr auto kLastError = "sync.last_error";
inline constexpr auto kScreeningKey = "screening_key"; // base64
} // namespace syncmeta

[[nodiscard]] QString readMeta(const QSqlDatabase &db, const char *key);
// Inside the caller's transaction.
void writeMeta(QSqlDatabase &db, const char *key, const QString &value);

[[nodiscard]] qint64 parkedCount(const QSqlDatabase &db);

} // namespace lobbydesk
