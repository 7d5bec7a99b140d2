import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LobbyDesk.Theme

// − value + for a number or a date: big buttons either side, the value typed when `editable`.
RowLayout {
    id: stepper

    property string value: ""
    property bool editable: false
    property alias field: input
    property string namePrefix: "stepper"

    signal stepped(int delta)
    signal typed(string text)

    spacing: Theme.spacingSmall

    TouchButton {
        objectName: stepper.namePrefix + "Minus"
        primary: false
        implicitWidth: Theme.buttonHeight
        text: "−"
        onClicked: stepper.stepped(-1)
    }
    TextField {
        id: input
        objectName: stepper.namePrefix + "Value"
        Layout.fillWidth: true
        Layout.minimumWidth: Theme.touchTarget * 2
        implicitHeight: Theme.buttonHeight
        readOnly: !stepper.editable
        horizontalAlignment: Text.AlignHCenter
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        text: stepper.value
        onTextEdited: stepper.typed(text)
    }
    TouchButton {
        objectName: stepper.namePrefix + "Plus"
        primary: false
        implicitWidth: Theme.buttonHeight
        text: "+"
        onClicked: stepper.stepped(1)
    }
}
