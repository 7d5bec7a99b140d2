pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// The verdict over the whole screen, readable from two metres: the colour, one huge word,
// the reason, and the pass's facts in a strip; then the items to tick off, or why nothing may leave.
Rectangle {
    id: panel

    objectName: "passVerdict"

    readonly property bool acceptable: PassCheck.colour === "green" || PassCheck.colour === "amber"
    // While the keyboard is open the screen is short: the facts make room for the note.
    readonly property bool compact: height < 420

    color: PassCheck.colour === "green" ? Theme.ok
         : PassCheck.colour === "amber" ? Theme.warning
         : Theme.danger

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingLarge
        anchors.rightMargin: Theme.spacingLarge
        anchors.topMargin: Theme.spacingSmall
        anchors.bottomMargin: Theme.spacing
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge

            Text {
                objectName: "verdictWord"
                Layout.alignment: Qt.AlignVCenter
                Layout.maximumWidth: panel.width * 0.45
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontHeadline
                font.family: Theme.fontFamily
                font.pixelSize: panel.compact ? Theme.fontDisplay : Theme.fontVerdict
                font.bold: true
                color: Theme.primaryText
                text: PassCheck.colour === "green" ? qsTr("VALID")
                    : PassCheck.colour === "amber" ? qsTr("CHECK")
                    : qsTr("NOT VALID")
            }
            Text {
                objectName: "verdictMessage"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                wrapMode: Text.WordWrap
                maximumLineCount: 4
                elide: Text.ElideRight
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.primaryText
                text: PassCheck.message
            }
        }

        PassFacts {
            Layout.fillWidth: true
            visible: !panel.compact
        }
        PassItemsCard {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: panel.acceptable
        }
        PassRefusedCard {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !panel.acceptable
        }
    }
}
