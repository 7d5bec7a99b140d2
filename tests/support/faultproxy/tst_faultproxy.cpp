// The fault proxy between clients (QNetworkAccessManager, raw sockets) and small upstreams on
// loopback, all in this thread's event loop: each outcome does what it says, answers of every
// framing pass unchanged, keep-alive holds, counts add up, and the executable behaves.
#include "faultproxy.h"
#include "httpframing.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <catch2/catch.hpp>
#include <csignal>
#include <functional>
#include <memory>

#ifdef FAULTPROXY_HAVE_HTTPSERVER
#include <QHttpServer>
#endif

using namespace lobbydesk;
using namespace std::chrono_literals;
using Outcome = FaultProxy::Outcome;

namespace {

// Runs the event loop until done() or the timeout; sleeps in the loop rather than polling, so
// thousands of exchanges stay fast.
bool waitFor(const std::function<bool()> &done, std::chrono::milliseconds timeout = 5000ms)
{
    QElapsedTimer clock;
    clock.start();
    QTimer wake;
    wake.start(50ms);
    while (!done()) {
        if (clock.elapsed() > timeout.count())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// A tiny HTTP/1.1 server that counts what reaches it. The path picks the answer's framing:
// /length (Content-Length), /chunked (several chunks, written apart), /close (no length: the
// body ends with the connection); anything else answers like /length. Bodies name the path
// and the request number, so a relayed answer can be told from an invented one.
class Upstream : public QObject
{
public:
    Upstream()
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++connections;
                socket->setParent(this);
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket,
                    [this, socket, buffer] { onBytes(socket, *buffer); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    }
    quint16 port() const { return server.serverPort(); }

    int connections = 0;
    int requests = 0;
    QByteArray lastBody;
    QTcpServer server;

private:
    void onBytes(QTcpSocket *socket, QByteArray &buffer)
    {
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = http::headEnd(buffer);
            if (end < 0)
                return;
            http::MessageHead head;
            if (!head.parse(QByteArrayView(buffer).first(end - 4)))
                return; // the proxy's tests would see the missing answer
            const qint64 length = std::max<qint64>(head.contentLength(), 0);
            if (buffer.size() < end + length)
                return;
            lastBody = buffer.mid(end, length);
            buffer.remove(0, end + length);
            ++requests;
            const QList<QByteArray> requestLine = head.startLine.split(' ');
            answer(socket, requestLine.value(1), requestLine.value(0) == "HEAD");
        }
    }
    void answer(QTcpSocket *socket, const QByteArray &path, bool head)
    {
        const QByteArray body = "answer " + QByteArray::number(requests) + " to " + path;
        if (head) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\n\r\n");
            return;
        }
        if (path == "/chunked") {
            socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            socket->write(QByteArray::number(body.size(), 16) + ";ext=1\r\n" + body + "\r\n");
            socket->flush();
            socket->write("3\r\n!!!\r\n0\r\nX-Trailer: yes\r\n\r\n");
        } else if (path == "/close") {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n" + body);
            socket->disconnectFromHost();
        } else {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    }
};

struct Reply
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    bool finished = false;
};

Reply fetch(QNetworkAccessManager &client, const QUrl &url, const QByteArray &postBody = {})
{
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain"));
    QNetworkReply *reply = postBody.isNull() ? client.get(request) : client.post(request, postBody);
    Reply result;
    QObject::connect(reply, &QNetworkReply::finished, reply, [&] { result.finished = true; });
    REQUIRE(waitFor([&] { return result.finished; }, 15000ms));
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return result;
}

// A client socket for exact checks: what bytes come back to one request, and whether the
// proxy closed (or reset) the connection after them.
struct RawClient
{
    explicit RawClient(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        waitFor([&] { return socket.state() == QAbstractSocket::ConnectedState || closed(); });
        connected = socket.state() == QAbstractSocket::ConnectedState;
    }
    bool closed() const { return socket.state() == QAbstractSocket::UnconnectedState; }
    // The answer to request, framed; empty if the connection ended first.
    QByteArray exchange(const QByteArray &request, bool head = false)
    {
        http::ResponseFramer framer;
        framer.start(head);
        socket.write(request);
        QByteArray got;
        waitFor([&] {
            got += socket.readAll();
            framer.start(head);
            framer.feed(got);
            return framer.complete() || closed();
        });
        got += socket.readAll();
        if (closed())
            framer.closed();
        return framer.complete() ? got : QByteArray();
    }
    QTcpSocket socket;
    bool connected = false;
};

QByteArray get(const QByteArray &path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: test\r\n\r\n";
}

QUrl at(const FaultProxy &proxy, const QString &path)
{
    QUrl url = proxy.url();
    url.setPath(path);
    return url;
}

FaultRates only(double FaultRates::*which)
{
    FaultRates rates;
    rates.*which = 1.0;
    return rates;
}

} // namespace

TEST_CASE("answers of every framing pass through unchanged", "[faultproxy]")
{
    Upstream upstream;
    FaultProxy proxy(QHostAddress::LocalHost, upstream.port());
    REQUIRE(proxy.listen());
    QNetworkAccessManager client;

    const Reply length = fetch(client, at(proxy, QStringLiteral("/length")));
    CHECK(length.error == QNetworkReply::NoError);
    CHECK(length.body == "answer 1 to /length");
    const Reply chunked = fetch(client, at(proxy, QStringLiteral("/chunked")));
    CHECK(chunked.error == QNetworkReply::NoError);
    CHECK(chunked.body == "answer 2 to /chunked!!!");
    const Reply post = fetch(client, at(proxy, QStringLiteral("/length")), QByteArray(100000, 'x'));
    CHECK(post.error == QNetworkReply::NoError);
    CHECK(upstream.lastBody == QByteArray(100000, 'x'));
    CHECK(upstream.requests == 3);

    // Raw bytes: the relayed answer is byte for byte the server's, chunk extensions and trailer
    // included, and a HEAD answer's Content-Length does not make the proxy wait for a body.
    RawClient raw(proxy.port());
    REQUIRE(raw.connected);
    const QByteArray chunkedBytes = raw.exchange(get("/chunked"));
    CHECK(chunkedBytes
        == "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n14;ext=1\r\nanswer 4 to "
           "/chunked\r\n3\r\n!!!\r\n0\r\nX-Trailer: yes\r\n\r\n");
    const QByteArray headBytes = raw.exchange("HEAD /length HTTP/1.1\r\nHost: test\r\n\r\n", true);
    CHECK(headBytes.startsWith("HTTP/1.1 200 OK\r\n"));
    CHECK(headBytes == "HTTP/1.1 200 OK\r\nContent-Length: 19\r\n\r\n"); // and no body
    CHECK(raw.exchange(get("/length")).endsWith("answer 6 to /length"));
    CHECK_FALSE(raw.closed());
    // An answer that ends with the connection ends the client's connection too. (Not with
    // QNetworkAccessManager: it sometimes sends such a request twice, on two connections.)
    const QByteArray closeBytes = raw.exchange(get("/close"));
    CHECK(closeBytes.endsWith("\r\n\r\nanswer 7 to /close"));
    CHECK(raw.closed());
    CHECK(proxy.counts().forwarded == 7);
    CHECK(proxy.counts().requests == 7);
}

TEST_CASE("one client connection and one upstream connection serve many requests", "[faultproxy]")
{
    Upstream upstream;
    FaultProxy proxy(QHostAddress::LocalHost, upstream.port());
    REQUIRE(proxy.listen());
    QNetworkAccessManager client;
    constexpr int count = 2000;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        const Reply reply = fetch(client, at(proxy, QStringLiteral("/length")));
        REQUIRE(reply.error == QNetworkReply::NoError);
    }
    const double perSecond = count * 1000.0 / std::max<qint64>(clock.elapsed(), 1);
    qInfo("faultproxy: %d sequential keep-alive requests through the proxy: %.0f/s", count,
        perSecond);
    CHECK(perSecond > 300); // loopback does thousands; this only catches a stall per request
    CHECK(upstream.requests == count);
    CHECK(proxy.counts().connections == 1);
    CHECK(upstream.connections == 1);
    CHECK(proxy.counts().upstreamConnections == 1);
    CHECK(proxy.counts().forwarded == count);
}

TEST_CASE("reset: the request never reaches the server", "[faultproxy]")
{
    Upstream upstream;
    FaultProxy proxy(QHostAddress::LocalHost, upstream.port());
    proxy.setFaults(only(&FaultRates::reset));
    REQUIRE(proxy.listen());
    QNetworkAccessManager client;
    const Reply reply = fetch(client, at(proxy, QStringLiteral("/length")), "payment");
    CHECK(reply.error != QNetworkReply::NoError);
    CHECK(reply.status == 0);
    CHECK(upstream.requests == 0);
    CHECK(upstream.connections == 0);
    CHECK(proxy.counts().reset >= 1); // Qt's client tries again on a fresh connection
    CHECK(proxy.counts().reset == proxy.counts().requests);

    RawClient raw(proxy.port());
    CHECK(raw.exchange(get("/length")).isEmpty());
    CHECK(raw.closed());
    CHECK(upstream.requests == 0);
}

TEST_CASE("drop: the server commits but the answer is lost", "[faultproxy]")
{
    Upstream upstream;
    FaultProxy proxy(QHostAddress::LocalHost, upstream.port());
    proxy.setFaults(only(&FaultRates::drop));
    REQUIRE(proxy.listen());
    QNetworkAccessManager client;
    const Reply reply = fetch(client, at(proxy, QStringLiteral("/length")), "payment");
    CHECK(reply.error != QNetworkReply::NoError);
    CHECK(upstream.requests >= 1);
    CHECK(upstream.lastBody == "payment");
    CHECK(proxy.counts().forwarded == 0);

    // Exactly one request per drop, whatever the framing: the proxy reads the whole answer
    // (chunked, until close) before it cuts the client.
    for (const QByteArray path : { "/length", "/chunked", "/close" }) {
        const int before = upstream.requests;
        const quint64 drops = proxy.counts().drop;
        RawClient raw(proxy.port());
        REQUIRE(raw.connected);
        CHECK(raw.exchange(get(path)).isEmpty());
        CHECK(raw.closed());
        CHECK(upstream.requests == before + 1);
        CHECK(proxy.counts().drop == drops + 1);
    }
}

TEST_CASE("unavailable: 503 with Retry-After and a JSON body, nothing forwarded", "[faultproxy]")
{
    Upstream upstream;
    FaultProxy proxy(QHostAddress::LocalHost, upstream.port());
    proxy.setFaults(only(&FaultRates::unavailable));
    REQUIRE(proxy.listen());
    QNetworkAccessManager client;
    for (int i = 0; i < 5; ++i) {
        const Reply reply = fetch(client, at(proxy, QStringLiteral("/length")), "payment");
        CHECK(reply.status == 503);
        CHECK(reply.retryAfter == "1");
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        CHECK(body.value(QStringLiteral("error")).toString() == QStringLiteral("unavailable"));
        CHECK(body.value(QStringLiteral("message")).toString() == QStringLiteral("fault proxy"));
    }
    CHECK(upstream.requests == 0);
    CHECK(proxy.counts().unavailable == 5);
    CHECK(proxy.counts().connections == 1); // the 503s keep the connection alive
}

TEST_CASE("delay: the request waits, then goes through", "[faultproxy]")
{
    Upstream upstream;
    FaultProxy proxy(QHostAddress::LocalHost, upstream.port());
    FaultRates rates = only(&FaultRates::delay);
    rates.delayTime = 300ms;
    proxy.setFaults(rates);
    REQUIRE(proxy.listen());
    QNetworkAccessManager client;
    QElapsedTimer clock;
    clock.start();
    const Reply reply = fetch(client, at(proxy, QStringLiteral("/chunked")));
    CHECK(clock.elapsed() >= 290);
    CHECK(reply.error == QNetworkReply::NoError);
    CHECK(reply.body == "answer 1 to /chunked!!!");
    CHECK(proxy.counts().delayed == 1);
    CHECK(proxy.counts().forwarded == 1);
}

TEST_CASE("faults switch off and on at runtime", "[faultproxy]")
{
    Upstream upstream;
    FaultProxy proxy(QHostAddress::LocalHost, upstream.port());
    proxy.setFaults(only(&FaultRates::unavailable));
    REQUIRE(proxy.listen());
    QNetworkAccessManager client;
    CHECK(fetch(client, at(proxy, QStringLiteral("/a"))).status == 503);
    proxy.setFaultsEnabled(false);
    CHECK(fetch(client, at(proxy, QStringLiteral("/b"))).status == 200);
    proxy.setFaultsEnabled(true);
    CHECK(fetch(client, at(proxy, QStringLiteral("/c"))).status == 503);
    proxy.setFaults({});
    CHECK(fetch(client, at(proxy, QStringLiteral("/d"))).status == 200);
    CHECK(upstream.requests == 2);

    FaultRates tooMuch;
    tooMuch.reset = 0.6;
    tooMuch.drop = 0.6;
    CHECK_THROWS_AS(proxy.setFaults(tooMuch), std::invalid_argument);
    tooMuch.drop = -0.1;
    CHECK_FALSE(tooMuch.validate().isEmpty());
}

TEST_CASE("mixed rates: counts add up, follow the rates, and a seed repeats", "[faultproxy]")
{
    FaultRates rates;
    rates.reset = 0.1;
    rates.drop = 0.1;
    rates.unavailable = 0.2;
    rates.delay = 0.1;
    rates.delayTime = 1ms;
    const auto run = [&](quint64 seed) {
        Upstream upstream;
        FaultProxy proxy(QHostAddress::LocalHost, upstream.port());
        proxy.setSeed(seed);
        proxy.setFaults(rates);
        REQUIRE(proxy.listen());
        QList<Outcome> outcomes;
        QObject::connect(&proxy, &FaultProxy::requestHandled, &proxy,
            [&](Outcome outcome) { outcomes.append(outcome); });
        auto raw = std::make_unique<RawClient>(proxy.port());
        int answered = 0;
        for (int i = 0; i < 1000; ++i) {
            if (raw->closed())
                raw = std::make_unique<RawClient>(proxy.port()); // as a client after a cut
            answered += raw->exchange(get("/length")).isEmpty() ? 0 : 1;
        }
        const FaultCounts counts = proxy.counts();
        CHECK(counts.requests == 1000);
        CHECK(outcomes.size() == 1000);
        CHECK(counts.reset + counts.drop + counts.unavailable + counts.forwarded == 1000);
        CHECK(quint64(answered) == counts.unavailable + counts.forwarded);
        CHECK(quint64(upstream.requests) == counts.drop + counts.forwarded);
        CHECK(counts.connections >= counts.reset + counts.drop); // a new one after each cut
        CHECK(counts.connections <= 1 + counts.reset + counts.drop);
        const auto near = [](quint64 n, double rate) { return std::abs(n / 1000.0 - rate) < 0.05; };
        CHECK(near(counts.reset, rates.reset));
        CHECK(near(counts.drop, rates.drop));
        CHECK(near(counts.unavailable, rates.unavailable));
        CHECK(near(counts.delayed, rates.delay));
        return outcomes;
    };
    const QList<Outcome> first = run(7);
    CHECK(run(7) == first);
    CHECK(run(8) != first);
}

TEST_CASE("an upstream that refuses gets the client a 502", "[faultproxy]")
{
    quint16 deadPort = 0;
    {
        QTcpServer probe; // a port that was free a moment ago, and nobody listens on now
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        deadPort = probe.serverPort();
    }
    FaultProxy proxy(QHostAddress::LocalHost, deadPort);
    REQUIRE(proxy.listen());
    QNetworkAccessManager client;
    const Reply reply = fetch(client, at(proxy, QStringLiteral("/length")));
    CHECK(reply.status == 502);
    CHECK(QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("error")).toString()
        == QStringLiteral("bad_gateway"));
    CHECK(proxy.counts().badGateway == 1);

    // And the next one, once the server is there, goes through on the same client connection.
    Upstream upstream;
    upstream.server.close();
    REQUIRE(upstream.server.listen(QHostAddress::LocalHost, deadPort));
    CHECK(fetch(client, at(proxy, QStringLiteral("/length"))).status == 200);
    CHECK(proxy.counts().connections == 1);
}

TEST_CASE("an upstream that closes idle keep-alive connections costs nothing", "[faultproxy]")
{
    Upstream upstream;
    FaultProxy proxy(QHostAddress::LocalHost, upstream.port());
    REQUIRE(proxy.listen());
    QNetworkAccessManager client;
    for (int i = 0; i < 5; ++i) {
        CHECK(fetch(client, at(proxy, QStringLiteral("/length"))).status == 200);
        for (QTcpSocket *socket : upstream.findChildren<QTcpSocket *>())
            socket->disconnectFromHost(); // the server's idle timeout
        QCoreApplication::processEvents();
    }
    CHECK(upstream.requests == 5);
    CHECK(proxy.counts().badGateway == 0);
    CHECK(proxy.counts().connections == 1);
}

TEST_CASE("requests the proxy cannot frame are refused cleanly", "[faultproxy]")
{
    Upstream upstream;
    FaultProxy proxy(QHostAddress::LocalHost, upstream.port());
    REQUIRE(proxy.listen());
    {
        RawClient raw(proxy.port());
        const QByteArray answer = raw.exchange("POST /x HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: "
                                               "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        CHECK(answer.startsWith("HTTP/1.1 411 Length Required\r\n"));
        CHECK(answer.contains("Connection: close\r\n"));
        CHECK(waitFor([&] { return raw.closed(); }));
    }
    {
        RawClient raw(proxy.port());
        CHECK(raw.exchange("nonsense\r\n\r\n").startsWith("HTTP/1.1 400 Bad Request\r\n"));
    }
    {
        // A client that waits for 100 Continue gets it, then its answer.
        RawClient raw(proxy.port());
        raw.socket.write(
            "POST /e HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
        QByteArray got;
        REQUIRE(waitFor([&] { return (got += raw.socket.readAll()).contains("100 Continue"); }));
        CHECK(raw.exchange("body").endsWith("answer 1 to /e"));
        CHECK(upstream.lastBody == "body");
    }
    CHECK(upstream.requests == 1);
    CHECK(proxy.counts().rejected == 2);
}

TEST_CASE("flap: phases of refusing every connection and of forwarding", "[faultproxy]")
{
    Upstream upstream;
    FaultProxy proxy(QHostAddress::LocalHost, upstream.port());
    FaultRates rates;
    rates.flap = 150ms;
    proxy.setFaults(rates);
    REQUIRE(proxy.listen());
    int refusingPhases = 0;
    QObject::connect(&proxy, &FaultProxy::refusingChanged, &proxy,
        [&](bool refusing) { refusingPhases += refusing ? 1 : 0; });
    int answered = 0;
    int failed = 0;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 1000) {
        RawClient raw(proxy.port());
        if (raw.connected && !raw.exchange(get("/length")).isEmpty())
            ++answered;
        else
            ++failed;
        waitFor([] { return false; }, 10ms);
    }
    CHECK(refusingPhases >= 3);
    CHECK(answered > 5);
    CHECK(failed > 5);
    CHECK(proxy.counts().refusingPhases >= 3);

    proxy.setFaultsEnabled(false); // flapping stops with the faults
    CHECK_FALSE(proxy.refusing());
    for (int i = 0; i < 10; ++i) {
        RawClient raw(proxy.port());
        CHECK_FALSE(raw.exchange(get("/length")).isEmpty());
        waitFor([] { return false; }, 30ms);
    }
}

#ifdef FAULTPROXY_HAVE_HTTPSERVER
TEST_CASE("in front of a Qt HTTP server", "[faultproxy][httpserver]")
{
    QHttpServer server;
    int hits = 0;
    server.route(QStringLiteral("/count"), [&](const QHttpServerRequest &) {
        ++hits;
        return QJsonObject { { QStringLiteral("hits"), hits } };
    });
    const quint16 serverPort = server.listen(QHostAddress::LocalHost, 0);
    REQUIRE(serverPort != 0);
    FaultProxy proxy(QHostAddress::LocalHost, serverPort);
    REQUIRE(proxy.listen());
    QNetworkAccessManager client;

    for (int i = 1; i <= 50; ++i) {
        const Reply reply = fetch(client, at(proxy, QStringLiteral("/count")));
        REQUIRE(reply.status == 200);
        CHECK(QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("hits")).toInt()
            == i);
    }
    CHECK(proxy.counts().connections == 1);
    CHECK(proxy.counts().upstreamConnections == 1);

    proxy.setFaults(only(&FaultRates::drop));
    const int before = hits;
    CHECK(fetch(client, at(proxy, QStringLiteral("/count"))).error != QNetworkReply::NoError);
    CHECK(hits > before);

    proxy.setFaults(only(&FaultRates::reset));
    const int beforeReset = hits;
    CHECK(fetch(client, at(proxy, QStringLiteral("/count"))).error != QNetworkReply::NoError);
    CHECK(hits == beforeReset);

    proxy.setFaults(only(&FaultRates::unavailable));
    CHECK(fetch(client, at(proxy, QStringLiteral("/count"))).status == 503);
    CHECK(hits == beforeReset);
}
#endif

TEST_CASE("the lobbydesk-faultproxy executable", "[faultproxy][process]")
{
    Upstream upstream;
    QProcess process;
    process.start(QStringLiteral(FAULTPROXY_EXECUTABLE),
        { QStringLiteral("--upstream"), QStringLiteral("127.0.0.1:%1").arg(upstream.port()),
            QStringLiteral("--unavailable"), QStringLiteral("1"), QStringLiteral("--stats-every"),
            QStringLiteral("0.2") });
    REQUIRE(waitFor([&] { return process.canReadLine(); }));
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    REQUIRE(line.startsWith(QStringLiteral("listening on 127.0.0.1:")));
    const quint16 port = line.section(QLatin1Char(':'), -1).toUShort();
    REQUIRE(port != 0);
    QUrl url(QStringLiteral("http://127.0.0.1/length"));
    url.setPort(port);
    QNetworkAccessManager client;
    CHECK(fetch(client, url).status == 503);

    ::kill(pid_t(process.processId()), SIGUSR1); // faults off
    QByteArray errors;
    REQUIRE(waitFor([&] {
        errors += process.readAllStandardError();
        return errors.contains("\"event\":\"faults-off\"");
    }));
    CHECK(fetch(client, url).status == 200);
    CHECK(upstream.requests == 1);

    process.terminate();
    REQUIRE(waitFor([&] { return process.state() == QProcess::NotRunning; }));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
    errors += process.readAllStandardError();
    const QList<QByteArray> errLines = errors.trimmed().split('\n');
    const QJsonObject last = QJsonDocument::fromJson(errLines.last()).object();
    CHECK(last.value(QStringLiteral("event")).toString() == QStringLiteral("exit"));
    CHECK(last.value(QStringLiteral("unavailable")).toInt() == 1);
    CHECK(last.value(QStringLiteral("forwarded")).toInt() == 1);
    CHECK(last.value(QStringLiteral("faults")).toBool() == false);
    CHECK(errLines.size() >= 2); // a "faults-off" line, and "stats" lines every 0.2 s

    // Errors: bad values, a port in use.
    QProcess bad;
    bad.start(QStringLiteral(FAULTPROXY_EXECUTABLE),
        { QStringLiteral("--upstream"), QStringLiteral("127.0.0.1:1"), QStringLiteral("--drop"),
            QStringLiteral("1.5") });
    REQUIRE(bad.waitForFinished(5000));
    CHECK(bad.exitCode() == 2);
    CHECK(bad.readAllStandardError().contains("--drop: expected a probability between 0 and 1"));
    QProcess busy;
    busy.start(QStringLiteral(FAULTPROXY_EXECUTABLE),
        { QStringLiteral("--upstream"), QStringLiteral("127.0.0.1:1"), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:%1").arg(upstream.port()) });
    REQUIRE(busy.waitForFinished(5000));
    CHECK(busy.exitCode() == 2);
    CHECK(busy.readAllStandardError().contains("cannot listen on 127.0.0.1:"));
}
