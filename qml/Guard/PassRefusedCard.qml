pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// A red verdict: nothing leaves. Earlier uses (where, when, by whom) when it was used.
Rectangle {
    id: card

    objectName: "passRefused"
    radius: Theme.radius
    color: Theme.surface

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.danger
            text: qsTr("Do not let the goods out. Send the carrier to the front desk.")
        }
        ListView {
            objectName: "passUses"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            model: PassCheck.uses

            delegate: Text {
                id: use

                required property var modelData

                width: ListView.view.width
                wrapMode: Text.WordWrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.text
                text: qsTr("Used %1 at %2 by %3").arg(use.modelData.when).arg(use.modelData.where)
                          .arg(use.modelData.guard.length > 0 ? use.modelData.guard : qsTr("an unnamed guard"))
                      + (use.modelData.partial ? " · " + qsTr("partly") : "")
                      + (use.modelData.note.length > 0 ? " · " + use.modelData.note : "")
            }
        }
        TouchButton {
            objectName: "refusedNextButton"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Check another pass")
            onClicked: PassCheck.clear()
        }
    }
}
