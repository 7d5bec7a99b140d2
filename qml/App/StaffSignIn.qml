pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// Shown instead of the screens while nobody is signed in (StaffFrame): "tap your staff card",
// then a PIN pad with large keys and masked digits. StaffSession checks the card and the PIN;
// this only collects the digits.
Rectangle {
    id: signIn

    property string pin: ""

    color: Theme.background
    focus: true

    function press(digit: string) {
        if (signIn.pin.length < 8)
            signIn.pin += digit
    }
    function submit() {
        StaffSession.enterPin(signIn.pin)
        signIn.pin = ""
    }

    // A desk keyboard works as well as the pad.
    Keys.onPressed: (event) => {
        if (StaffSession.state !== "pin")
            return
        if (event.text.length === 1 && event.text >= "0" && event.text <= "9")
            signIn.press(event.text)
        else if (event.key === Qt.Key_Backspace)
            signIn.pin = signIn.pin.slice(0, -1)
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
            signIn.submit()
        else if (event.key === Qt.Key_Escape)
            StaffSession.cancel()
        else
            return
        event.accepted = true
    }

    Connections {
        target: StaffSession
        function onChanged() {
            if (StaffSession.state !== "pin")
                signIn.pin = ""
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 640)
        spacing: Theme.spacingLarge

        Text {
            objectName: "signInTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.text
            text: StaffSession.state === "pin"
                  ? qsTr("%1, enter your PIN").arg(StaffSession.staffName)
                  : qsTr("Tap your staff card")
        }
        Text {
            Layout.fillWidth: true
            visible: StaffSession.state !== "pin"
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            text: qsTr("Hold your staff card on the card reader to sign in. Actions at this terminal are recorded in your name.")
        }

        // The digits typed so far, masked: one dot each, never the digit.
        Row {
            objectName: "pinDots"
            Layout.alignment: Qt.AlignHCenter
            visible: StaffSession.state === "pin"
            spacing: Theme.spacing
            property int count: signIn.pin.length
            Repeater {
                model: 8
                delegate: Rectangle {
                    required property int index
                    width: Theme.spacingLarge
                    height: width
                    radius: width / 2
                    visible: index < Math.max(4, signIn.pin.length)
                    color: index < signIn.pin.length ? Theme.text : "transparent"
                    border.width: Theme.borderWidth
                    border.color: Theme.text
                }
            }
        }

        GridLayout {
            objectName: "pinPad"
            Layout.alignment: Qt.AlignHCenter
            visible: StaffSession.state === "pin"
            columns: 3
            rowSpacing: Theme.spacing
            columnSpacing: Theme.spacing

            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                delegate: TouchButton {
                    required property string modelData
                    objectName: "pinKey" + modelData
                    Layout.preferredWidth: Theme.buttonHeight * 2
                    Layout.preferredHeight: Theme.buttonHeight * 1.2
                    primary: false
                    font.pixelSize: Theme.fontTitle
                    text: modelData
                    onClicked: signIn.press(modelData)
                }
            }
            TouchButton {
                objectName: "pinBack"
                Layout.preferredWidth: Theme.buttonHeight * 2
                Layout.preferredHeight: Theme.buttonHeight * 1.2
                primary: false
                text: qsTr("Delete")
                onClicked: signIn.pin = signIn.pin.slice(0, -1)
            }
            TouchButton {
                objectName: "pinKey0"
                Layout.preferredWidth: Theme.buttonHeight * 2
                Layout.preferredHeight: Theme.buttonHeight * 1.2
                primary: false
                font.pixelSize: Theme.fontTitle
                text: "0"
                onClicked: signIn.press("0")
            }
            TouchButton {
                objectName: "pinOk"
                Layout.preferredWidth: Theme.buttonHeight * 2
                Layout.preferredHeight: Theme.buttonHeight * 1.2
                enabled: signIn.pin.length > 0
                text: qsTr("Sign in")
                onClicked: signIn.submit()
            }
        }

        ProblemText {
            objectName: "signInProblem"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: StaffSession.problem
        }

        TouchButton {
            objectName: "signInCancel"
            Layout.alignment: Qt.AlignHCenter
            visible: StaffSession.state === "pin"
            primary: false
            text: qsTr("Not you? Start again")
            onClicked: StaffSession.cancel()
        }
    }
}
