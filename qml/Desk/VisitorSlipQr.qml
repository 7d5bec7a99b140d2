import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// The QR of a slip the printer could not print: the visitor scans or photographs it, and
// checks out with it as with the paper slip.
Rectangle {
    objectName: "slipQrPanel"
    implicitWidth: column.implicitWidth + 2 * Theme.spacingLarge
    implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge
    radius: Theme.radius
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.danger

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        spacing: Theme.spacing

        Text {
            Layout.maximumWidth: qr.width
            wrapMode: Text.WordWrap
            text: qsTr("Not printed: show this code to the visitor")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.danger
        }
        Text {
            Layout.maximumWidth: qr.width
            wrapMode: Text.WordWrap
            text: VisitDesk.slipQrTitle
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textMuted
        }
        Image {
            id: qr
            objectName: "slipQr"
            Layout.alignment: Qt.AlignHCenter
            width: 320
            height: 320
            sourceSize.width: 320
            sourceSize.height: 320
            smooth: false
            source: VisitDesk.slipQr.length > 0 ? "image://qr/" + encodeURIComponent(VisitDesk.slipQr) : ""
        }
        TouchButton {
            objectName: "dismissSlipQr"
            Layout.fillWidth: true
            primary: false
            text: qsTr("Done")
            onClicked: VisitDesk.dismissSlipQr()
        }
    }
}
