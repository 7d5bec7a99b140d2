#include "sync/hubclient.h"

#include "core/logging.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QTimer>

namespace lobbydesk {
namespace {

// Runs the event loop until `done()` or the deadline; false on timeout.
bool waitUntil(const std::function<bool()> &done, QSslSocket *source, const QElapsedTimer &clock,
    std::chrono::milliseconds timeout)
{
    while (!done()) {
        const qint64 left = timeout.count() - clock.elapsed();
        if (left <= 0)
            return false;
        QEventLoop loop;
        QTimer::singleShot(left, &loop, &QEventLoop::quit);
        QObject::connect(source, &QIODevice::readyRead, &loop, &QEventLoop::quit);
        QObject::connect(source, &QIODevice::bytesWritten, &loop, &QEventLoop::quit);
        QObject::connect(source, &QAbstractSocket::connected, &loop, &QEventLoop::quit);
        QObject::connect(source, &QSslSocket::encrypted, &loop, &QEventLoop::quit);
        QObject::connect(source, &QAbstractSocket::disconnected, &loop, &QEventLoop::quit);
        QObject::connect(source, &QAbstractSocket::errorOccurred, &loop, &QEventLoop::quit);
        QObject::connect(source, &QSslSocket::sslErrors, &loop, &QEventLoop::quit);
        if (done())
            return true;
        loop.exec();
    }
    return true;
}

// Parses a complete answer out of `buffer`; nullopt while more bytes are needed.
struct Parsed
{
    int status = 0;
    QByteArray body;
    bool close = false;
    bool untilClose = false; // no length: the answer ends when the connection does
    bool malformed = false;
};

std::optional<Parsed> parseAnswer(const QByteArray &buffer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;
    Parsed parsed;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    bool ok = false;
    parsed.status = statusLine.value(1).toInt(&ok);
    if (!statusLine.value(0).startsWith("HTTP/1.") || !ok) {
        parsed.malformed = true;
        return parsed;
    }
    qint64 length = -1;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "transfer-encoding" && value.contains("chunked"))
            chunked = true;
        else if (name == "connection" && value == "close")
            parsed.close = true;
    }
    const QByteArray rest = buffer.mid(headerEnd + 4);
    if (chunked) {
        qsizetype at = 0;
        for (;;) {
            const qsizetype lineEnd = rest.indexOf("\r\n", at);
            if (lineEnd < 0)
                return std::nullopt;
            const qint64 size
                = rest.mid(at, lineEnd - at).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok) {
                parsed.malformed = true;
                return parsed;
            }
            if (size == 0)
                return rest.indexOf("\r\n\r\n", lineEnd) >= 0
                        || rest.mid(lineEnd).startsWith("\r\n\r\n")
                    ? std::optional<Parsed>(parsed)
                    : std::nullopt;
            if (rest.size() < lineEnd + 2 + size + 2)
                return std::nullopt;
            parsed.body += rest.mid(lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
    if (length < 0) { // until close: the caller decides when the connection has ended
        parsed.body = rest;
        parsed.close = true;
        parsed.untilClose = true;
        return parsed;
    }
    if (rest.size() < length)
        return std::nullopt;
    parsed.body = rest.left(length);
    return parsed;
}

} // namespace

HubClient::HubClient(QString baseUrl, QString token, const QString &caPem)
    : m_url(baseUrl)
    , m_token(std::move(token))
    , m_ca(caPem.isEmpty() ? QList<QSslCertificate> {} : QSslCertificate::fromData(caPem.toUtf8()))
{
    QString path = m_url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_url.setPath(path);
}

HubClient::~HubClient() = default;

HubReply HubClient::get(const QString &pathAndQuery)
{
    return send(QStringLiteral("GET"), pathAndQuery, {});
}

HubReply HubClient::post(const QString &path, const QJsonObject &body)
{
    return send(QStringLiteral("POST"), path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QString HubClient::connect()
{
    const bool tls = m_url.scheme() == QStringLiteral("https");
    m_socket = std::make_unique<QSslSocket>();
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (tls && !m_ca.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_ca);
        m_socket->setSslConfiguration(ssl);
    }
    const quint16 port = quint16(m_url.port(tls ? 443 : 80));
    if (tls)
        m_socket->connectToHostEncrypted(m_url.host(), port);
    else
        m_socket->connectToHost(m_url.host(), port);
    QElapsedTimer clock;
    clock.start();
    QSslSocket *socket = m_socket.get();
    const bool settled = waitUntil(
        [socket, tls] {
            return (tls ? socket->isEncrypted()
                        : socket->state() == QAbstractSocket::ConnectedState)
                || socket->state() == QAbstractSocket::UnconnectedState;
        },
        socket, clock, m_timeout);
    const bool up
        = tls ? m_socket->isEncrypted() : m_socket->state() == QAbstractSocket::ConnectedState;
    if (up)
        return {};
    QString why = !settled
        ? QStringLiteral("no connection within %1 s").arg(m_timeout.count() / 1000)
        : m_socket->errorString();
    if (tls && !m_socket->sslHandshakeErrors().isEmpty())
        why = QStringLiteral(
            "the hub's certificate is not trusted (%1); give the hub's CA with --ca")
                  .arg(m_socket->sslHandshakeErrors().first().errorString());
    m_socket.reset();
    return why;
}

HubReply HubClient::exchange(const QByteArray &request, bool &fresh, bool &nothingReceived)
{
    HubReply answer;
    nothingReceived = true;
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        fresh = true;
        if (const QString why = connect(); !why.isEmpty()) {
            answer.problem
                = QStringLiteral("cannot reach the hub at %1: %2").arg(m_url.toString(), why);
            return answer;
        }
    }
    QSslSocket *socket = m_socket.get();
    socket->write(request);
    QElapsedTimer clock;
    clock.start();
    QByteArray buffer;
    std::optional<Parsed> parsed;
    const bool finished = waitUntil(
        [&] {
            if (socket->bytesAvailable() > 0) // a closed QSslSocket's inner socket warns on read
                buffer += socket->readAll();
            if (!buffer.isEmpty())
                nothingReceived = false;
            parsed = parseAnswer(buffer);
            const bool ended = socket->state() != QAbstractSocket::ConnectedState
                && socket->bytesAvailable() == 0;
            if (parsed && parsed->untilClose && !ended)
                return false;
            return parsed.has_value() || ended;
        },
        socket, clock, m_timeout);
    if (!finished || !parsed || parsed->malformed) {
        answer.problem = !finished
            ? QStringLiteral("the hub did not answer within %1 s").arg(m_timeout.count() / 1000)
            : parsed ? QStringLiteral("the hub's answer is not HTTP")
                     : QStringLiteral("the connection to the hub at %1 broke: %2")
                           .arg(m_url.toString(), socket->errorString());
        m_socket.reset();
        return answer;
    }
    answer.status = parsed->status;
    if (parsed->close)
        m_socket.reset();
    answer.body = QJsonDocument::fromJson(parsed->body).object();
    answer.problem = answer.body.value(QStringLiteral("message")).toString();
    if (answer.problem.isEmpty() && !answer.ok())
        answer.problem = QStringLiteral("the hub answered HTTP %1").arg(answer.status);
    if (answer.ok() && answer.body.isEmpty()) {
        answer.status = 0; // a 2xx without a JSON object is no answer we can act on
        answer.problem = QStringLiteral("the hub's answer was not JSON");
    }
    return answer;
}

HubReply HubClient::send(const QString &method, const QString &path, const QByteArray &body)
{
    QByteArray request = method.toLatin1() + ' ' + (m_url.path() + path).toUtf8() + " HTTP/1.1\r\n"
        + "Host: " + m_url.authority().toUtf8() + "\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n";
    if (!m_token.isEmpty())
        request += "Authorization: Bearer " + m_token.toLatin1() + "\r\n";
    request += "\r\n" + body;
    QElapsedTimer clock;
    clock.start();
    bool fresh = false;
    bool nothingReceived = true;
    HubReply answer = exchange(request, fresh, nothingReceived);
    // A kept-alive connection the hub closed while idle: the request never reached it.
    if (answer.status == 0 && !fresh && nothingReceived) {
        m_socket.reset();
        answer = exchange(request, fresh, nothingReceived);
    }
    qCDebug(lcSync) << method << path.left(40) << body.size() << "bytes:" << answer.status << "in"
                    << clock.elapsed() << "ms" << answer.problem;
    return answer;
}

} // namespace lobbydesk
