pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// The tenant greeted by name, and what they may ask for as they were identified.
ColumnLayout {
    id: step

    required property CardRequestFlow flow

    spacing: Theme.spacing

    Text {
        objectName: "kindGreeting"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontHeadline
        font.bold: true
        color: Theme.text
        text: qsTr("Hello, %1").arg(step.flow.personName)
    }
    Text {
        Layout.fillWidth: true
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        text: qsTr("Unit %1").arg(step.flow.unit)
    }
    Repeater {
        model: step.flow.kinds
        delegate: ChoiceButton {
            required property var modelData
            objectName: "kind-" + modelData.key
            Layout.fillWidth: true
            text: modelData.label
            selected: step.flow.kind === modelData.key
            onClicked: step.flow.kind = modelData.key
        }
    }
    Text {
        objectName: "kindCharges"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        visible: step.flow.kind.length > 0
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        color: Theme.text
        text: step.flow.chargesText
    }
    ProblemText {
        objectName: "kindProblem"
        Layout.fillWidth: true
        text: step.flow.problems, step.flow.problem("kind")
    }
    Item {
        Layout.fillHeight: true
    }
}
