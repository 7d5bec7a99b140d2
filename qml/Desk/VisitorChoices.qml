pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls

// A label and one answer out of a few ([key, words] pairs), each a button, and its problem.
ColumnLayout {
    id: choices

    property alias label: caption.text
    property var choices: []
    property string chosen: ""
    property string namePrefix: "choice_"
    property string problem: ""

    signal picked(string key)

    spacing: Theme.spacingSmall

    Text {
        id: caption
        Layout.fillWidth: true
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }
    Flow {
        Layout.fillWidth: true
        // Its rows once wrapped: the layout would otherwise keep the one-row height.
        Layout.preferredHeight: childrenRect.height
        spacing: Theme.spacingSmall
        Repeater {
            model: choices.choices
            delegate: ChoiceButton {
                required property var modelData

                objectName: choices.namePrefix + modelData[0]
                implicitHeight: Theme.touchTarget + Theme.spacing
                font.pixelSize: Theme.fontBody
                selected: choices.chosen === modelData[0]
                text: modelData[1]
                onClicked: choices.picked(modelData[0])
            }
        }
    }
    ProblemText {
        Layout.fillWidth: true
        text: choices.problem
    }
}
