pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// What a visitor or tenant sees walking up: a welcome and the kiosk's services. On a screen
// too short for all of them (a landscape display), the list scrolls.
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
            font.pixelSize: Theme.fontDisplay
            text: qsTr("Welcome")
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.textMuted
            text: qsTr("Touch a service to begin")
        }

        Repeater {
            model: ["visitor-checkin", "invitation", "visitor-checkout", "goods-pass", "ic-card", "find-tenant"]

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
