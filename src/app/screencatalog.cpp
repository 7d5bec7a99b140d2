#include "app/screencatalog.h"

namespace lobbydesk {
namespace {

QUrl qmlFile(const char *module, const char *file)
{
    return QUrl(QStringLiteral("qrc:/qt/qml/LobbyDesk/%1/%2.qml")
                    .arg(QLatin1String(module), QLatin1String(file)));
}

} // namespace

QList<ScreenInfo> screensFor(Role role)
{
    switch (role) {
    case Role::Kiosk:
        return {
            { QStringLiteral("home"), qmlFile("Kiosk", "KioskHome") },
            { QStringLiteral("visitor-checkin"), qmlFile("Kiosk", "VisitorCheckInScreen") },
            { QStringLiteral("invitation"), qmlFile("Kiosk", "InvitationScreen") },
            { QStringLiteral("visitor-checkout"), qmlFile("Kiosk", "VisitorCheckOutScreen") },
            { QStringLiteral("goods-pass"), qmlFile("Kiosk", "GoodsPassRequestScreen") },
            { QStringLiteral("ic-card"), qmlFile("Kiosk", "CardRequestScreen") },
            { QStringLiteral("card-pin"), qmlFile("Kiosk", "CardPinScreen") },
            { QStringLiteral("my-keys"), qmlFile("Kiosk", "MyKeysScreen") },
            { QStringLiteral("find-tenant"), qmlFile("Kiosk", "FindTenantScreen") },
        };
    case Role::Desk:
        return {
            { QStringLiteral("home"), qmlFile("Desk", "DeskHome") },
            { QStringLiteral("terminal"), qmlFile("Desk", "TerminalScreen") },
            { QStringLiteral("visitors"), qmlFile("Desk", "VisitorsScreen") },
            { QStringLiteral("goods-passes"), qmlFile("Desk", "GoodsPassesScreen") },
            { QStringLiteral("keys"), qmlFile("Desk", "KeysScreen") },
            { QStringLiteral("ic-cards"), qmlFile("Desk", "CardsScreen") },
        };
    case Role::Guard:
        return {
            { QStringLiteral("home"), qmlFile("Guard", "GuardHome") },
            { QStringLiteral("pass-check"), qmlFile("Guard", "PassCheckScreen") },
            { QStringLiteral("visitor-checkout"), qmlFile("Guard", "VisitorCheckOutScreen") },
            { QStringLiteral("on-site"), qmlFile("Guard", "OnSiteScreen") },
        };
    }
    Q_UNREACHABLE();
}

} // namespace lobbydesk
