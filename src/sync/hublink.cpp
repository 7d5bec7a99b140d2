#include "sync/hublink.h"

#include "core/error.h"
#include "core/event.h"
#include "store/database.h"
#include "store/sqlerror.h"
#include "store/writetransaction.h"

namespace lobbydesk {

std::optional<HubLink> readHubLink(const QSqlDatabase &db)
{
    QSqlQuery query = runSql(db,
        QStringLiteral("SELECT hub_url, site_id, site_name, token, coalesce(ca_pem, ''),"
                       " enrolled_at FROM hub_link"),
        QStringLiteral("reading the hub link"));
    if (!query.next())
        return std::nullopt;
    return HubLink { query.value(0).toString(), query.value(1).toString(),
        query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
        query.value(5).toString() };
}

std::optional<SigningKeyPair> readSigningKey(const QSqlDatabase &db)
{
    QSqlQuery query = runSql(db,
        QStringLiteral(
            "SELECT public_key, secret_key FROM signing_key ORDER BY created_at LIMIT 1"),
        QStringLiteral("reading the signing key"));
    if (!query.next())
        return std::nullopt;
    return SigningKeyPair { query.value(0).toByteArray(), query.value(1).toByteArray() };
}

void saveSigningKey(Database &db, const SigningKeyPair &keys)
{
    WriteTransaction transaction(db);
    QSqlQuery key(db.sql());
    key.prepare(QStringLiteral("INSERT INTO signing_key (key_id, public_key, secret_key, "
                               "created_at) VALUES (?, ?, ?, ?)"));
    key.addBindValue(signingKeyId(keys.publicKey));
    key.addBindValue(keys.publicKey);
    key.addBindValue(keys.secretKey);
    key.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
    execOrThrow(key, QStringLiteral("saving the signing key"), db.path());
    transaction.commit();
}

void saveHubLink(Database &db, const HubLink &link)
{
    WriteTransaction transaction(db);
    QSqlQuery insert(db.sql());
    insert.prepare(QStringLiteral(
        "INSERT INTO hub_link (singleton, hub_url, site_id, site_name, token, ca_pem,"
        " enrolled_at) VALUES (1, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(link.url);
    insert.addBindValue(link.siteId);
    insert.addBindValue(link.siteName);
    insert.addBindValue(link.token);
    insert.addBindValue(
        link.caPem.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : link.caPem);
    insert.addBindValue(link.enrolledAt);
    execOrThrow(insert, QStringLiteral("saving the enrolment"), db.path());
    transaction.commit();
}

QString readMeta(const QSqlDatabase &db, const char *key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(QString::fromLatin1(key));
    if (!query.exec())
        throw sqlFailure(QStringLiteral("reading %1").arg(QLatin1String(key)), query.lastError(),
            db.databaseName());
    return query.next() ? query.value(0).toString() : QString();
}

void writeMeta(QSqlDatabase &db, const char *key, const QString &value)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(QString::fromLatin1(key));
    query.addBindValue(value.isNull() ? QStringLiteral("") : value); // a null QString binds NULL
    execOrThrow(query, QStringLiteral("saving %1").arg(QLatin1String(key)), db.databaseName());
}

std::optional<QByteArray> readScreeningKey(const QSqlDatabase &db)
{
    const QByteArray key = QByteArray::fromBase64(readMeta(db, syncmeta::kScreeningKey).toLatin1());
    if (key.size() != 32)
        return std::nullopt;
    return key;
}

qint64 parkedCount(const QSqlDatabase &db)
{
    QSqlQuery query = runSql(db, QStringLiteral("SELECT count(*) FROM parked_events"),
        QStringLiteral("counting parked events"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace lobbydesk
