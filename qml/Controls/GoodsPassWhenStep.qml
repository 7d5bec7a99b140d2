import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Backend

// When the goods leave (a preset, then the day and the hours with − and +), by which vehicle,
// and whether they come back.
GoodsPassStep {
    id: step

    spacing: Theme.spacing

    Text {
        Layout.fillWidth: true
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        text: qsTr("When do the goods leave?")
    }
    RowLayout {
        spacing: Theme.spacing
        ChoiceButton {
            objectName: "windowToday"
            text: qsTr("Today")
            onClicked: step.form.presetWindow("today")
        }
        ChoiceButton {
            objectName: "windowTomorrow"
            text: qsTr("Tomorrow")
            onClicked: step.form.presetWindow("tomorrow")
        }
    }
    Text {
        objectName: "windowText"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        text: step.form.windowText
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacingSmall

        Text {
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            text: qsTr("Day")
        }
        StepperField {
            Layout.fillWidth: true
            namePrefix: "day"
            value: Qt.formatDate(step.form.validFrom, "yyyy-MM-dd")
            onStepped: delta => step.form.moveWindowDays(delta)
        }
        Text {
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            text: qsTr("From")
        }
        StepperField {
            Layout.fillWidth: true
            namePrefix: "from"
            value: Qt.formatTime(step.form.validFrom, "HH:mm")
            onStepped: delta => step.form.adjustFromHours(delta)
        }
        Text {
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            text: qsTr("Until")
        }
        StepperField {
            Layout.fillWidth: true
            namePrefix: "until"
            value: Qt.formatTime(step.form.validUntil, "HH:mm")
            onStepped: delta => step.form.adjustUntilHours(delta)
        }
    }
    ProblemText {
        objectName: "windowProblem"
        Layout.fillWidth: true
        text: step.problem("valid_until")
    }
    LabeledField {
        objectName: "plate"
        Layout.fillWidth: true
        label: qsTr("Vehicle plate (leave empty if the goods leave on foot)")
        hints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
        text: step.form.plate
        problem: step.problem("plate")
        onTextChanged: step.form.plate = text
    }
    RowLayout {
        spacing: Theme.spacing
        Text {
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            text: qsTr("Do the goods come back?")
        }
        ChoiceButton {
            objectName: "returnableNo"
            text: qsTr("No")
            selected: !step.form.returnable
            onClicked: step.form.returnable = false
        }
        ChoiceButton {
            objectName: "returnableYes"
            text: qsTr("Yes")
            selected: step.form.returnable
            onClicked: step.form.returnable = true
        }
    }
    StepperField {
        Layout.fillWidth: true
        visible: step.form.returnable
        namePrefix: "return"
        value: step.form.expectedReturnText
        onStepped: delta => step.form.moveReturnDays(delta)
    }
    ProblemText {
        Layout.fillWidth: true
        text: step.problem("expected_return")
    }
    Item {
        Layout.fillHeight: true
    }
}
