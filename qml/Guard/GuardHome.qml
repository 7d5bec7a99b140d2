pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// The guard's services at the exit.
Item {
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacingLarge

        Repeater {
            model: ["pass-check", "visitor-checkout", "on-site"]

            delegate: ServiceTile {
                required property string modelData

                objectName: "tile-" + modelData
                Layout.fillWidth: true
                // three tiles share the height of a small guard panel
                Layout.fillHeight: true
                Layout.maximumHeight: Theme.tileHeight
                Layout.minimumHeight: Theme.touchTarget * 2
                text: ServiceNames.titles[modelData]
                subtitle: ServiceNames.descriptions[modelData]
                symbol: text.charAt(0)
                onClicked: Navigator.open(modelData)
            }
        }
        Item {
            Layout.fillHeight: true
            Layout.minimumHeight: 0
        }
    }
}
