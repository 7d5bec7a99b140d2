pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Backend

// Asking for a goods-release pass, one question per screen (a step's page exists while it is
// on screen; Repeaters, not a Loader: Qt 6.4's Loader refuses a Bound component). At the kiosk
// ("kiosk") the tenant taps their IC card first; at the desk ("desk") the clerk gives
// `applicantId` and `actor`.
// Every rule is GoodsPassForm's; this only asks, shows its problems and moves on.
ColumnLayout {
    id: flow

    property string mode: "kiosk"
    property string applicantId: ""
    property string actor: ""
    readonly property GoodsPassForm form: theForm
    readonly property string step: flow.steps[flow.stepIndex]
    readonly property var steps: {
        const all = flow.mode === "kiosk" ? ["card"] : []
        if (theForm.units.length !== 1)
            all.push("unit")
        return all.concat(["items", "carrier", "when", "reason", "confirm", "done"])
    }
    property int stepIndex: 0

    // The desk goes back to its list; the kiosk goes home.
    signal finished()

    spacing: Theme.spacing

    GoodsPassForm {
        id: theForm
        mode: flow.mode
    }

    // Which fields each step answers (GoodsPassForm.validateStep).
    readonly property var stepFields: ({
        card: ["applicant"], unit: ["unit"], items: ["items"],
        carrier: ["carrier_name", "carrier_phone", "carrier_id_last4"],
        when: ["valid_until", "plate", "expected_return"], reason: ["reason", "reason_note"]
    })

    function next() {
        if (flow.step === "confirm") {
            if (theForm.submit(flow.mode === "kiosk" ? theForm.applicantId : flow.actor))
                flow.stepIndex = flow.steps.indexOf("done")
            return
        }
        if (theForm.validateStep(flow.stepFields[flow.step] ?? []))
            flow.stepIndex = Math.min(flow.stepIndex + 1, flow.steps.length - 1)
    }

    // The problem the form shows for a field, or "" (GoodsPassStep.problem).
    function problem(field: string): string {
        return theForm.problems[field] ?? ""
    }

    function previous() {
        if (flow.stepIndex === 0 || theForm.submitted)
            flow.finished()
        else
            flow.stepIndex -= 1
    }

    ScreenTitle {
        objectName: "stepTitle"
        Layout.fillWidth: true
        text: ({
            card: qsTr("Tap your IC card"),
            unit: qsTr("Which unit do the goods leave from?"),
            items: qsTr("What leaves the building?"),
            carrier: qsTr("Who carries the goods out?"),
            when: qsTr("When, and by which vehicle?"),
            reason: qsTr("Why do the goods leave?"),
            confirm: qsTr("Check and send your request"),
            done: qsTr("Your request is recorded")
        })[flow.step] ?? ""
    }
    Text {
        objectName: "stepCount"
        Layout.fillWidth: true
        visible: flow.step !== "done"
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        text: qsTr("Goods-release pass · step %1 of %2").arg(flow.stepIndex + 1).arg(flow.steps.length - 1)
    }

    // The current step's page: each step's Repeater holds its page while it is the step on
    // screen, and drops it (what was typed lives in the form) when the flow moves on. A page
    // fills the screen, and scrolls when it is longer (the on-screen keyboard open at the desk).
    ScrollingForm {
        id: page
        objectName: "stepPage"
        Layout.fillWidth: true
        Layout.fillHeight: true

        Repeater {
            model: flow.step === "card" ? 1 : 0
            delegate: GoodsPassCardStep {
                width: page.width
                height: Math.max(implicitHeight, page.height)
                form: theForm
            }
        }
        Repeater {
            model: flow.step === "unit" ? 1 : 0
            delegate: GoodsPassStep {
                id: unitPage
                width: page.width
                height: Math.max(implicitHeight, page.height)
                form: theForm
                spacing: Theme.spacing
                Repeater {
                    model: theForm.units
                    delegate: ChoiceButton {
                        required property string modelData
                        objectName: "unit_" + modelData
                        Layout.fillWidth: true
                        text: qsTr("Unit %1").arg(modelData)
                        selected: theForm.unit === modelData
                        onClicked: theForm.unit = modelData
                    }
                }
                ProblemText {
                    Layout.fillWidth: true
                    text: unitPage.problem("unit") || unitPage.problem("applicant")
                }
                Item {
                    Layout.fillHeight: true
                }
            }
        }
        Repeater {
            model: flow.step === "items" ? 1 : 0
            delegate: GoodsPassItemsStep {
                width: page.width
                height: Math.max(implicitHeight, page.height)
                form: theForm
            }
        }
        Repeater {
            model: flow.step === "carrier" ? 1 : 0
            delegate: GoodsPassCarrierStep {
                width: page.width
                height: Math.max(implicitHeight, page.height)
                form: theForm
            }
        }
        Repeater {
            model: flow.step === "when" ? 1 : 0
            delegate: GoodsPassWhenStep {
                width: page.width
                height: Math.max(implicitHeight, page.height)
                form: theForm
            }
        }
        Repeater {
            model: flow.step === "reason" ? 1 : 0
            delegate: GoodsPassReasonStep {
                width: page.width
                height: Math.max(implicitHeight, page.height)
                form: theForm
            }
        }
        Repeater {
            model: flow.step === "confirm" ? 1 : 0
            delegate: GoodsPassSummary {
                width: page.width
                form: theForm
            }
        }
        Repeater {
            model: flow.step === "done" ? 1 : 0
            delegate: GoodsPassDone {
                width: page.width
                height: Math.max(implicitHeight, page.height)
                form: theForm
                onFinish: flow.finished()
            }
        }
    }

    ProblemText {
        objectName: "submitProblem"
        Layout.fillWidth: true
        text: flow.problem("submit")
    }

    RowLayout {
        Layout.fillWidth: true
        visible: flow.step !== "done"
        spacing: Theme.spacing

        TouchButton {
            objectName: "stepBack"
            primary: false
            visible: flow.stepIndex > 0
            text: qsTr("‹ Previous")
            onClicked: flow.previous()
        }
        Item {
            Layout.fillWidth: true
        }
        TouchButton {
            objectName: "stepNext"
            visible: flow.step !== "card" || theForm.applicantId.length > 0
            text: flow.step === "confirm" ? qsTr("Send request") : qsTr("Next ›")
            onClicked: flow.next()
        }
    }

    Component.onCompleted: {
        if (flow.mode === "kiosk")
            TenantCard.clear()
        else
            theForm.setApplicant(flow.applicantId)
    }
    Component.onDestruction: if (flow.mode === "kiosk") TenantCard.clear()
}
