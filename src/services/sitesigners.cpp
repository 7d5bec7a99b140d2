#include "services/sitesigners.h"

#include "store/sqlerror.h"
#include "sync/hublink.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace lobbydesk {
namespace {

struct SiteSignerText
{
    Q_DECLARE_TR_FUNCTIONS(SiteSignerText)
};

} // namespace

PassSignerLookup siteSigners(QSqlDatabase &db)
{
    return [&db](const QString &keyId) -> std::optional<PassSigner> {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT public_key, terminal_name, revoked_at IS NOT NULL"
                                     " FROM site_keys WHERE key_id = ?"));
        query.addBindValue(keyId);
        execOrThrow(query, QStringLiteral("reading the site's keys"), db.databaseName());
        if (query.next())
            return PassSigner { query.value(0).toByteArray(), query.value(1).toString(),
                query.value(2).toBool() };
        const auto own = readSigningKey(db);
        if (own && signingKeyId(own->publicKey) == keyId)
            return PassSigner { own->publicKey, SiteSignerText::tr("this terminal"), false };
        return std::nullopt;
    };
}

} // namespace lobbydesk
