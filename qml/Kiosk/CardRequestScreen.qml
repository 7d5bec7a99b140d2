pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// A tenant's IC-card request at the kiosk, one question per screen: their card (or, when it is
// lost, their unit and phone), what they need, a temporary card's holder and days, then a
// check and send. The desk approves it; every rule is CardRequestFlow's.
Item {
    id: screen
    objectName: "cardRequestScreen"

    readonly property CardRequestFlow flow: theFlow
    readonly property var steps: {
        const all = [theFlow.identifiedBy === "phone" ? "identify" : "card"]
        // Blocked with the PIN: what is left is a replacement, asked of the desk.
        if (theFlow.lostReported)
            return all.concat(["blocked", "confirm", "done"])
        if (theFlow.pinAsked)
            all.push("pin")
        all.push("kind")
        if (theFlow.kind === "temporary")
            all.push("temporary")
        return all.concat(["confirm", "done"])
    }
    property string step: "card"

    CardRequestFlow {
        id: theFlow
    }

    function next() {
        if (screen.step === "card" && theFlow.useTappedCard())
            screen.step = "kind"
        else if (screen.step === "kind" && theFlow.kind.length > 0)
            screen.step = theFlow.kind === "temporary" ? "temporary" : "confirm"
        else if (screen.step === "temporary" && theFlow.validate())
            screen.step = "confirm"
        else if (screen.step === "confirm" && theFlow.submit())
            screen.step = "done"
    }
    function back() {
        const at = screen.steps.indexOf(screen.step)
        if (at <= 0 || screen.step === "done" || screen.step === "blocked")
            Navigator.home()
        else
            screen.step = screen.steps[at - 1]
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        ScreenTitle {
            objectName: "cardStepTitle"
            Layout.fillWidth: true
            text: ({
                card: qsTr("Tap your IC card"),
                identify: qsTr("Your unit and phone number"),
                pin: qsTr("Your card PIN"),
                blocked: qsTr("Your card is blocked"),
                kind: qsTr("What do you need?"),
                temporary: qsTr("Who carries the temporary card?"),
                confirm: qsTr("Check and send your request"),
                done: qsTr("Your request is recorded")
            })[screen.step] ?? ""
        }

        Item {
            id: page
            Layout.fillWidth: true
            Layout.fillHeight: true

            Repeater {
                model: screen.step === "card" ? 1 : 0
                delegate: CardTapStep {
                    width: page.width
                    height: page.height
                    onTapped: screen.next()
                    onLost: screen.step = "identify"
                }
            }
            Repeater {
                model: screen.step === "identify" ? 1 : 0
                delegate: CardIdentifyStep {
                    width: page.width
                    height: page.height
                    flow: theFlow
                    onIdentified: screen.step = theFlow.pinAsked ? "pin" : "kind"
                }
            }
            Repeater {
                model: screen.step === "pin" ? 1 : 0
                delegate: CardLostPinStep {
                    width: page.width
                    height: page.height
                    flow: theFlow
                    onBlocked: screen.step = "blocked"
                    onWithoutPin: screen.step = "kind"
                }
            }
            Repeater {
                model: screen.step === "blocked" ? 1 : 0
                delegate: CardBlockedStep {
                    width: page.width
                    height: page.height
                    flow: theFlow
                    onReplacement: {
                        theFlow.kind = "replacement-lost"
                        screen.step = "confirm"
                    }
                }
            }
            Repeater {
                model: screen.step === "kind" ? 1 : 0
                delegate: CardKindStep {
                    width: page.width
                    height: page.height
                    flow: theFlow
                }
            }
            Repeater {
                model: screen.step === "temporary" ? 1 : 0
                delegate: CardTemporaryStep {
                    width: page.width
                    height: page.height
                    flow: theFlow
                }
            }
            Repeater {
                model: screen.step === "confirm" || screen.step === "done" ? 1 : 0
                delegate: CardRequestSummary {
                    width: page.width
                    height: page.height
                    flow: theFlow
                    done: screen.step === "done"
                }
            }
        }

        ProblemText {
            objectName: "cardSubmitProblem"
            Layout.fillWidth: true
            text: theFlow.problems, theFlow.problem("submit") || theFlow.problem("kind") || theFlow.problem("person")
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            TouchButton {
                objectName: "cardBack"
                primary: false
                text: screen.step === "done" || screen.step === "blocked" ? qsTr("Finish") : qsTr("‹ Previous")
                onClicked: screen.back()
            }
            Item {
                Layout.fillWidth: true
            }
            TouchButton {
                objectName: "cardNext"
                visible: screen.step === "kind" ? theFlow.kind.length > 0
                         : screen.step === "temporary" || screen.step === "confirm"
                text: screen.step === "confirm" ? qsTr("Send request") : qsTr("Next ›")
                onClicked: screen.next()
            }
        }
    }

    // A card tapped on the home screen already greeted the tenant: start from it.
    Component.onCompleted: {
        if (TenantCard.known && theFlow.useTappedCard())
            screen.step = "kind"
    }
    Component.onDestruction: TenantCard.clear()
}
