pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme

// A PIN pad with large keys: the digits typed so far as dots, never the digits. It only
// collects them; what a PIN must be and whether it is right is decided in C++ (staff sign-in,
// a tenant's card PIN). A desk keyboard works too, through handleKey().
ColumnLayout {
    id: pad

    property string pin: ""
    property int maxDigits: 8
    property string okText: qsTr("OK")

    // The digits typed, when OK is pressed; the pad is empty again by then.
    signal submitted(string pin)

    spacing: Theme.spacingLarge

    component Key: TouchButton {
        Layout.preferredWidth: Theme.buttonHeight * 2
        Layout.preferredHeight: Theme.buttonHeight * 1.2
        primary: false
        font.pixelSize: Theme.fontTitle
    }

    function press(digit: string) {
        if (pad.enabled && pad.pin.length < pad.maxDigits)
            pad.pin += digit
    }
    function erase() {
        pad.pin = pad.pin.slice(0, -1)
    }
    function clear() {
        pad.pin = ""
    }
    function submit() {
        const typed = pad.pin
        pad.pin = ""
        pad.submitted(typed)
    }
    // Digits, Backspace and Enter from a keyboard; true when the key was the pad's.
    function handleKey(event: var): bool {
        if (event.text.length === 1 && event.text >= "0" && event.text <= "9")
            pad.press(event.text)
        else if (event.key === Qt.Key_Backspace)
            pad.erase()
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
            pad.submit()
        else
            return false
        return true
    }

    Row {
        objectName: "pinDots"
        Layout.alignment: Qt.AlignHCenter
        spacing: Theme.spacing
        property int count: pad.pin.length
        Repeater {
            model: pad.maxDigits
            delegate: Rectangle {
                required property int index
                width: Theme.spacingLarge
                height: width
                radius: width / 2
                visible: index < Math.max(4, pad.pin.length)
                color: index < pad.pin.length ? Theme.text : "transparent"
                border.width: Theme.borderWidth
                border.color: Theme.text
            }
        }
    }

    GridLayout {
        objectName: "pinPad"
        Layout.alignment: Qt.AlignHCenter
        columns: 3
        rowSpacing: Theme.spacing
        columnSpacing: Theme.spacing

        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
            delegate: Key {
                required property string modelData
                objectName: "pinKey" + modelData
                text: modelData
                onClicked: pad.press(modelData)
            }
        }
        Key {
            objectName: "pinBack"
            font.pixelSize: Theme.fontButton
            text: qsTr("Delete")
            onClicked: pad.erase()
        }
        Key {
            objectName: "pinKey0"
            text: "0"
            onClicked: pad.press("0")
        }
        Key {
            objectName: "pinOk"
            primary: true
            font.pixelSize: Theme.fontButton
            enabled: pad.pin.length > 0
            text: pad.okText
            onClicked: pad.submit()
        }
    }
}
