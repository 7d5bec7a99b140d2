import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// The release is recorded: say so plainly, then wait for the next pass.
Rectangle {
    id: panel

    objectName: "passReleased"
    color: Theme.ok

    // Back to waiting by itself; a new scan does not wait for this.
    Timer {
        interval: 20000
        running: panel.visible
        onTriggered: PassCheck.clear()
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1000)
        spacing: Theme.spacingLarge

        Text {
            objectName: "releasedWord"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontVerdict
            font.bold: true
            color: Theme.primaryText
            text: qsTr("RELEASED")
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.primaryText
            text: qsTr("Pass %1 is used: the goods may leave.").arg(PassCheck.number)
        }
        TouchButton {
            objectName: "releasedNextButton"
            Layout.alignment: Qt.AlignHCenter
            primary: false
            text: qsTr("Check the next pass")
            onClicked: PassCheck.clear()
        }
    }
}
