import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// Without the card: the unit and the phone number the building directory has for the tenant.
// A tenant with a card PIN types it next and blocks the card at once; without one, what is
// asked this way is confirmed by the desk (said below).
ColumnLayout {
    id: step

    required property CardRequestFlow flow

    signal identified()

    spacing: Theme.spacing

    LabeledField {
        id: unitField
        objectName: "identifyUnit"
        Layout.fillWidth: true
        label: qsTr("Unit number")
        hints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
    }
    LabeledField {
        id: phoneField
        objectName: "identifyPhone"
        Layout.fillWidth: true
        label: qsTr("Your mobile number, as the management office has it")
        hints: Qt.ImhDialableCharactersOnly
    }
    ProblemText {
        objectName: "identifyProblem"
        Layout.fillWidth: true
        text: step.flow.problems, step.flow.problem("identify")
    }
    Text {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        text: qsTr("If you have set a card PIN, you type it next and your lost card is blocked at once. Without a PIN the kiosk cannot be sure it is you: your request goes to the front desk, which confirms it with you, and a lost card is blocked once the desk confirms; to block it at once, go to the front desk.")
    }
    TouchButton {
        objectName: "identifyGo"
        Layout.alignment: Qt.AlignRight
        text: qsTr("Next ›")
        onClicked: if (step.flow.identify(unitField.text, phoneField.text)) step.identified()
    }
    Item {
        Layout.fillHeight: true
    }
}
