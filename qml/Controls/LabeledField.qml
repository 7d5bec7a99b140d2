import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LobbyDesk.Theme

// A label, a text field a finger can hit (typed on the on-screen keyboard), and the field's
// problem right under it.
ColumnLayout {
    id: labeled

    property alias label: caption.text
    property alias field: input
    property alias text: input.text
    property alias placeholder: input.placeholderText
    property alias hints: input.inputMethodHints
    property string problem: ""

    spacing: Theme.spacingSmall

    Text {
        id: caption
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }
    TextField {
        id: input
        Layout.fillWidth: true
        implicitHeight: Theme.buttonHeight
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        inputMethodHints: Qt.ImhNoPredictiveText
    }
    ProblemText {
        Layout.fillWidth: true
        text: labeled.problem
    }
}
