import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// The lost card is blocked: which card and when, whether a slip printed, and the offer to ask
// the desk for a replacement.
ColumnLayout {
    id: step

    required property CardRequestFlow flow

    signal replacement()

    spacing: Theme.spacing

    Text {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontHeadline
        font.bold: true
        color: Theme.ok
        text: "✓ " + step.flow.personName
    }
    Repeater {
        model: step.flow.blockedLines
        delegate: Text {
            required property string modelData
            objectName: "blockedLine"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHeadline
            color: Theme.text
            text: modelData
        }
    }
    Text {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        color: Theme.textMuted
        text: qsTr("It is refused at this kiosk now, and at every terminal of the building after their next sync. A blocked card stays blocked, even if you find it again.")
    }
    ProblemText {
        objectName: "blockedPrintNote"
        Layout.fillWidth: true
        text: step.flow.blockedPrintNote
    }
    TouchButton {
        objectName: "blockedReplacement"
        Layout.topMargin: Theme.spacingLarge
        Layout.fillWidth: true
        text: qsTr("Request a replacement card")
        onClicked: step.replacement()
    }
    Item {
        Layout.fillHeight: true
    }
}
