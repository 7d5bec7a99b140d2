import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// Desk and guard terminals: a header with the way home, the screen, and the status bar. While
// staff sign-in is set up and nobody is signed in, the sign-in screen takes the screen's place.
ColumnLayout {
    id: frame

    readonly property bool locked: StaffSession.required && !StaffSession.signedIn

    spacing: 0

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget + 2 * Theme.spacing
        color: Theme.header

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing

            TouchButton {
                objectName: "staffHome"
                visible: !Navigator.atHome && !frame.locked
                primary: false
                text: qsTr("‹ Home")
                onClicked: Navigator.home()
            }
            Text {
                Layout.fillWidth: true
                elide: Text.ElideRight
                color: Theme.headerText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                text: (TerminalInfo.role === "desk" ? qsTr("Front desk") : qsTr("Guard post"))
                      + (TerminalInfo.name.length > 0 ? "  ·  " + TerminalInfo.name : "")
            }
            ClockLabel {}
            LanguageBar {}
        }
    }

    Loader {
        objectName: "screenLoader"
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: !frame.locked
        // Unloaded while locked: what the last person typed goes with them.
        source: frame.locked ? "" : Navigator.source
    }
    Loader {
        objectName: "signInLoader"
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: frame.locked
        active: frame.locked
        sourceComponent: Component {
            StaffSignIn {
                Component.onCompleted: forceActiveFocus()
            }
        }
    }

    // A kiosk or guard printer of the site that cannot print: its visitors get the QR on
    // screen, and someone has to load paper.
    Rectangle {
        objectName: "sitePrinterTrouble"
        Layout.fillWidth: true
        visible: TerminalInfo.role === "desk" && SitePrinters.summary.length > 0
        implicitHeight: troubleText.implicitHeight + Theme.spacing
        color: Theme.warning

        Text {
            id: troubleText
            objectName: "sitePrinterTroubleText"
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            color: Theme.primaryText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            font.bold: true
            text: qsTr("Printer trouble elsewhere on site — %1. Visitors there see their slip's QR on screen.")
                  .arg(SitePrinters.summary)
        }
    }

    StatusBar {
        Layout.fillWidth: true
    }

    KeyboardPanel {
        Layout.fillWidth: true
        maximumShare: Theme.keyboardShareStaff
    }
}
