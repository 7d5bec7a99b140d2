import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// A tenant's keys, by their tapped card: the keys they hold with the time each is due back
// (overdue in red), and where the spares they deposited are. Keys change hands at the desk; this
// only tells (MyKeys has the facts).
Item {
    id: screen
    objectName: "myKeysScreen"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        ScreenTitle {
            Layout.fillWidth: true
            text: TenantCard.known ? TenantCard.greeting : qsTr("Tap your IC card")
        }

        CardTapStep {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !TenantCard.known
            offerLost: false
        }

        Text {
            Layout.fillWidth: true
            visible: TenantCard.known
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            text: qsTr("Keys you hold")
        }
        Repeater {
            model: TenantCard.known ? MyKeys.held : []
            delegate: Text {
                required property var modelData
                objectName: "heldKey-" + modelData.tag
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: modelData.overdue
                color: modelData.overdue ? Theme.danger : Theme.text
                text: (modelData.overdue ? qsTr("%1 · %2 · was due back %3: please bring it to the front desk")
                                         : qsTr("%1 · %2 · due back %3"))
                      .arg(modelData.tag).arg(modelData.label).arg(modelData.due)
            }
        }
        Text {
            Layout.fillWidth: true
            visible: TenantCard.known && MyKeys.held.length === 0
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            text: qsTr("None.")
        }

        Text {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            visible: TenantCard.known
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            text: qsTr("Your spare keys at the front desk")
        }
        Repeater {
            model: TenantCard.known ? MyKeys.owned : []
            delegate: Text {
                required property var modelData
                objectName: "ownedKey-" + modelData.tag
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.text
                text: qsTr("%1 · %2 · %3").arg(modelData.tag).arg(modelData.label).arg(modelData.where)
            }
        }
        Text {
            Layout.fillWidth: true
            visible: TenantCard.known && MyKeys.owned.length === 0
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            text: qsTr("None: the front desk keeps a spare for you if you deposit one.")
        }
        Item {
            Layout.fillHeight: true
            visible: TenantCard.known
        }
        TouchButton {
            objectName: "myKeysDone"
            visible: TenantCard.known
            text: qsTr("Finish")
            onClicked: Navigator.home()
        }
    }

    Component.onDestruction: TenantCard.clear()
}
