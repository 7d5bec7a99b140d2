import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// A temporary card: who carries it (a contractor, a visitor) and for how many days.
ColumnLayout {
    id: step

    required property CardRequestFlow flow

    spacing: Theme.spacing

    LabeledField {
        objectName: "holderName"
        Layout.fillWidth: true
        label: qsTr("Name of the person who carries the card")
        text: step.flow.holderName
        problem: step.flow.problems, step.flow.problem("holder")
        field.onTextChanged: step.flow.holderName = field.text
    }
    Text {
        Layout.fillWidth: true
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        text: qsTr("Valid for (days, at most %1)").arg(step.flow.maxDays)
    }
    StepperField {
        namePrefix: "days"
        Layout.fillWidth: true
        value: String(step.flow.days)
        onStepped: delta => step.flow.days = Math.max(1, Math.min(step.flow.maxDays, step.flow.days + delta))
    }
    ProblemText {
        objectName: "expiresProblem"
        Layout.fillWidth: true
        text: step.flow.problems, step.flow.problem("expires")
    }
    Item {
        Layout.fillHeight: true
    }
}
