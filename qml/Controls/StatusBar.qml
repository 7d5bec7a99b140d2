pragma ComponentBehavior: Bound
import QtQuick
import LobbyDesk.Theme
import LobbyDesk.Backend

// Staff terminals: sync state and device states, always in view.
Rectangle {
    id: bar

    implicitHeight: Theme.touchTarget + Theme.spacing
    color: Theme.surface
    border.width: 1
    border.color: Theme.border

    Row {
        id: syncRow
        objectName: "syncState"
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacingSmall

        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.spacing
            height: width
            radius: width / 2
            color: SyncStatus.hubConfigured ? Theme.ok : Theme.neutral
        }
        Text {
            id: syncText
            objectName: "syncText"
            anchors.verticalCenter: parent.verticalCenter
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.text
            text: (SyncStatus.hubConfigured ? qsTr("Hub connected") : qsTr("No hub configured"))
                  + "  ·  " + qsTr("Queued events: %1").arg(SyncStatus.queued)
                  + "  ·  " + qsTr("Last sync: %1").arg(isNaN(SyncStatus.lastSync.getTime())
                                                          ? qsTr("never")
                                                          : Qt.formatDateTime(SyncStatus.lastSync, "yyyy-MM-dd HH:mm"))
        }
    }

    Row {
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacingLarge

        Repeater {
            model: DeviceListModel
            delegate: DeviceChip {}
        }
    }
}
