import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// A visitor with an invitation: its QR code at the scanner (KioskScan hands it to the form),
// or its code typed; then the same result as a walk-in.
Item {
    id: screen

    readonly property VisitorCheckIn form: theForm

    // Looked up in the map, so that the binding follows it.
    function problem(field: string): string {
        return theForm.problems[field] ?? ""
    }

    VisitorCheckIn {
        id: theForm
        takesScans: true
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacingLarge
        visible: theForm.outcome.length === 0

        ScreenTitle {
            Layout.fillWidth: true
            text: qsTr("Scan the QR code you received")
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.text
            text: qsTr("Hold the invitation's QR code, on your phone or on paper, under the scanner below this screen.")
        }
        ProblemText {
            objectName: "invitationProblem"
            Layout.fillWidth: true
            font.pixelSize: Theme.fontButton
            text: screen.problem("invitation")
        }
        Text {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingLarge
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            text: qsTr("Cannot scan it? Type the 8-character code printed under the QR code.")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            LabeledField {
                id: code
                objectName: "invitationCode"
                Layout.fillWidth: true
                label: qsTr("Invitation code")
                placeholder: "XXXX-XXXX"
                hints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                field.maximumLength: 12
            }
            TouchButton {
                objectName: "useCode"
                Layout.alignment: Qt.AlignBottom
                text: qsTr("Check in")
                onClicked: theForm.useInvitation(code.text)
            }
        }
        Item {
            Layout.fillHeight: true
        }
    }

    VisitorResult {
        anchors.fill: parent
        anchors.margins: Theme.margin
        visible: theForm.outcome.length > 0
        form: theForm
        onFinish: Navigator.home()
    }
}
