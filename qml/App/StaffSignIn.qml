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

    color: Theme.background
    focus: true

    // A desk keyboard works as well as the pad.
    Keys.onPressed: (event) => {
        if (StaffSession.state !== "pin")
            return
        if (event.key === Qt.Key_Escape)
            StaffSession.cancel()
        else if (!pad.handleKey(event))
            return
        event.accepted = true
    }

    Connections {
        target: StaffSession
        function onChanged() {
            if (StaffSession.state !== "pin")
                pad.clear()
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

        PinPad {
            id: pad
            Layout.alignment: Qt.AlignHCenter
            visible: StaffSession.state === "pin"
            maxDigits: 8
            okText: qsTr("Sign in")
            onSubmitted: (pin) => StaffSession.enterPin(pin)
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
