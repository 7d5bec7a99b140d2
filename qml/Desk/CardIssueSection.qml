pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// Approved requests whose card is to be handed out: pick one, tap the new card on the desk
// reader; a card blocked or bound to someone else is refused with the reason.
RowLayout {
    id: section

    readonly property var request: CardDesk.selected
    readonly property bool chosen: request.id !== undefined && request.state === "approved"

    spacing: Theme.spacingLarge

    ListView {
        objectName: "issueList"
        Layout.preferredWidth: section.width * 0.38
        Layout.fillHeight: true
        clip: true
        spacing: Theme.spacingSmall
        model: CardDesk.toIssue
        delegate: CardRequestRow {
            required property var modelData
            objectName: "toIssue-" + modelData.reference
            width: ListView.view.width
            request: modelData
            selected: section.request.id === modelData.id
            onPicked: {
                CardDesk.select(modelData.id)
                CardDesk.startIssue()
            }
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.spacingLarge

        Text {
            Layout.fillWidth: true
            visible: !section.chosen
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.textMuted
            text: CardDesk.toIssue.length > 0 ? qsTr("Choose whom to issue a card to.")
                                               : qsTr("No approved request waits for its card.")
        }
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            visible: section.chosen
            implicitWidth: Theme.tileHeight * 1.6
            implicitHeight: Theme.tileHeight
            radius: Theme.radius
            color: CardDesk.waitingForCard ? Theme.primary : Theme.neutral
            Text {
                anchors.centerIn: parent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontDisplay
                font.bold: true
                color: Theme.primaryText
                text: "IC"
            }
        }
        Text {
            objectName: "issuePrompt"
            Layout.fillWidth: true
            visible: section.chosen
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.text
            text: qsTr("Tap the new card for %1 (unit %2) on the desk reader.")
                  .arg(section.request.name ?? "").arg(section.request.unit ?? "")
        }
        TouchButton {
            Layout.alignment: Qt.AlignHCenter
            visible: section.chosen && !CardDesk.waitingForCard
            text: qsTr("Wait for the card")
            onClicked: CardDesk.startIssue()
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
