import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// A tenant sets or changes their card PIN: their tapped card says who they are, then the new
// PIN twice on the PIN pad. The PIN lets them block the card here if they ever lose it. Every
// rule is CardPinFlow's (TenantPins): this binds and passes the digits on.
Item {
    id: screen
    objectName: "cardPinScreen"

    readonly property CardPinFlow flow: theFlow

    CardPinFlow {
        id: theFlow
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        ScreenTitle {
            objectName: "cardPinTitle"
            Layout.fillWidth: true
            text: ({
                card: qsTr("Tap your IC card"),
                first: theFlow.changing ? qsTr("Choose a new card PIN") : qsTr("Choose your card PIN"),
                repeat: qsTr("Type the same PIN again"),
                done: qsTr("Your card PIN is set")
            })[theFlow.step] ?? ""
        }

        CardTapStep {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: theFlow.step === "card"
            offerLost: false
            onTapped: theFlow.useTappedCard()
        }

        Text {
            objectName: "cardPinHelp"
            Layout.fillWidth: true
            visible: theFlow.step === "first" || theFlow.step === "repeat"
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.text
            text: theFlow.step === "first"
                  ? qsTr("%1, choose 4 to %2 digits that only you know: not 1111 or 1234, not your birthday or phone number.").arg(theFlow.personName).arg(theFlow.maxDigits)
                  : qsTr("Once more, to be sure it is the PIN you meant.")
        }
        PinPad {
            id: pad
            Layout.alignment: Qt.AlignHCenter
            visible: theFlow.step === "first" || theFlow.step === "repeat"
            maxDigits: theFlow.maxDigits
            okText: theFlow.step === "first" ? qsTr("Next ›") : qsTr("Save PIN")
            onSubmitted: (pin) => theFlow.enter(pin)
        }
        ProblemText {
            objectName: "cardPinProblem"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontTitle
            visible: theFlow.step !== "card" && text.length > 0
            text: theFlow.problem
        }
        Text {
            objectName: "cardPinDone"
            Layout.fillWidth: true
            visible: theFlow.step === "done"
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.text
            text: qsTr("If you lose your card, choose \"IC card services\" here, then \"I lost my card\": your unit, your mobile number and this PIN block the card at once. Nobody at the desk can see your PIN; if you forget it, set a new one with your card.")
        }
        Item {
            Layout.fillHeight: true
            visible: theFlow.step !== "card"
        }

        TouchButton {
            objectName: "cardPinBack"
            visible: theFlow.step === "repeat" || theFlow.step === "done"
            primary: theFlow.step === "done"
            text: theFlow.step === "done" ? qsTr("Finish") : qsTr("‹ Start again")
            onClicked: {
                if (theFlow.step === "repeat")
                    theFlow.startAgain()
                else
                    Navigator.home()
            }
        }
    }

    // A card tapped on the home screen already greeted the tenant: start from it.
    Component.onCompleted: {
        if (TenantCard.known)
            theFlow.useTappedCard()
    }
    Component.onDestruction: TenantCard.clear()
}
