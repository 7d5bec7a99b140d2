pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// Why the visitor is here: one tap; "Other" asks for a few words.
ColumnLayout {
    id: step

    required property VisitorCheckIn form

    // Looked up in the map, so that the binding follows it.
    function problem(field: string): string {
        return step.form.problems[field] ?? ""
    }

    spacing: Theme.spacing

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        Repeater {
            model: step.form.purposes
            delegate: ChoiceButton {
                required property var modelData
                objectName: "purpose_" + modelData.key
                Layout.fillWidth: true
                text: modelData.label
                selected: step.form.purpose === modelData.key
                onClicked: step.form.purpose = modelData.key
            }
        }
    }
    ProblemText {
        objectName: "purposeProblem"
        Layout.fillWidth: true
        text: step.problem("purpose")
    }
    LabeledField {
        objectName: "purposeNote"
        Layout.fillWidth: true
        visible: step.form.purpose === "other"
        label: qsTr("Say in a few words why you are here")
        text: step.form.purposeNote
        problem: step.problem("purpose_note")
        onTextChanged: step.form.purposeNote = text
    }
    Item {
        Layout.fillHeight: true
    }
}
