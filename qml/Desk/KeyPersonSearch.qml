pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// A person of the building directory, found by name, unit or initials after the desk checked
// their ID: a field and the few people it matches, one tap each.
ColumnLayout {
    id: search

    property alias field: input
    property alias placeholder: input.placeholderText
    readonly property var hits: HostSearch.tooShort(input.text) ? [] : HostSearch.findPeople(input.text)

    signal picked(var hit)

    spacing: Theme.spacingSmall

    TextField {
        id: input
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget + Theme.spacing
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        inputMethodHints: Qt.ImhNoPredictiveText
    }
    Flow {
        Layout.fillWidth: true
        Layout.preferredHeight: childrenRect.height
        spacing: Theme.spacingSmall
        Repeater {
            model: search.hits
            delegate: ChoiceButton {
                required property var modelData
                required property int index

                objectName: input.objectName + "Hit" + index
                implicitHeight: Theme.touchTarget + Theme.spacing
                font.pixelSize: Theme.fontBody
                text: modelData.name + (modelData.units.length > 0 ? " · " + modelData.units : "")
                onClicked: {
                    search.picked(modelData)
                    input.text = ""
                }
            }
        }
    }
}
