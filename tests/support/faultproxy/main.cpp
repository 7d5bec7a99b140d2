// lobbydesk-faultproxy: a fault-injecting HTTP/1.1 proxy between a client and a server on
// loopback, for sync tests and benchmarks. SIGUSR1 toggles the faults; SIGTERM/SIGINT end it.
// stdout: "listening on HOST:PORT" (first line, for scripts); stderr: counts as JSON lines.
#include "faultproxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTimer>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

using namespace lobbydesk;

namespace {

int signalPipe[2] = { -1, -1 };

// Only async-signal-safe work here: the event loop reads the number from the pipe.
void onSignal(int number)
{
    const int saved = errno;
    const char byte = char(number);
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
    errno = saved;
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "lobbydesk-faultproxy: %s\n", qPrintable(message));
    std::exit(2);
}

struct Endpoint
{
    QHostAddress address;
    quint16 port = 0;
};

// HOST:PORT with an IPv4 address, [IPv6] or localhost.
std::optional<Endpoint> parseEndpoint(const QString &text, bool portZeroAllowed)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535 || (port == 0 && !portZeroAllowed))
        return std::nullopt;
    Endpoint endpoint;
    endpoint.port = quint16(port);
    if (host == QLatin1String("localhost"))
        endpoint.address = QHostAddress(QHostAddress::LocalHost);
    else if (!endpoint.address.setAddress(host))
        return std::nullopt;
    return endpoint;
}

double probability(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const QString text = parser.value(option);
    const double value = text.toDouble(&ok);
    if (!ok || !(value >= 0.0 && value <= 1.0))
        fail(QStringLiteral("--%1: expected a probability between 0 and 1, got '%2'")
                 .arg(option.names().constFirst(), text));
    return value;
}

double nonNegative(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const QString text = parser.value(option);
    const double value = text.toDouble(&ok);
    if (!ok || !(value >= 0.0) || value > 1e9)
        fail(QStringLiteral("--%1: expected a number of at least 0, got '%2'")
                 .arg(option.names().constFirst(), text));
    return value;
}

void printStats(const FaultProxy &proxy, const char *event, const QElapsedTimer &clock)
{
    QJsonObject line = proxy.counts().toJson();
    line.insert(QStringLiteral("event"), QLatin1String(event));
    line.insert(QStringLiteral("faults"), proxy.faultsEnabled());
    line.insert(QStringLiteral("seconds"), double(clock.elapsed()) / 1000.0);
    std::fprintf(stderr, "%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lobbydesk-faultproxy"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A fault-injecting HTTP/1.1 proxy for tests: per request, with a seeded PRNG, it resets\n"
        "the client connection, drops the answer after the server committed, answers 503,\n"
        "delays, or forwards. SIGUSR1 toggles the faults; counts go to stderr as JSON lines."));
    parser.addHelpOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"),
        QStringLiteral("Where to listen (port 0: pick one). Default 127.0.0.1:0."),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption upstreamOption(QStringLiteral("upstream"),
        QStringLiteral("The HTTP server to forward to (required)."), QStringLiteral("host:port"));
    const QCommandLineOption resetOption(QStringLiteral("reset"),
        QStringLiteral("Probability of closing the client connection without forwarding."),
        QStringLiteral("p"), QStringLiteral("0"));
    const QCommandLineOption dropOption(QStringLiteral("drop"),
        QStringLiteral("Probability of forwarding, then closing the client without the answer."),
        QStringLiteral("p"), QStringLiteral("0"));
    const QCommandLineOption unavailableOption(QStringLiteral("unavailable"),
        QStringLiteral("Probability of answering 503 (Retry-After: 1) without forwarding."),
        QStringLiteral("p"), QStringLiteral("0"));
    const QCommandLineOption delayOption(QStringLiteral("delay"),
        QStringLiteral("Probability of waiting --delay-ms before forwarding."), QStringLiteral("p"),
        QStringLiteral("0"));
    const QCommandLineOption delayMsOption(QStringLiteral("delay-ms"),
        QStringLiteral("How long a delayed request waits. Default 200."), QStringLiteral("ms"),
        QStringLiteral("200"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        QStringLiteral("Seed of the fault PRNG. Default 1."), QStringLiteral("n"),
        QStringLiteral("1"));
    const QCommandLineOption faultsForOption(QStringLiteral("faults-for"),
        QStringLiteral("Inject faults for this long, then forward faithfully (0: forever)."),
        QStringLiteral("seconds"), QStringLiteral("0"));
    const QCommandLineOption faultsOffOption(QStringLiteral("faults-off"),
        QStringLiteral("Start forwarding faithfully; SIGUSR1 turns the faults on."));
    const QCommandLineOption flapOption(QStringLiteral("flap-ms"),
        QStringLiteral("Alternate N ms of forwarding and N ms of refusing every connection."),
        QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption statsOption(QStringLiteral("stats-every"),
        QStringLiteral("Print the counts to stderr this often (0: only at exit)."),
        QStringLiteral("seconds"), QStringLiteral("0"));
    parser.addOptions(
        { listenOption, upstreamOption, resetOption, dropOption, unavailableOption, delayOption,
            delayMsOption, seedOption, faultsForOption, faultsOffOption, flapOption, statsOption });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        fail(QStringLiteral("unexpected argument '%1' (see --help)")
                 .arg(parser.positionalArguments().constFirst()));

    const auto listen = parseEndpoint(parser.value(listenOption), true);
    if (!listen)
        fail(QStringLiteral("--listen: expected HOST:PORT, got '%1'")
                 .arg(parser.value(listenOption)));
    if (!parser.isSet(upstreamOption))
        fail(QStringLiteral("--upstream HOST:PORT is required"));
    const auto upstream = parseEndpoint(parser.value(upstreamOption), false);
    if (!upstream)
        fail(QStringLiteral("--upstream: expected HOST:PORT with a port from 1 to 65535, got '%1'")
                 .arg(parser.value(upstreamOption)));

    FaultRates rates;
    rates.reset = probability(parser, resetOption);
    rates.drop = probability(parser, dropOption);
    rates.unavailable = probability(parser, unavailableOption);
    rates.delay = probability(parser, delayOption);
    rates.delayTime = std::chrono::milliseconds(qint64(nonNegative(parser, delayMsOption)));
    rates.flap = std::chrono::milliseconds(qint64(nonNegative(parser, flapOption)));
    if (const QString problem = rates.validate(); !problem.isEmpty())
        fail(problem);
    bool seedOk = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!seedOk)
        fail(QStringLiteral("--seed: expected a whole number, got '%1'")
                 .arg(parser.value(seedOption)));
    const double faultsFor = nonNegative(parser, faultsForOption);
    const double statsEvery = nonNegative(parser, statsOption);

    FaultProxy proxy(upstream->address, upstream->port);
    proxy.setSeed(seed);
    proxy.setFaults(rates);
    proxy.setFaultsEnabled(!parser.isSet(faultsOffOption));
    if (!proxy.listen(listen->address, listen->port))
        fail(proxy.errorString());
    QString shownAddress = proxy.address().toString();
    if (proxy.address().protocol() == QAbstractSocket::IPv6Protocol)
        shownAddress = QLatin1Char('[') + shownAddress + QLatin1Char(']');
    std::printf("listening on %s:%u\n", qPrintable(shownAddress), unsigned(proxy.port()));
    std::fflush(stdout);

    QElapsedTimer clock;
    clock.start();
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalPipe) != 0)
        fail(QStringLiteral("socketpair: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    QSocketNotifier signalNotifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [&] {
        char number = 0;
        if (::read(signalPipe[0], &number, 1) != 1)
            return;
        if (number == SIGUSR1) {
            proxy.setFaultsEnabled(!proxy.faultsEnabled());
            printStats(proxy, proxy.faultsEnabled() ? "faults-on" : "faults-off", clock);
        } else {
            QCoreApplication::quit();
        }
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int number : { SIGUSR1, SIGTERM, SIGINT, SIGHUP })
        ::sigaction(number, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    QTimer faultsTimer;
    if (faultsFor > 0.0) {
        faultsTimer.setSingleShot(true);
        QObject::connect(&faultsTimer, &QTimer::timeout, &app, [&] {
            proxy.setFaultsEnabled(false);
            printStats(proxy, "faults-off", clock);
        });
        faultsTimer.start(std::chrono::milliseconds(qint64(faultsFor * 1000.0)));
    }
    QTimer statsTimer;
    if (statsEvery > 0.0) {
        QObject::connect(
            &statsTimer, &QTimer::timeout, &app, [&] { printStats(proxy, "stats", clock); });
        statsTimer.start(
            std::chrono::milliseconds(std::max<qint64>(qint64(statsEvery * 1000.0), 1)));
    }

    const int status = QCoreApplication::exec();
    proxy.close();
    printStats(proxy, "exit", clock);
    return status;
}
