#include "hub/hubhttpserver.h"

#include "core/error.h"
#include "core/logging.h"
#include "hub/hubapi.h"
#include "hub/hubdatabase.h"
#include "hub/huberror.h"
#include "hub/webhookoutbox.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrlQuery>

namespace lobbydesk {
namespace {

QJsonObject jsonBody(const QHttpServerRequest &request)
{
    if (request.body().size() > HubHttpServer::kMaxBodyBytes)
        throw HubError(413, QStringLiteral("body_too_large"),
            QStringLiteral("the request body is larger than %1 bytes")
                .arg(HubHttpServer::kMaxBodyBytes));
    if (!request.value("content-type").startsWith("application/json"))
        throw HubError(415, QStringLiteral("unsupported_media_type"),
            QStringLiteral("send the body as application/json"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError)
        throw HubError(400, QStringLiteral("malformed_json"),
            QStringLiteral("the body is not valid JSON: %1 at byte %2")
                .arg(error.errorString())
                .arg(error.offset));
    if (!document.isObject())
        throw HubError(400, QStringLiteral("malformed_json"),
            QStringLiteral("the body must be a JSON object"));
    return document.object();
}

qint64 queryNumber(const QUrlQuery &query, const QString &name, qint64 fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < 0)
        throw HubError(400, QStringLiteral("invalid_request"),
            QStringLiteral("'%1' must be a whole number from 0").arg(name));
    return value;
}

} // namespace

HubHttpServer::HubHttpServer(HubDatabase &db, const QStringList &webhookEvents, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_db(db)
    , m_webhooks(webhookEvents.isEmpty() ? std::unique_ptr<WebhookOutbox>()
                                         : std::make_unique<WebhookOutbox>(db, webhookEvents))
    , m_api(std::make_unique<HubApi>(db, m_webhooks.get()))
{ }

HubHttpServer::~HubHttpServer() = default;

HubHttpServer::Reply HubHttpServer::dispatch(const QHttpServerRequest &request)
{
    using Method = QHttpServerRequest::Method;
    const QString path = request.url().path();
    const Method method = request.method();
    auto expect = [&](Method wanted) {
        if (method != wanted)
            throw HubError(405, QStringLiteral("method_not_allowed"),
                QStringLiteral("%1 takes %2 only")
                    .arg(path,
                        wanted == Method::Get ? QStringLiteral("GET") : QStringLiteral("POST")));
    };
    if (path == QStringLiteral("/v1/health")) {
        expect(Method::Get);
        return { 200, { { QStringLiteral("status"), QStringLiteral("ok") } } };
    }
    if (path == QStringLiteral("/v1/enrol")) {
        expect(Method::Post);
        return { 201, m_api->enrol(jsonBody(request)) };
    }
    if (path == QStringLiteral("/v1/events")) {
        expect(Method::Post);
        const QJsonObject body = jsonBody(request);
        const QJsonObject answer
            = m_api->push(m_api->authenticate(request.value("authorization")), body);
        if (answer.value(QStringLiteral("stored")).toInteger() > 0)
            emit eventsStored();
        return { 200, answer };
    }
    if (path == QStringLiteral("/v1/feed")) {
        expect(Method::Get);
        const QUrlQuery query(request.url());
        const AuthenticatedTerminal terminal = m_api->authenticate(request.value("authorization"));
        return { 200,
            m_api->feed(terminal, queryNumber(query, QStringLiteral("after"), 0),
                int(std::min<qint64>(queryNumber(query, QStringLiteral("limit"), 500), 100000))) };
    }
    if (path == QStringLiteral("/v1/site")) {
        expect(Method::Get);
        return { 200, m_api->site(m_api->authenticate(request.value("authorization"))) };
    }
    if (path == QStringLiteral("/v1/blocked-cards")) {
        expect(Method::Get);
        return { 200, m_api->blockedCards(m_api->authenticate(request.value("authorization"))) };
    }
    throw HubError(
        404, QStringLiteral("not_found"), QStringLiteral("no such endpoint: %1").arg(path));
}

bool HubHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer clock;
    clock.start();
    Reply reply { 500, {} };
    try {
        reply = dispatch(request);
    } catch (const HubError &error) {
        reply = { error.status(), error.body() };
    } catch (const Error &error) {
        // Storage trouble is the hub's, and passing: the terminal keeps its events and retries.
        qCWarning(lcHub) << request.url().path() << error.message();
        reply = { 503,
            { { QStringLiteral("error"), QStringLiteral("storage_unavailable") },
                { QStringLiteral("message"), error.message() } } };
        try {
            m_db.reconnectIfLost();
        } catch (const Error &again) {
            qCWarning(lcHub) << again.message();
        }
    } catch (const std::exception &error) {
        qCCritical(lcHub) << request.url().path() << error.what();
        reply = { 500,
            { { QStringLiteral("error"), QStringLiteral("internal") },
                { QStringLiteral("message"), QString::fromUtf8(error.what()) } } };
    }
    const qint64 handled = clock.nsecsElapsed();
    // The answer goes out as a header write and a body write: without TCP_NODELAY, Nagle
    // holds the body until the client's delayed ACK, 40 ms later.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    makeResponder(request, socket)
        .write(QJsonDocument(reply.body), QHttpServerResponder::StatusCode(reply.status));
    qCDebug(lcHub) << request.method() << request.url().path() << reply.status << "handled in"
                   << handled / 1000 << "us, answered in" << clock.nsecsElapsed() / 1000 << "us";
    return true;
}

void HubHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket)
        .write(
            QJsonDocument(QJsonObject { { QStringLiteral("error"), QStringLiteral("not_found") } }),
            QHttpServerResponder::StatusCode::NotFound);
}

} // namespace lobbydesk
