import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// Before a scan: the scanner is the way in; a pass number typed on the keyboard is the other.
Item {
    id: panel

    objectName: "passWaiting"

    function checkTyped() {
        if (numberField.text.trim().length === 0)
            return
        Qt.inputMethod.hide() // qmllint disable
        PassCheck.check(numberField.text)
        numberField.clear()
        numberField.focus = false
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 960)
        spacing: Theme.spacingLarge

        ScreenTitle {
            objectName: "passWaitingTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Scan the pass QR code, or type its number")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            TextField {
                id: numberField
                objectName: "passNumberField"
                Layout.fillWidth: true
                implicitHeight: Theme.buttonHeight
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                placeholderText: qsTr("Pass number, e.g. GP-20261122-0007")
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
                onAccepted: panel.checkTyped()
            }
            TouchButton {
                objectName: "checkPassButton"
                text: qsTr("Check")
                enabled: numberField.text.trim().length > 0
                onClicked: panel.checkTyped()
            }
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            text: qsTr("The verdict works offline: the pass's signature is checked on this terminal.")
        }
    }
}
