// A card reported lost at one desk is refused at another terminal after a sync through a real
// lobbydesk-hub, its tap there is flagged back to the desk and the desk's acknowledgement
// reaches the terminal, and the hub's blocked-card export lists it (SQLite or PostgreSQL hub,
// as tst_sync.cpp).
#include "hub/hubadmin.h"
#include "hubfixture.h"
#include "services/cards.h"
#include "sync/hublink.h"
#include "testterminal.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

const QString kSite = QStringLiteral("harbour");

QJsonObject getJson(const QString &url, const QByteArray &authorization, int &status)
{
    QNetworkAccessManager network;
    QNetworkRequest request { QUrl(url) };
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return body;
}

} // namespace

TEST_CASE("a card reported lost at the desk is refused at the kiosk after sync, and exported")
{
    HubFixture hub;
    HubAdmin admin(hub.db());
    admin.createSite(kSite, QStringLiteral("Harbour Tower"));
    TestTerminal desk;
    TestTerminal kiosk(Role::Kiosk);
    desk.enrol(hub.url(), admin.createEnrolmentCode(kSite, std::chrono::hours(1)));
    kiosk.enrol(hub.url(), admin.createEnrolmentCode(kSite, std::chrono::hours(1)));
    QFile sample(QStringLiteral(LOBBYDESK_SAMPLE_DIRECTORY));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    admin.importDirectory(kSite, sample.readAll());
    REQUIRE(desk.round().ok);
    REQUIRE(kiosk.round().ok);

    Cards deskCards(desk.store().events());
    Cards kioskCards(kiosk.store().events());
    CHECK(kioskCards.check(QStringLiteral("04A1B2C3")).status == CardCheck::Status::Tenant);

    // Issued at the desk: known at the kiosk after sync.
    CardRequestForm form;
    form.personId = QStringLiteral("P-0003");
    form.unit = QStringLiteral("1202");
    const CardRequest request = deskCards.request(form, QStringLiteral("clerk"));
    deskCards.approve(request.id, { true, QStringLiteral("20"), {}, {} }, QStringLiteral("clerk"));
    deskCards.issue(request.id, QStringLiteral("04CAFE01"), QStringLiteral("clerk"));
    REQUIRE(desk.round().ok);
    REQUIRE(kiosk.round().ok);
    CHECK(kioskCards.check(QStringLiteral("04CAFE01")).personName == QStringLiteral("王伟"));

    deskCards.reportLost(QStringLiteral("P-0003"), {}, QStringLiteral("clerk"));
    CHECK(kioskCards.check(QStringLiteral("04CAFE01")).status == CardCheck::Status::Tenant);
    REQUIRE(desk.round().ok);
    REQUIRE(kiosk.round().ok);
    CHECK(kioskCards.check(QStringLiteral("04CAFE01")).status == CardCheck::Status::Blocked);

    // Tapped at the kiosk: the desk sees the flag after the next rounds.
    kioskCards.tapped(QStringLiteral("04CAFE01"));
    REQUIRE(kiosk.round().ok);
    REQUIRE(desk.round().ok);
    REQUIRE(deskCards.blockedTaps().size() == 1);
    CHECK(deskCards.blockedTaps().first().terminalId == kiosk.id());

    // Acknowledged at the desk: the hub takes the event, and the kiosk sees who did it.
    deskCards.acknowledgeTap(deskCards.blockedTaps().first().eventId,
        QStringLiteral("called the holder"), QStringLiteral("clerk"));
    REQUIRE(desk.round().ok);
    REQUIRE(kiosk.round().ok);
    REQUIRE(kioskCards.blockedTaps().size() == 1);
    CHECK(kioskCards.blockedTaps().first().acknowledgedBy == QStringLiteral("clerk"));
    CHECK(kioskCards.blockedTaps().first().note == QStringLiteral("called the holder"));
    CHECK(kioskCards.unacknowledgedTapCount() == 0);

    // The hub's export, for a terminal of the site; none without a token.
    int status = 0;
    const QJsonObject body = getJson(hub.url() + QStringLiteral("/v1/blocked-cards"),
        "Bearer " + readHubLink(kiosk.store().sql())->token.toLatin1(), status);
    CHECK(status == 200);
    const QJsonArray cards = body.value(QStringLiteral("cards")).toArray();
    REQUIRE(cards.size() == 1);
    CHECK(cards.first().toObject().value(QStringLiteral("uid")).toString()
        == QStringLiteral("04CAFE01"));
    CHECK(cards.first().toObject().value(QStringLiteral("person")).toString()
        == QStringLiteral("王伟"));
    getJson(hub.url() + QStringLiteral("/v1/blocked-cards"), {}, status);
    CHECK(status == 401);
}
