pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Backend

// Staff terminals: who is signed in, sync state and device states, always in view. The sync text gives way
// (elides) before a device's state does.
Rectangle {
    id: bar

    implicitHeight: Theme.touchTarget + Theme.spacing
    color: Theme.surface
    border.width: 1
    border.color: Theme.border

    function hubText(): string {
        switch (SyncStatus.state) {
        case "ok": return qsTr("Hub connected")
        case "offline": return qsTr("Hub unreachable, retrying")
        case "refused": return qsTr("Hub refuses this terminal")
        default: return qsTr("No hub configured")
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacingLarge

        StaffChip {
            Layout.fillWidth: false
            Layout.maximumWidth: bar.width / 3
        }

        RowLayout {
            objectName: "syncState"
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Rectangle {
                implicitWidth: Theme.spacing
                implicitHeight: Theme.spacing
                radius: width / 2
                color: SyncStatus.state === "ok" ? Theme.ok
                     : SyncStatus.state === "none" ? Theme.neutral
                     : Theme.warning
            }
            Text {
                objectName: "syncText"
                Layout.fillWidth: true
                elide: Text.ElideRight
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
                color: Theme.text
                text: bar.hubText()
                      + "  ·  " + qsTr("Queued events: %1").arg(SyncStatus.queued)
                      + (SyncStatus.parked > 0 ? "  ·  " + qsTr("Refused by the hub: %1").arg(SyncStatus.parked) : "")
                      + "  ·  " + qsTr("Last sync: %1").arg(isNaN(SyncStatus.lastSync.getTime())
                                                              ? qsTr("never")
                                                              : Qt.formatDateTime(SyncStatus.lastSync, "yyyy-MM-dd HH:mm"))
            }
        }

        Repeater {
            model: DeviceListModel
            delegate: DeviceChip {
                Layout.fillWidth: false // a layout fills by default
                Layout.maximumWidth: bar.width / 4
            }
        }
    }
}
