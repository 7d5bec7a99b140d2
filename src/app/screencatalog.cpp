#include "app/screencatalog.h"

namespace lobbydesk {
namespace {

QUrl qmlFile(const char *module, const char *file)
{
    return QUrl(QStringLiteral("qrc:/qt/qml/LobbyDesk/%1/%2.qml")
                    .arg(QLatin1String(module), QLatin1String(file)));
}

ScreenInfo comingSoon(const char *service)
{
    return { QString::fromLatin1(service), qmlFile("Controls", "ComingSoonScreen"), true };
}

} // namespace

QList<ScreenInfo> screensFor(Role role)
{
    switch (role) {
    case Role::Kiosk:
        return {
            { QStringLiteral("home"), qmlFile("Kiosk", "KioskHome"), false },
            { QStringLiteral("visitor-checkin"), qmlFile("Kiosk", "VisitorCheckInScreen"), false },
            { QStringLiteral("invitation"), qmlFile("Kiosk", "InvitationScreen"), false },
            { QStringLiteral("visitor-checkout"), qmlFile("Kiosk", "VisitorCheckOutScreen"),
                false },
            { QStringLiteral("goods-pass"), qmlFile("Kiosk", "GoodsPassRequestScreen"), false },
            { QStringLiteral("ic-card"), qmlFile("Kiosk", "CardRequestScreen"), false },
            { QStringLiteral("find-tenant"), qmlFile("Kiosk", "FindTenantScreen"), false },
        };
    case Role::Desk:
        return {
            { QStringLiteral("home"), qmlFile("Desk", "DeskHome"), false },
            { QStringLiteral("terminal"), qmlFile("Desk", "TerminalScreen"), false },
            { QStringLiteral("visitors"), qmlFile("Desk", "VisitorsScreen"), false },
            { QStringLiteral("goods-passes"), qmlFile("Desk", "GoodsPassesScreen"), false },
            comingSoon("keys"),
            { QStringLiteral("ic-cards"), qmlFile("Desk", "CardsScreen"), false },
        };
    case Role::Guard:
        return {
            { QStringLiteral("home"), qmlFile("Guard", "GuardHome"), false },
            { QStringLiteral("pass-check"), qmlFile("Guard", "PassCheckScreen"), false },
            { QStringLiteral("visitor-checkout"), qmlFile("Guard", "VisitorCheckOutScreen"),
                false },
            { QStringLiteral("on-site"), qmlFile("Guard", "OnSiteScreen"), false },
        };
    }
    Q_UNREACHABLE();
}

} // namespace lobbydesk
