import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls

// One typed answer of the visitor's check-in: a big field, what it is for, and the service's
// problem with it right under it.
ColumnLayout {
    id: step

    property alias label: field.label
    property alias placeholder: field.placeholder
    property alias hints: field.hints
    property alias text: field.text
    property alias fieldName: field.objectName
    property int maximumLength: 32767
    property string note: ""
    property string problem: ""

    spacing: Theme.spacing

    LabeledField {
        id: field
        Layout.fillWidth: true
        field.maximumLength: step.maximumLength
        problem: step.problem
    }
    Text {
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        text: step.note
    }
    Item {
        Layout.fillHeight: true
    }

    Component.onCompleted: field.field.forceActiveFocus()
}
