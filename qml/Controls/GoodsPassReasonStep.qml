pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Backend

// Why the goods leave: one tap, and a note (needed for "Other").
GoodsPassStep {
    id: step

    spacing: Theme.spacing

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        Repeater {
            model: step.form.reasons
            delegate: ChoiceButton {
                required property var modelData
                objectName: "reason_" + modelData.key
                Layout.fillWidth: true
                text: modelData.label
                selected: step.form.reason === modelData.key
                onClicked: step.form.reason = modelData.key
            }
        }
    }
    ProblemText {
        objectName: "reasonProblem"
        Layout.fillWidth: true
        text: step.problem("reason")
    }
    LabeledField {
        objectName: "reasonNote"
        Layout.fillWidth: true
        label: step.form.reason === "other" ? qsTr("Say why") : qsTr("Note (optional)")
        text: step.form.reasonNote
        problem: step.problem("reason_note")
        onTextChanged: step.form.reasonNote = text
    }
    Item {
        Layout.fillHeight: true
    }
}
