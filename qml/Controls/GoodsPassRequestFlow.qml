import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Backend

// Asking for a goods-release pass, one question per screen (its steps are Components a Loader
// creates, so they are not Bound: Qt 6.4 refuses a bound one there). At the kiosk ("kiosk") the tenant
// taps their IC card first; at the desk ("desk") the clerk gives `applicantId` and `actor`.
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

    Loader {
        id: page
        objectName: "stepPage"
        Layout.fillWidth: true
        Layout.fillHeight: true
        sourceComponent: ({
            card: cardStep, unit: unitStep, items: itemsStep, carrier: carrierStep,
            when: whenStep, reason: reasonStep, confirm: confirmStep, done: doneStep
        })[flow.step] ?? null
    }

    ProblemText {
        objectName: "submitProblem"
        Layout.fillWidth: true
        text: theForm.problems["submit"] ?? ""
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

    Component {
        id: cardStep
        GoodsPassCardStep {
            form: theForm
        }
    }
    Component {
        id: unitStep
        ColumnLayout {
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
                text: theForm.problems["unit"] ?? theForm.problems["applicant"] ?? ""
            }
            Item {
                Layout.fillHeight: true
            }
        }
    }
    Component {
        id: itemsStep
        GoodsPassItemsStep {
            form: theForm
        }
    }
    Component {
        id: carrierStep
        GoodsPassCarrierStep {
            form: theForm
        }
    }
    Component {
        id: whenStep
        GoodsPassWhenStep {
            form: theForm
        }
    }
    Component {
        id: reasonStep
        GoodsPassReasonStep {
            form: theForm
        }
    }
    Component {
        id: confirmStep
        Flickable {
            contentHeight: summary.implicitHeight
            clip: true
            GoodsPassSummary {
                id: summary
                width: parent.width
                form: theForm
            }
        }
    }
    Component {
        id: doneStep
        GoodsPassDone {
            form: theForm
            onFinish: flow.finished()
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
