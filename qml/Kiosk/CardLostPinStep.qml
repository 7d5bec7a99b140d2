import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// Without the card, a tenant with a card PIN types it: the card is then blocked at once. A
// wrong PIN says how many tries are left; too many close the pad and send them to the desk.
// Without the PIN they can still ask the desk (the request of the next step).
ColumnLayout {
    id: step

    required property CardRequestFlow flow

    signal blocked()
    signal withoutPin()

    spacing: Theme.spacing

    Text {
        objectName: "lostPinGreeting"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        color: Theme.text
        text: qsTr("%1, type your card PIN: your card is blocked at once, here and then on every terminal of the building.").arg(step.flow.personName)
    }
    PinPad {
        Layout.alignment: Qt.AlignHCenter
        enabled: !step.flow.pinLocked
        maxDigits: step.flow.pinMaxDigits
        okText: qsTr("Block")
        onSubmitted: (pin) => {
            if (step.flow.reportLostWithPin(pin))
                step.blocked()
        }
    }
    ProblemText {
        objectName: "lostPinProblem"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.fontTitle
        text: step.flow.problems, step.flow.problem("pin")
    }
    TouchButton {
        objectName: "lostPinForgotten"
        Layout.alignment: Qt.AlignHCenter
        primary: false
        text: qsTr("I don't know my PIN: ask the front desk")
        onClicked: step.withoutPin()
    }
    Item {
        Layout.fillHeight: true
    }
}
