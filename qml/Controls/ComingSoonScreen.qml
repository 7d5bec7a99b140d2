import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Backend

// Stands in for a service whose workflow has not landed yet, and says so plainly.
Item {
    id: screen

    readonly property bool forVisitors: TerminalInfo.role === "kiosk"

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        spacing: Theme.spacingLarge

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: Theme.tileHeight * 0.8
            implicitHeight: implicitWidth
            radius: width / 2
            color: Theme.neutral

            Text {
                anchors.centerIn: parent
                text: "…"
                color: Theme.primaryText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontDisplay
                font.bold: true
            }
        }
        ScreenTitle {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: ServiceNames.titles[Navigator.screen] ?? ""
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.text
            text: qsTr("Coming soon: this service is not available on this terminal yet.")
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            text: screen.forVisitors
                  ? qsTr("Please ask at the front desk. Our staff will be glad to help you.")
                  : qsTr("It arrives with a coming LobbyDesk update. Until then, record this service the way your site does today.")
        }
        TouchButton {
            Layout.alignment: Qt.AlignHCenter
            objectName: "backButton"
            visible: !screen.forVisitors // the kiosk frame has its own back and cancel
            text: qsTr("Back")
            onClicked: Navigator.back()
        }
    }
}
