#include "faultproxy.h"

#include "httpframing.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <cmath>
#include <stdexcept>
#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcFaultProxy, "lobbydesk.faultproxy", QtInfoMsg)

using namespace std::chrono_literals;

namespace lobbydesk {

namespace {

constexpr qint64 maxRequestBody = 64 * 1024 * 1024;

// SO_LINGER 0 turns the close into a TCP RST: the client sees "connection reset", as it would
// if a middlebox or a crashed server cut it, rather than an orderly end of stream.
void resetSocket(QTcpSocket *socket)
{
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        const linger hard { 1, 0 };
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    socket->abort();
}

QByteArray jsonAnswer(int status, QByteArrayView reason, QByteArrayView error,
    const QString &message, bool keepAlive, QByteArrayView extraFields = {})
{
    const QByteArray body
        = QJsonDocument(QJsonObject {
                            { QStringLiteral("error"), QString::fromLatin1(error) },
                            { QStringLiteral("message"), message },
                        })
              .toJson(QJsonDocument::Compact);
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason.toByteArray()
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n" + extraFields.toByteArray()
        + (keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n") + "\r\n";
    return answer + body;
}

} // namespace

QString FaultRates::validate() const
{
    const std::pair<const char *, double> rates[] = {
        { "reset", reset },
        { "drop", drop },
        { "unavailable", unavailable },
        { "delay", delay },
    };
    double sum = 0.0;
    for (const auto &[name, rate] : rates) {
        if (!std::isfinite(rate) || rate < 0.0 || rate > 1.0)
            return QStringLiteral("%1 must be between 0 and 1 (got %2)")
                .arg(QLatin1String(name))
                .arg(rate);
        sum += rate;
    }
    if (sum > 1.0 + 1e-9)
        return QStringLiteral("reset + drop + unavailable + delay must be at most 1 (got %1)")
            .arg(sum);
    if (delayTime.count() < 0)
        return QStringLiteral("the delay must not be negative");
    if (flap.count() < 0)
        return QStringLiteral("the flap period must not be negative");
    return {};
}

QJsonObject FaultCounts::toJson() const
{
    const auto n = [](quint64 value) { return double(value); };
    return {
        { QStringLiteral("connections"), n(connections) },
        { QStringLiteral("requests"), n(requests) },
        { QStringLiteral("forwarded"), n(forwarded) },
        { QStringLiteral("reset"), n(reset) },
        { QStringLiteral("drop"), n(drop) },
        { QStringLiteral("unavailable"), n(unavailable) },
        { QStringLiteral("delayed"), n(delayed) },
        { QStringLiteral("bad_gateway"), n(badGateway) },
        { QStringLiteral("rejected"), n(rejected) },
        { QStringLiteral("refusing_phases"), n(refusingPhases) },
        { QStringLiteral("cut"), n(cut) },
        { QStringLiteral("upstream_connections"), n(upstreamConnections) },
    };
}

// One client connection and the upstream connection that serves it. Requests are handled one
// at a time in arrival order (anything pipelined waits in m_in), which is all HTTP/1.1 allows.
class ProxyConnection final : public QObject
{
public:
    ProxyConnection(FaultProxy *proxy, QTcpSocket *client);

    // Ends both connections: with a TCP reset for the client, or an orderly close after what
    // was written has gone out.
    void resetClient();
    void closeClient();

private:
    struct Request
    {
        QByteArray bytes;
        bool head = false; // HEAD: the answer has no body whatever it says
        bool keepAlive = true;
    };
    enum class Parse { Incomplete, Ready, Rejected };

    void onClientBytes();
    void processRequests();
    Parse takeRequest();
    void reject(int status, QByteArrayView reason, const QString &message);
    void handle(FaultProxy::Outcome outcome);

    void forward();
    void openUpstream();
    void sendRequest();
    void onUpstreamBytes();
    void onUpstreamGone();
    void finishResponse();
    void badGateway(const QString &why);
    void dropUpstream();
    void finish();

    FaultProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    QByteArray m_in; // client bytes not handled yet
    QByteArray m_up; // upstream bytes not framed yet
    Request m_request;
    FaultProxy::Outcome m_outcome = FaultProxy::Outcome::Forward;
    http::ResponseFramer m_framer;
    qint64 m_responseBytes = 0; // of this response, framed (relayed unless dropped)
    bool m_busy = false; // a request is being handled: later ones wait
    bool m_closing = false;
    bool m_continueSent = false; // "100 Continue" for the request being read
    bool m_reused = false; // the request went on an upstream connection that served before
    bool m_retried = false;
};

ProxyConnection::ProxyConnection(FaultProxy *proxy, QTcpSocket *client)
    : QObject(proxy)
    , m_proxy(proxy)
    , m_client(client)
{
    client->setParent(this);
    client->setSocketOption(QAbstractSocket::LowDelayOption, 1); // no Nagle stalls per answer
    connect(client, &QTcpSocket::readyRead, this, &ProxyConnection::onClientBytes);
    connect(client, &QTcpSocket::disconnected, this, &ProxyConnection::finish);
    connect(client, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            qCDebug(lcFaultProxy) << "client:" << m_client->errorString();
        finish();
    });
}

void ProxyConnection::onClientBytes()
{
    if (m_closing)
        return;
    m_in += m_client->readAll();
    processRequests();
}

void ProxyConnection::processRequests()
{
    while (!m_busy && !m_closing) {
        switch (takeRequest()) {
        case Parse::Incomplete:
        case Parse::Rejected:
            return;
        case Parse::Ready: {
            ++m_proxy->m_counts.requests;
            const FaultProxy::Outcome outcome = m_proxy->decide();
            qCDebug(lcFaultProxy) << m_request.bytes.left(m_request.bytes.indexOf('\r')) << outcome;
            handle(outcome);
            break;
        }
        }
    }
}

ProxyConnection::Parse ProxyConnection::takeRequest()
{
    const qsizetype end = http::headEnd(m_in);
    if (end < 0) {
        if (m_in.size() > http::ResponseFramer::maxHeadSize) {
            reject(
                431, "Request Header Fields Too Large", QStringLiteral("request head over 64 KiB"));
            return Parse::Rejected;
        }
        return Parse::Incomplete;
    }
    http::MessageHead head;
    const QList<QByteArray> requestLine = head.parse(QByteArrayView(m_in).first(end - 4))
        ? head.startLine.split(' ')
        : QList<QByteArray> {};
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        reject(400, "Bad Request", QStringLiteral("not an HTTP/1.x request"));
        return Parse::Rejected;
    }
    if (head.has("Transfer-Encoding")) {
        // Not needed by any client we test with; refusing is honest, guessing the end is not.
        reject(411, "Length Required", QStringLiteral("chunked request bodies are not supported"));
        return Parse::Rejected;
    }
    const qint64 length = head.contentLength();
    if (length == -2) {
        reject(400, "Bad Request", QStringLiteral("unusable Content-Length"));
        return Parse::Rejected;
    }
    if (length > maxRequestBody) {
        reject(413, "Content Too Large", QStringLiteral("request body over 64 MiB"));
        return Parse::Rejected;
    }
    const qint64 total = end + std::max<qint64>(length, 0);
    if (m_in.size() < total) {
        if (!m_continueSent && head.hasToken("Expect", "100-continue")) {
            m_continueSent = true; // the client waits for this before it sends the body
            m_client->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return Parse::Incomplete;
    }
    m_continueSent = false;
    m_request.bytes = m_in.left(total);
    m_in.remove(0, total);
    m_request.head = requestLine[0] == "HEAD";
    m_request.keepAlive = head.http10() ? head.hasToken("Connection", "keep-alive")
                                        : !head.hasToken("Connection", "close");
    return Parse::Ready;
}

void ProxyConnection::reject(int status, QByteArrayView reason, const QString &message)
{
    ++m_proxy->m_counts.rejected;
    qCInfo(lcFaultProxy) << "rejected a request:" << status << message;
    m_client->write(jsonAnswer(status, reason, "bad_request", message, false));
    closeClient(); // what follows in the stream cannot be framed
}

void ProxyConnection::handle(FaultProxy::Outcome outcome)
{
    using Outcome = FaultProxy::Outcome;
    auto &counts = m_proxy->m_counts;
    m_outcome = outcome;
    switch (outcome) {
    case Outcome::Reset:
        ++counts.reset;
        emit m_proxy->requestHandled(outcome);
        resetClient();
        return;
    case Outcome::Unavailable:
        ++counts.unavailable;
        m_client->write(jsonAnswer(503, "Service Unavailable", "unavailable",
            QStringLiteral("fault proxy"), m_request.keepAlive, "Retry-After: 1\r\n"));
        emit m_proxy->requestHandled(outcome);
        if (!m_request.keepAlive)
            closeClient();
        return;
    case Outcome::Drop:
        ++counts.drop;
        forward();
        return;
    case Outcome::Delay:
        ++counts.delayed;
        m_busy = true;
        QTimer::singleShot(m_proxy->m_rates.delayTime, this, &ProxyConnection::forward);
        return;
    case Outcome::Forward:
        forward();
        return;
    }
}

void ProxyConnection::forward()
{
    if (m_closing)
        return; // the client left while the request waited out its delay
    m_busy = true;
    m_framer.start(m_request.head);
    m_up.clear();
    m_responseBytes = 0;
    if (m_upstream && m_upstream->state() == QAbstractSocket::ConnectedState) {
        m_reused = true;
        sendRequest();
    } else {
        openUpstream();
    }
}

void ProxyConnection::openUpstream()
{
    dropUpstream();
    m_reused = false;
    ++m_proxy->m_counts.upstreamConnections;
    m_upstream = new QTcpSocket(this);
    connect(m_upstream, &QTcpSocket::connected, this, [this] {
        m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_proxy->noteUpstream({});
        sendRequest();
    });
    connect(m_upstream, &QTcpSocket::readyRead, this, &ProxyConnection::onUpstreamBytes);
    connect(m_upstream, &QTcpSocket::disconnected, this, &ProxyConnection::onUpstreamGone);
    connect(m_upstream, &QTcpSocket::errorOccurred, this, &ProxyConnection::onUpstreamGone);
    m_upstream->connectToHost(m_proxy->m_upstreamAddress, m_proxy->m_upstreamPort);
}

void ProxyConnection::sendRequest()
{
    m_upstream->write(m_request.bytes);
}

void ProxyConnection::onUpstreamBytes()
{
    m_up += m_upstream->readAll();
    if (!m_busy || m_framer.complete()) {
        // Nothing was asked: a server that talks out of turn cannot be trusted with the next.
        qCInfo(lcFaultProxy) << "upstream sent" << m_up.size() << "bytes unasked; closing it";
        m_up.clear();
        dropUpstream();
        return;
    }
    const qsizetype n = m_framer.feed(m_up);
    if (n > 0) {
        if (m_outcome != FaultProxy::Outcome::Drop)
            m_client->write(m_up.constData(), n);
        m_responseBytes += n;
        m_up.remove(0, n);
    }
    if (m_framer.failed()) {
        badGateway(QStringLiteral("the upstream answer is not valid HTTP/1.1"));
        return;
    }
    if (m_framer.complete())
        finishResponse();
}

void ProxyConnection::onUpstreamGone()
{
    if (!m_upstream)
        return;
    QTcpSocket *upstream = m_upstream;
    const QString why = upstream->errorString();
    if (upstream->bytesAvailable() > 0)
        onUpstreamBytes(); // the last bytes arrive with the close
    if (m_upstream != upstream || !m_busy)
        return dropUpstream(); // done with (or idle): a keep-alive that timed out at the server
    if (m_framer.untilClose() && !m_framer.complete()) {
        m_framer.closed();
        dropUpstream();
        finishResponse();
        return;
    }
    const bool nothingBack = m_responseBytes == 0 && m_up.isEmpty();
    dropUpstream();
    if (nothingBack && m_reused && !m_retried) {
        // The server closed an idle keep-alive connection just as the request went out: the
        // request never reached it, so one retry on a fresh connection is what clients do too.
        m_retried = true;
        forward();
        return;
    }
    badGateway(why);
}

void ProxyConnection::finishResponse()
{
    using Outcome = FaultProxy::Outcome;
    if (!m_framer.keepAlive() || !m_up.isEmpty())
        dropUpstream();
    m_busy = false;
    m_retried = false;
    if (m_outcome == Outcome::Drop) {
        emit m_proxy->requestHandled(m_outcome);
        resetClient(); // the server has committed; the client never hears of it
        return;
    }
    ++m_proxy->m_counts.forwarded;
    emit m_proxy->requestHandled(m_outcome);
    if (!m_request.keepAlive || !m_framer.keepAlive()) {
        closeClient();
        return;
    }
    processRequests();
}

void ProxyConnection::badGateway(const QString &why)
{
    dropUpstream();
    m_busy = false;
    m_retried = false;
    m_proxy->noteUpstream(why);
    if (m_responseBytes > 0 || m_outcome == FaultProxy::Outcome::Drop) {
        // Part of an answer went out (or none was ever to): only a cut tells the client.
        emit m_proxy->requestHandled(m_outcome);
        resetClient();
        return;
    }
    ++m_proxy->m_counts.badGateway;
    const QString target = QStringLiteral("%1:%2")
                               .arg(m_proxy->m_upstreamAddress.toString())
                               .arg(m_proxy->m_upstreamPort);
    m_client->write(jsonAnswer(502, "Bad Gateway", "bad_gateway",
        QStringLiteral("fault proxy: upstream %1: %2").arg(target, why), m_request.keepAlive));
    emit m_proxy->requestHandled(m_outcome);
    if (!m_request.keepAlive) {
        closeClient();
        return;
    }
    processRequests();
}

void ProxyConnection::dropUpstream()
{
    if (!m_upstream)
        return;
    QTcpSocket *upstream = std::exchange(m_upstream, nullptr);
    disconnect(upstream, nullptr, this, nullptr);
    upstream->abort();
    upstream->deleteLater();
}

void ProxyConnection::resetClient()
{
    if (m_closing)
        return;
    m_closing = true;
    dropUpstream();
    resetSocket(m_client);
    finish();
}

void ProxyConnection::closeClient()
{
    if (m_closing)
        return;
    m_closing = true;
    dropUpstream();
    m_client->disconnectFromHost(); // after what is buffered has gone out; then finish()
    if (m_client->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void ProxyConnection::finish()
{
    if (!m_proxy->m_connections.remove(this))
        return; // already finished
    m_closing = true;
    dropUpstream();
    disconnect(m_client, nullptr, this, nullptr);
    m_client->abort();
    deleteLater();
}

FaultProxy::FaultProxy(const QHostAddress &upstreamAddress, quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_upstreamAddress(upstreamAddress)
    , m_upstreamPort(upstreamPort)
{
    connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
    connect(&m_flapTimer, &QTimer::timeout, this, [this] { setRefusing(!m_refusing); });
}

FaultProxy::~FaultProxy()
{
    m_connections.clear(); // the connections are children: QObject deletes them
}

bool FaultProxy::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port)) {
        m_error = QStringLiteral("cannot listen on %1:%2: %3")
                      .arg(address.toString())
                      .arg(port)
                      .arg(m_server->errorString());
        return false;
    }
    m_error.clear();
    m_address = m_server->serverAddress();
    m_port = m_server->serverPort(); // the one picked, so a refusing phase can give it back
    m_listening = true;
    updateFlap();
    return true;
}

void FaultProxy::close()
{
    m_listening = false;
    m_flapTimer.stop();
    m_refusing = false;
    m_server->close();
    for (ProxyConnection *connection : QSet<ProxyConnection *>(m_connections))
        connection->resetClient();
}

QHostAddress FaultProxy::address() const
{
    return m_address;
}

quint16 FaultProxy::port() const
{
    return m_port;
}

QUrl FaultProxy::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address().toString());
    url.setPort(port());
    return url;
}

void FaultProxy::setFaults(const FaultRates &rates)
{
    if (const QString problem = rates.validate(); !problem.isEmpty())
        throw std::invalid_argument(problem.toStdString());
    m_rates = rates;
    updateFlap();
}

void FaultProxy::setFaultsEnabled(bool enabled)
{
    m_enabled = enabled;
    updateFlap();
}

void FaultProxy::updateFlap()
{
    setRefusing(false); // every change starts (or ends) with the network up
    if (m_enabled && m_rates.flap.count() > 0 && m_listening)
        m_flapTimer.start(m_rates.flap);
    else
        m_flapTimer.stop();
}

void FaultProxy::setRefusing(bool refusing)
{
    if (refusing == m_refusing)
        return;
    m_refusing = refusing;
    qCDebug(lcFaultProxy) << (refusing ? "flap: refusing" : "flap: forwarding");
    if (refusing) {
        // Not listening is what makes connect() fail with "connection refused". Accepting and
        // then resetting is not the same: Qt's client, seeing the reset before it has noticed
        // the connection was made, quietly connects again, so the phase looks like a delay.
        m_server->close();
        ++m_counts.refusingPhases;
        const QSet<ProxyConnection *> open = m_connections;
        m_counts.cut += quint64(open.size());
        for (ProxyConnection *connection : open)
            connection->resetClient(); // the network went away: nothing open survives it
    } else {
        relisten();
    }
    emit refusingChanged(refusing);
}

void FaultProxy::relisten()
{
    if (!m_listening || m_refusing || m_server->isListening())
        return;
    if (!m_server->listen(m_address, m_port)) {
        // Someone took the port in the meantime (an outgoing connection's local port, most
        // likely): keep trying, the tests that use the proxy fail loudly if it stays gone.
        qCWarning(lcFaultProxy).noquote()
            << QStringLiteral("cannot listen again on %1:%2 after a refusing phase: %3; retrying")
                   .arg(m_address.toString())
                   .arg(m_port)
                   .arg(m_server->errorString());
        QTimer::singleShot(50ms, this, &FaultProxy::relisten);
    }
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_counts.connections;
        m_connections.insert(new ProxyConnection(this, socket));
    }
}

FaultProxy::Outcome FaultProxy::decide()
{
    // 53 random bits as a double in [0, 1): the same sequence for a seed on every platform,
    // which std::uniform_real_distribution does not promise.
    const double draw = double(m_random() >> 11) * 0x1.0p-53;
    if (!m_enabled)
        return Outcome::Forward;
    double edge = m_rates.reset;
    if (draw < edge)
        return Outcome::Reset;
    if (draw < (edge += m_rates.drop))
        return Outcome::Drop;
    if (draw < (edge += m_rates.unavailable))
        return Outcome::Unavailable;
    if (draw < (edge += m_rates.delay))
        return Outcome::Delay;
    return Outcome::Forward;
}

void FaultProxy::noteUpstream(const QString &problem)
{
    // Said once when the server stops answering and once when it is back, not per request.
    if (problem.isEmpty() == m_upstreamProblem.isEmpty())
        return;
    if (problem.isEmpty())
        qCInfo(lcFaultProxy) << "upstream reachable again";
    else
        qCWarning(lcFaultProxy).noquote() << QStringLiteral("upstream %1:%2: %3 (answering 502)")
                                                 .arg(m_upstreamAddress.toString())
                                                 .arg(m_upstreamPort)
                                                 .arg(problem);
    m_upstreamProblem = problem;
}

} // namespace lobbydesk
