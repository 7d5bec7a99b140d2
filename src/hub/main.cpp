// lobbydesk-hub: the upstream server that terminals enrol with and sync to.
#include "core/error.h"
#include "core/logging.h"
#include "hub/hubdatabase.h"
#include "hub/hubhttpserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <cstdio>

using namespace lobbydesk;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "lobbydesk-hub: %s\n", qPrintable(message));
    return 2;
}

QByteArray readFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Config,
            QStringLiteral("cannot read the %1 %2: %3").arg(what, path, file.errorString()));
    return file.readAll();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lobbydesk-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOBBYDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "LobbyDesk hub: terminals enrol here and sync their events (docs/sync-protocol.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"),
        QStringLiteral("Address and port (default 127.0.0.1:8470; port 0 picks a free one)."),
        QStringLiteral("addr:port"), QStringLiteral("127.0.0.1:8470"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("sqlite:PATH (default sqlite:/var/lib/lobbydesk-hub/hub.db) or "
                       "postgres://user@host:port/database."),
        QStringLiteral("url"), QStringLiteral("sqlite:/var/lib/lobbydesk-hub/hub.db"));
    const QCommandLineOption certOption(QStringLiteral("tls-cert"),
        QStringLiteral("PEM certificate: serve HTTPS."), QStringLiteral("file"));
    const QCommandLineOption keyOption(QStringLiteral("tls-key"),
        QStringLiteral("PEM private key of the certificate."), QStringLiteral("file"));
    parser.addOptions({ listenOption, dbOption, certOption, keyOption });
    parser.process(app);

    try {
        const QString listen = parser.value(listenOption);
        const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const uint port = listen.mid(colon + 1).toUInt(&portOk);
        const QHostAddress address(
            listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
        if (colon < 0 || !portOk || port > 65535 || address.isNull())
            throw Error(Error::Kind::Config,
                QStringLiteral("--listen wants ADDRESS:PORT like 127.0.0.1:8470, not '%1'")
                    .arg(listen));
        const bool tls = parser.isSet(certOption) || parser.isSet(keyOption);
        if (!tls && !address.isLoopback())
            throw Error(Error::Kind::Config,
                QStringLiteral("plain HTTP is only for loopback; give --tls-cert and --tls-key to "
                               "listen on %1")
                    .arg(address.toString()));

        HubDatabase db(parser.value(dbOption));
        HubHttpServer server(db);
        if (tls) {
            if (!parser.isSet(certOption) || !parser.isSet(keyOption))
                throw Error(Error::Kind::Config,
                    QStringLiteral("HTTPS needs both --tls-cert and --tls-key"));
            const QSslCertificate certificate(
                readFile(parser.value(certOption), QStringLiteral("certificate")));
            const QSslKey key(readFile(parser.value(keyOption), QStringLiteral("key")), QSsl::Rsa);
            const QSslKey ecKey(readFile(parser.value(keyOption), QStringLiteral("key")), QSsl::Ec);
            if (certificate.isNull())
                throw Error(Error::Kind::Config, QStringLiteral("the certificate is not PEM"));
            if (key.isNull() && ecKey.isNull())
                throw Error(
                    Error::Kind::Config, QStringLiteral("the key is not a PEM RSA or EC key"));
            server.sslSetup(certificate, key.isNull() ? ecKey : key);
        }
        const quint16 bound = server.listen(address, quint16(port));
        if (bound == 0)
            throw Error(Error::Kind::Config,
                QStringLiteral("cannot listen on %1: the port is in use or not allowed")
                    .arg(listen));
        std::printf("lobbydesk-hub listening on %s://%s:%u (%s)\n", tls ? "https" : "http",
            qPrintable(address.toString()), bound, qPrintable(db.description()));
        std::fflush(stdout);
        return app.exec();
    } catch (const Error &error) {
        return fail(error.message());
    }
}
