#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <random>

class QTcpServer;

namespace lobbydesk {

class ProxyConnection;

// What the proxy does to each request, drawn per request. The four probabilities are
// exclusive (one draw decides), so they must add up to at most 1; what is left is forwarded.
struct FaultRates
{
    double reset = 0.0; // close the client connection, nothing forwarded
    double drop = 0.0; // forward, read the whole answer, then close the client without it
    double unavailable = 0.0; // answer 503 + Retry-After: 1 ourselves, nothing forwarded
    double delay = 0.0; // wait delayTime, then forward normally
    std::chrono::milliseconds delayTime { 200 };
    // When > 0: alternate `flap` of forwarding and `flap` of refusing every connection (the
    // network flapping): the proxy stops listening, so connecting fails with "connection
    // refused", and cuts what is open. Starts with a forwarding phase.
    std::chrono::milliseconds flap { 0 };

    // Empty if usable, else why not ("drop must be between 0 and 1").
    [[nodiscard]] QString validate() const;
};

// How many of each outcome so far. "forwarded" counts answers relayed to the client in full
// (delayed ones included); the fault counters count requests (reset, drop, unavailable,
// delayed), except cut (connections) and refusingPhases.
struct FaultCounts
{
    quint64 connections = 0; // client connections accepted
    quint64 requests = 0; // complete requests read from clients
    quint64 forwarded = 0;
    quint64 reset = 0;
    quint64 drop = 0;
    quint64 unavailable = 0;
    quint64 delayed = 0;
    quint64 badGateway = 0; // 502: upstream refused or closed before answering
    quint64 rejected = 0; // 400/411/431: requests the proxy could not frame (chunked bodies)
    quint64 refusingPhases = 0; // flap phases begun in which connecting is refused
    quint64 cut = 0; // open connections cut when a refusing phase began
    quint64 upstreamConnections = 0; // connections opened to the server

    [[nodiscard]] QJsonObject toJson() const;
};

// A fault-injecting HTTP/1.1 proxy for loopback tests: it sits between a client and a server,
// frames each request and each answer (Content-Length, chunked, or until close) and, per
// request and with a seeded PRNG, resets, drops, answers 503, delays or forwards it. One
// upstream connection per client connection, kept alive while both ends allow it.
// Single-threaded: it lives in the thread that runs its event loop (a test's, or main()).
class FaultProxy final : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Forward, Reset, Drop, Unavailable, Delay };
    Q_ENUM(Outcome)

    FaultProxy(
        const QHostAddress &upstreamAddress, quint16 upstreamPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    // Port 0 picks a free one (see port()). False with errorString() if it cannot listen.
    bool listen(
        const QHostAddress &address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0);
    void close(); // stops listening and closes every connection
    [[nodiscard]] bool isListening() const { return m_listening; } // refusing phases included
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QHostAddress address() const;
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QUrl url() const; // http://address:port

    // Throws std::invalid_argument if rates.validate() says no. Applies to requests decided
    // from now on (and restarts the flap cycle).
    void setFaults(const FaultRates &rates);
    [[nodiscard]] FaultRates faults() const { return m_rates; }
    // Off: every request is forwarded faithfully and flapping stops; the rates are kept.
    void setFaultsEnabled(bool enabled);
    [[nodiscard]] bool faultsEnabled() const { return m_enabled; }
    void setSeed(quint64 seed) { m_random.seed(seed); }

    [[nodiscard]] FaultCounts counts() const { return m_counts; }
    void resetCounts() { m_counts = {}; }
    [[nodiscard]] int openConnections() const { return int(m_connections.size()); }
    [[nodiscard]] bool refusing() const { return m_refusing; } // in a flap's refusing phase

signals:
    // Once a request's fate is sealed: relayed, dropped, reset, answered with 503 or 502.
    void requestHandled(lobbydesk::FaultProxy::Outcome outcome);
    void refusingChanged(bool refusing);

private:
    friend class ProxyConnection;

    void onNewConnection();
    void updateFlap();
    void setRefusing(bool refusing);
    void relisten();
    void noteUpstream(const QString &problem); // empty: the server answered
    [[nodiscard]] Outcome decide();

    QTcpServer *m_server;
    QHostAddress m_upstreamAddress;
    quint16 m_upstreamPort;
    QString m_error;
    QString m_upstreamProblem;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_listening = false;
    FaultRates m_rates;
    bool m_enabled = true;
    bool m_refusing = false;
    QTimer m_flapTimer;
    std::mt19937_64 m_random { 1 };
    FaultCounts m_counts;
    QSet<ProxyConnection *> m_connections;
};

} // namespace lobbydesk
