import QtQuick
import QtQuick.Controls
import LobbyDesk.Theme

// One service on a home screen: a large tile with a symbol, a title and a line of help.
AbstractButton {
    id: tile

    property string symbol
    property string subtitle
    property bool available: true
    // How many things wait for the desk in this service (blocked-card taps to acknowledge…):
    // a red count on the symbol, none at 0.
    property int alerts: 0

    implicitHeight: Theme.tileHeight
    implicitWidth: Theme.tileHeight * 2
    font.family: Theme.fontFamily

    background: Rectangle {
        radius: Theme.radius
        color: tile.down ? Theme.background : Theme.surface
        border.width: Theme.borderWidth
        border.color: tile.activeFocus ? Theme.primary : Theme.border
    }

    contentItem: Row {
        spacing: Theme.spacingLarge
        leftPadding: Theme.spacingLarge
        rightPadding: Theme.spacingLarge

        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.tileHeight * 0.55
            height: width
            radius: width / 2
            color: tile.available ? Theme.primary : Theme.neutral

            Text {
                anchors.centerIn: parent
                text: tile.symbol
                color: Theme.primaryText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeadline
                font.bold: true
            }
            Text {
                objectName: "tileAlerts"
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: -Theme.spacingSmall
                visible: tile.alerts > 0
                width: Math.max(height, implicitWidth)
                height: Theme.touchTarget
                leftPadding: Theme.spacingSmall
                rightPadding: Theme.spacingSmall
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                text: tile.alerts
                color: Theme.primaryText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontButton
                font.bold: true

                Rectangle {
                    anchors.fill: parent
                    z: -1
                    radius: height / 2
                    color: Theme.danger
                    border.width: Theme.borderWidth
                    border.color: Theme.surface
                }
            }
        }
        Column {
            anchors.verticalCenter: parent.verticalCenter
            width: tile.width - Theme.tileHeight * 0.55 - 3 * Theme.spacingLarge
            spacing: Theme.spacingSmall

            Text {
                width: parent.width
                text: tile.text
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                elide: Text.ElideRight
            }
            Text {
                width: parent.width
                text: tile.subtitle
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
    }
}
