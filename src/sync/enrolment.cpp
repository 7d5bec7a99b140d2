#include "sync/enrolment.h"

#include "core/error.h"
#include "core/event.h"
#include "core/logging.h"
#include "store/store.h"
#include "sync/hubclient.h"

#include <QUrl>

namespace lobbydesk {

HubLink enrolTerminal(Store &store, const EnrolmentRequest &request)
{
    if (const auto existing = readHubLink(store.sql()))
        throw Error(Error::Kind::Invalid,
            QStringLiteral("this terminal is already enrolled with %1 (site %2)")
                .arg(existing->url, existing->siteName));
    const QUrl url(request.hubUrl, QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https"))
        || url.host().isEmpty())
        throw Error(Error::Kind::Invalid,
            QStringLiteral("'%1' is not a hub address like http://127.0.0.1:8470")
                .arg(request.hubUrl));

    // Kept before asking, so that a retry after a lost answer sends the same key.
    const std::optional<SigningKeyPair> pending = readSigningKey(store.sql());
    const SigningKeyPair keys = pending ? *pending : generateSigningKeyPair();
    if (!pending)
        saveSigningKey(store.events().database(), keys);
    HubClient client(request.hubUrl, {}, request.caPem);
    const HubReply reply = client.post(QStringLiteral("/v1/enrol"),
        QJsonObject { { QStringLiteral("code"), request.code },
            { QStringLiteral("terminal"), store.terminalId() },
            { QStringLiteral("name"), request.terminalName },
            { QStringLiteral("role"), roleKey(request.role) },
            { QStringLiteral("public_key"), QString::fromLatin1(keys.publicKey.toBase64()) },
            { QStringLiteral("signature"),
                QString::fromLatin1(
                    signDetached(enrolmentMessage(request.code, store.terminalId(), keys.publicKey),
                        keys.secretKey)
                        .toBase64()) } });
    if (!reply.ok())
        throw Error(reply.transient() ? Error::Kind::Io : Error::Kind::Invalid,
            QStringLiteral("enrolment failed: %1").arg(reply.problem));
    HubLink link;
    link.url = request.hubUrl;
    link.siteId = reply.body.value(QStringLiteral("site")).toString();
    link.siteName = reply.body.value(QStringLiteral("site_name")).toString();
    link.token = reply.body.value(QStringLiteral("token")).toString();
    link.caPem = request.caPem;
    link.enrolledAt = isoUtc(QDateTime::currentDateTimeUtc());
    if (link.siteId.isEmpty() || link.token.isEmpty())
        throw Error(
            Error::Kind::Io, QStringLiteral("the hub's enrolment answer lacks a site or token"));
    saveHubLink(store.events().database(), link);
    qCInfo(lcSync) << "enrolled with" << link.url << "site" << link.siteId;
    return link;
}

} // namespace lobbydesk
