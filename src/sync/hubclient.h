#pragma once

#include <QJsonObject>
#include <QSslCertificate>
#include <QSslSocket>
#include <QString>
#include <QUrl>
#include <chrono>
#include <memory>

namespace lobbydesk {

// One answer from the hub. status 0: no answer at all (refused, reset, timed out).
struct HubReply
{
    int status = 0;
    QJsonObject body;
    QString problem; // the network error or the hub's message, in words

    [[nodiscard]] bool ok() const { return status >= 200 && status < 300; }
    [[nodiscard]] QString errorCode() const
    {
        return body.value(QStringLiteral("error")).toString();
    }
    // Worth trying again later: no answer, the hub busy or failing.
    [[nodiscard]] bool transient() const
    {
        return status == 0 || status == 408 || status == 429 || status >= 500;
    }
};

// A blocking JSON-over-HTTP/1.1 client for the sync thread and lobbydesk-ctl: each call runs a
// local event loop until the answer or the timeout. Not for the GUI thread. One kept-alive
// connection, TCP_NODELAY, each request in one write: QNetworkAccessManager writes the
// header and the body apart, and Nagle with the hub's delayed ACK then adds 40 ms to every
// push (docs/benchmarks.md).
class HubClient
{
public:
    HubClient(QString baseUrl, QString token, const QString &caPem);
    ~HubClient();
    Q_DISABLE_COPY_MOVE(HubClient)

    HubReply get(const QString &pathAndQuery);
    HubReply post(const QString &path, const QJsonObject &body);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

private:
    HubReply send(const QString &method, const QString &path, const QByteArray &body);
    // One exchange on the current connection; `fresh` says whether it was just opened.
    HubReply exchange(const QByteArray &request, bool &fresh, bool &nothingReceived);
    QString connect();

    QUrl m_url;
    QString m_token;
    QList<QSslCertificate> m_ca;
    std::unique_ptr<QSslSocket> m_socket;
    std::chrono::milliseconds m_timeout { 20000 };
};

} // namespace lobbydesk
