pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// What a visitor or tenant sees walking up: a welcome and the kiosk's services. On a screen
// too short for all of them (a landscape display), the list scrolls. A tenant who taps their
// IC card here is greeted by name and offered their services (card as identity).
Flickable {
    id: home

    contentWidth: width
    contentHeight: services.implicitHeight + 2 * Theme.margin
    boundsBehavior: Flickable.StopAtBounds
    clip: true

    ColumnLayout {
        id: services
        x: Theme.margin
        y: Theme.margin
        width: home.width - 2 * Theme.margin
        spacing: Theme.spacingLarge

        ScreenTitle {
            Layout.fillWidth: true
            Layout.topMargin: Theme.margin
            objectName: "homeWelcome"
            font.pixelSize: TenantCard.known ? Theme.fontHeadline : Theme.fontDisplay
            text: TenantCard.known ? TenantCard.welcome : qsTr("Welcome")
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            objectName: "homeHint"
            color: TenantCard.problem.length > 0 ? Theme.danger : Theme.textMuted
            text: TenantCard.known ? qsTr("Your services:")
                  : TenantCard.problem.length > 0 ? TenantCard.problem
                  : qsTr("Touch a service to begin")
        }

        Repeater {
            model: TenantCard.known ? ["ic-card", "card-pin", "my-keys", "goods-pass", "find-tenant"]
                   : ["visitor-checkin", "invitation", "visitor-checkout", "goods-pass", "ic-card", "find-tenant"]

            delegate: ServiceTile {
                required property string modelData

                objectName: "tile-" + modelData
                Layout.fillWidth: true
                text: ServiceNames.titles[modelData]
                subtitle: ServiceNames.descriptions[modelData]
                symbol: text.charAt(0)
                onClicked: Navigator.open(modelData)
            }
        }
    }
}
