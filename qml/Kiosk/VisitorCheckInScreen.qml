pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// A walk-in visitor checks in, one question per screen (a step's page exists while it is on
// screen; Repeaters, not a Loader: Qt 6.4's Loader refuses a Bound component). Every rule is
// VisitorCheckIn's (the Visits service's): this asks, shows its problems and moves on.
Item {
    id: screen
    objectName: "visitorCheckIn"

    readonly property VisitorCheckIn form: theForm
    readonly property var steps: ["language", "name", "phone", "host", "purpose", "companions",
                                  "plate", "id", "confirm", "result"]
    readonly property string step: steps[stepIndex]
    property int stepIndex: 0

    // Which fields each step answers (VisitorCheckIn.validateStep).
    readonly property var stepFields: ({
        name: ["name"], phone: ["phone"], host: ["host"], purpose: ["purpose"],
        companions: ["companions"], plate: ["plate"], id: ["id_number"]
    })

    function next() {
        if (screen.step === "confirm") {
            if (theForm.submit())
                screen.stepIndex = screen.steps.indexOf("result")
            return
        }
        if (theForm.validateStep(screen.stepFields[screen.step] ?? []))
            screen.stepIndex = Math.min(screen.stepIndex + 1, screen.steps.length - 1)
    }

    function previous() {
        if (screen.stepIndex === 0)
            Navigator.home()
        else
            screen.stepIndex -= 1
    }

    function problem(field: string): string {
        return theForm.problems[field] ?? ""
    }

    VisitorCheckIn {
        id: theForm
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        ScreenTitle {
            objectName: "stepTitle"
            Layout.fillWidth: true
            visible: screen.step !== "result"
            text: ({
                language: qsTr("Choose your language"),
                name: qsTr("What is your name?"),
                phone: qsTr("Your mobile number"),
                host: qsTr("Whom are you visiting?"),
                purpose: qsTr("Why are you here?"),
                companions: qsTr("How many people are with you?"),
                plate: qsTr("Did you come by car?"),
                id: qsTr("Your ID number (optional)"),
                confirm: qsTr("Check your details")
            })[screen.step] ?? ""
        }
        Text {
            objectName: "stepCount"
            Layout.fillWidth: true
            visible: screen.step !== "result"
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            text: qsTr("Visitor check-in · step %1 of %2").arg(screen.stepIndex + 1).arg(screen.steps.length - 1)
        }

        Item {
            id: page
            objectName: "stepPage"
            Layout.fillWidth: true
            Layout.fillHeight: true

            Repeater {
                model: screen.step === "language" ? 1 : 0
                delegate: ColumnLayout {
                    width: page.width
                    height: page.height
                    spacing: Theme.spacing
                    Text {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                        text: qsTr("The screens and your visitor slip will be in this language.")
                    }
                    Repeater {
                        model: LanguageSwitcher.languages
                        delegate: ChoiceButton {
                            required property var modelData
                            objectName: "chooseLanguage-" + modelData.code
                            Layout.fillWidth: true
                            implicitHeight: Theme.tileHeight / 2
                            text: modelData.name
                            selected: LanguageSwitcher.current === modelData.code
                            onClicked: {
                                LanguageSwitcher.select(modelData.code)
                                screen.next()
                            }
                        }
                    }
                    Item {
                        Layout.fillHeight: true
                    }
                }
            }
            Repeater {
                model: screen.step === "name" ? 1 : 0
                delegate: VisitorFieldStep {
                    width: page.width
                    height: page.height
                    fieldName: "visitorName"
                    label: qsTr("Your full name, as on your ID")
                    note: qsTr("Tap the field to type; 中 on the keyboard switches to Chinese input.")
                    text: theForm.name
                    problem: screen.problem("name")
                    onTextChanged: theForm.name = text
                }
            }
            Repeater {
                model: screen.step === "phone" ? 1 : 0
                delegate: VisitorFieldStep {
                    width: page.width
                    height: page.height
                    fieldName: "visitorPhone"
                    label: qsTr("Mobile number")
                    hints: Qt.ImhDialableCharactersOnly
                    note: qsTr("Your host or the front desk may call you on it.")
                    text: theForm.phone
                    problem: screen.problem("phone")
                    onTextChanged: theForm.phone = text
                }
            }
            Repeater {
                model: screen.step === "host" ? 1 : 0
                delegate: VisitorHostStep {
                    width: page.width
                    height: page.height
                    form: theForm
                }
            }
            Repeater {
                model: screen.step === "purpose" ? 1 : 0
                delegate: VisitorPurposeStep {
                    width: page.width
                    height: page.height
                    form: theForm
                }
            }
            Repeater {
                model: screen.step === "companions" ? 1 : 0
                delegate: ColumnLayout {
                    width: page.width
                    height: page.height
                    spacing: Theme.spacing
                    Text {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                        text: qsTr("Not counting yourself. Everyone enters on your slip.")
                    }
                    StepperField {
                        Layout.fillWidth: true
                        namePrefix: "companions"
                        value: String(theForm.companions)
                        onStepped: delta => theForm.stepCompanions(delta)
                    }
                    ProblemText {
                        objectName: "companionsProblem"
                        Layout.fillWidth: true
                        text: screen.problem("companions")
                    }
                    Item {
                        Layout.fillHeight: true
                    }
                }
            }
            Repeater {
                model: screen.step === "plate" ? 1 : 0
                delegate: VisitorFieldStep {
                    width: page.width
                    height: page.height
                    fieldName: "visitorPlate"
                    label: qsTr("Vehicle plate (optional)")
                    placeholder: qsTr("For example 粤B12345")
                    hints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                    note: qsTr("Leave it empty if you came on foot.")
                    text: theForm.plate
                    problem: screen.problem("plate")
                    onTextChanged: theForm.plate = text
                }
            }
            Repeater {
                model: screen.step === "id" ? 1 : 0
                delegate: VisitorFieldStep {
                    width: page.width
                    height: page.height
                    fieldName: "visitorId"
                    label: qsTr("ID card or passport number (optional)")
                    hints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                    maximumLength: 30
                    note: qsTr("Only the last 4 characters are kept; the full number is never stored. You may leave it empty.")
                    text: theForm.idNumber
                    problem: screen.problem("id_number")
                    onTextChanged: theForm.idNumber = text
                }
            }
            Repeater {
                model: screen.step === "confirm" ? 1 : 0
                delegate: Flickable {
                    width: page.width
                    height: page.height
                    contentHeight: summary.implicitHeight
                    clip: true
                    VisitorSummary {
                        id: summary
                        width: page.width
                        form: theForm
                    }
                }
            }
            Repeater {
                model: screen.step === "result" ? 1 : 0
                delegate: VisitorResult {
                    width: page.width
                    height: page.height
                    form: theForm
                    onFinish: Navigator.home()
                }
            }
        }

        ProblemText {
            objectName: "submitProblem"
            Layout.fillWidth: true
            text: screen.step === "confirm"
                  ? Object.keys(theForm.problems).map(field => theForm.problems[field]).join(" ")
                  : ""
        }

        RowLayout {
            Layout.fillWidth: true
            visible: screen.step !== "result"
            spacing: Theme.spacing

            TouchButton {
                objectName: "stepBack"
                primary: false
                visible: screen.stepIndex > 0
                text: qsTr("‹ Previous")
                onClicked: screen.previous()
            }
            Item {
                Layout.fillWidth: true
            }
            TouchButton {
                objectName: "stepNext"
                text: screen.step === "confirm" ? qsTr("Check in") : qsTr("Next ›")
                onClicked: screen.next()
            }
        }
    }
}
