#include "sync/hubclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace lobbydesk {

HubClient::HubClient(QString baseUrl, QString token, const QString &caPem)
    : m_baseUrl(std::move(baseUrl))
    , m_token(std::move(token))
    , m_ca(caPem.isEmpty() ? QList<QSslCertificate> {} : QSslCertificate::fromData(caPem.toUtf8()))
{
    while (m_baseUrl.endsWith(QLatin1Char('/')))
        m_baseUrl.chop(1);
}

HubReply HubClient::get(const QString &pathAndQuery)
{
    return send(QStringLiteral("GET"), pathAndQuery, {});
}

HubReply HubClient::post(const QString &path, const QJsonObject &body)
{
    return send(QStringLiteral("POST"), path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HubReply HubClient::send(const QString &method, const QString &path, const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setTransferTimeout(int(m_timeout.count()));
    if (!m_ca.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_ca);
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply
        = method == QStringLiteral("POST") ? m_network.post(request, body) : m_network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    HubReply answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    if (answer.status != 0) {
        answer.body = QJsonDocument::fromJson(data).object();
        answer.problem = answer.body.value(QStringLiteral("message")).toString();
        if (answer.problem.isEmpty() && !answer.ok())
            answer.problem = QStringLiteral("the hub answered HTTP %1").arg(answer.status);
        if (answer.ok() && answer.body.isEmpty()) {
            // A 2xx without a JSON object is no answer we can act on.
            answer.status = 0;
            answer.problem = QStringLiteral("the hub's answer was not JSON");
        }
    } else {
        answer.problem = reply->error() == QNetworkReply::OperationCanceledError
            ? QStringLiteral("the hub did not answer within %1 s").arg(m_timeout.count() / 1000)
            : QStringLiteral("cannot reach the hub at %1: %2").arg(m_baseUrl, reply->errorString());
    }
    delete reply; // finished: nothing refers to it any more
    return answer;
}

} // namespace lobbydesk
