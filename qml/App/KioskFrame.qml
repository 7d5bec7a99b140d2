import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// The kiosk around its screens: languages always at the top, back and home always at the
// bottom once a visitor has left the home screen.
ColumnLayout {
    spacing: 0

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget * 2 + Theme.spacing
        color: Theme.header

        ColumnLayout {
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            spacing: 0

            Text {
                text: TerminalInfo.name.length > 0 ? TerminalInfo.name : qsTr("Visitor & tenant services")
                color: Theme.headerText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            ClockLabel {}
        }
        LanguageBar {
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
        }
    }

    Loader {
        objectName: "screenLoader"
        Layout.fillWidth: true
        Layout.fillHeight: true
        source: Navigator.source
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Theme.buttonHeight + 2 * Theme.spacing
        visible: !Navigator.atHome
        color: Theme.surface
        border.width: 1
        border.color: Theme.border

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            spacing: Theme.spacing

            TouchButton {
                objectName: "kioskBack"
                primary: false
                text: qsTr("‹ Back")
                onClicked: Navigator.back()
            }
            Item {
                Layout.fillWidth: true
            }
            TouchButton {
                objectName: "kioskCancel"
                primary: false
                text: qsTr("Cancel")
                onClicked: Navigator.home()
            }
        }
    }

    KeyboardPanel {
        Layout.fillWidth: true
    }
}
