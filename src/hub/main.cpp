// lobbydesk-hub: the upstream server that terminals enrol with and sync to.
#include "core/error.h"
#include "core/logging.h"
#include "hub/hubcommandline.h"
#include "hub/hubdatabase.h"
#include "hub/hubhttpserver.h"
#include "hub/hubretention.h"
#include "hub/webhookdeliverer.h"
#include "hub/webhookoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>
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
    const QCommandLineOption visitDaysOption(QStringLiteral("visit-retention-days"),
        QStringLiteral("Days after which visitors' personal data leaves the stored events "
                       "(default 180)."),
        QStringLiteral("days"), QString::number(HubRetention::kDefaultVisitDays));
    const QCommandLineOption idDaysOption(QStringLiteral("id-retention-days"),
        QStringLiteral("Days after which ID-number fragments leave them (default 30)."),
        QStringLiteral("days"), QString::number(HubRetention::kDefaultIdDays));
    parser.addOptions(
        { listenOption, dbOption, certOption, keyOption, visitDaysOption, idDaysOption });
    const WebhookOptions webhookOptions;
    webhookOptions.addTo(parser);
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

        const int visitDays = positiveOption(parser, visitDaysOption, QStringLiteral("days"));
        const int idDays = positiveOption(parser, idDaysOption, QStringLiteral("days"));
        HubRetention::checkPeriods(visitDays, idDays);
        const std::optional<WebhookConfig> webhook = webhookOptions.read(parser);
        HubDatabase db(parser.value(dbOption));
        HubHttpServer server(db, webhook ? webhook->events : QStringList());
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
        // Retention at start and then daily; a failure is logged and tried again next time.
        HubRetention retention(db, visitDays, idDays);
        auto purge = [&retention] {
            try {
                retention.run(QDateTime::currentDateTimeUtc());
            } catch (const Error &error) {
                qCWarning(lcHub) << "retention failed:" << error.message();
            }
        };
        QTimer daily;
        daily.setInterval(std::chrono::hours(24));
        QObject::connect(&daily, &QTimer::timeout, &app, purge);
        daily.start();
        QTimer::singleShot(0, &app, purge);
        std::optional<WebhookDeliverer> deliverer;
        if (webhook) {
            deliverer.emplace(db, *webhook);
            QObject::connect(
                &server, &HubHttpServer::eventsStored, &*deliverer, &WebhookDeliverer::wake);
            deliverer->start();
        }
        return app.exec();
    } catch (const Error &error) {
        return fail(error.message());
    }
}
