pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// The front desk's services; a red count on a service where something waits for the desk
// (blocked-card taps to acknowledge).
Item {
    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: width > 3 * Theme.tileHeight * 2 ? 3 : 2
        rowSpacing: Theme.spacingLarge
        columnSpacing: Theme.spacingLarge

        Repeater {
            model: ["visitors", "goods-passes", "keys", "ic-cards", "terminal"]

            delegate: ServiceTile {
                required property string modelData

                objectName: "tile-" + modelData
                Layout.fillWidth: true
                // rows share the height left by the header and status bar
                Layout.fillHeight: true
                Layout.maximumHeight: Theme.tileHeight
                Layout.minimumHeight: Theme.touchTarget * 2
                Layout.alignment: Qt.AlignTop
                text: ServiceNames.titles[modelData]
                subtitle: ServiceNames.descriptions[modelData]
                symbol: text.charAt(0)
                alerts: modelData === "ic-cards" ? CardDesk.tapsToAcknowledge : 0
                onClicked: Navigator.open(modelData)
            }
        }
        Item {
            Layout.fillHeight: true
            Layout.minimumHeight: 0
            Layout.columnSpan: parent.columns
        }
    }
}
