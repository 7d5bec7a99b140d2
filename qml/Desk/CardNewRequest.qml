pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// A request entered at the desk on a tenant's behalf: what, the unit and the person, a proxy
// applicant with the authorisation letter, a temporary card's holder and days, and the tenant's
// language, which their receipts print in.
ColumnLayout {
    id: form

    property string kind: "new"
    property string person: ""
    property var people: []
    property var problems: ({})
    property string receiptLanguage: LanguageSwitcher.current
    readonly property var languages: LanguageSwitcher.languages

    signal done()

    spacing: Theme.spacing

    // The fields scroll when the on-screen keyboard leaves little room; the buttons stay in view.
    ScrollingForm {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredHeight: contentHeight
        Layout.maximumHeight: contentHeight

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                Repeater {
                    model: CardDesk.kinds
                    delegate: ChoiceButton {
                        required property var modelData
                        objectName: "newKind-" + modelData.key
                        text: modelData.label
                        selected: form.kind === modelData.key
                        onClicked: form.kind = modelData.key
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                LabeledField {
                    id: unit
                    objectName: "newUnit"
                    Layout.fillWidth: true
                    label: qsTr("Unit")
                    problem: form.problems["unit"] ?? ""
                    field.onTextChanged: {
                        form.people = CardDesk.peopleAt(unit.text)
                        form.person = form.people.length === 1 ? form.people[0].id : ""
                    }
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                Repeater {
                    model: form.people
                    delegate: ChoiceButton {
                        required property var modelData
                        objectName: "newPerson-" + modelData.id
                        text: modelData.name
                        selected: form.person === modelData.id
                        onClicked: form.person = modelData.id
                    }
                }
            }
            ProblemText {
                Layout.fillWidth: true
                text: form.problems["person"] ?? form.problems["kind"] ?? ""
            }
            ChoiceButton {
                id: proxy
                objectName: "newProxy"
                checkable: true
                selected: checked
                text: (checked ? "✓ " : "☐ ") + qsTr("Someone else applies on the tenant's behalf")
            }
            LabeledField {
                id: applicant
                objectName: "newApplicant"
                Layout.fillWidth: true
                visible: proxy.checked
                label: qsTr("Applicant's name")
                problem: form.problems["applicant"] ?? ""
            }
            LabeledField {
                id: letter
                objectName: "newLetter"
                Layout.fillWidth: true
                visible: proxy.checked
                label: qsTr("Authorisation letter (what it says, who signed it)")
                problem: form.problems["letter"] ?? ""
            }
            LabeledField {
                id: holder
                objectName: "newHolder"
                Layout.fillWidth: true
                visible: form.kind === "temporary"
                label: qsTr("Who carries the temporary card")
                problem: form.problems["holder"] ?? ""
            }
            LabeledField {
                id: days
                objectName: "newDays"
                Layout.fillWidth: true
                visible: form.kind === "temporary"
                label: qsTr("Valid for (days)")
                text: "1"
                problem: form.problems["expires"] ?? ""
            }
            VisitorChoices {
                Layout.fillWidth: true
                label: qsTr("Tenant's language (for their receipts)")
                namePrefix: "newLanguage_"
                choices: form.languages.map(language => [language.code, language.name])
                chosen: form.receiptLanguage
                onPicked: key => form.receiptLanguage = key
            }
        }
    }
    ProblemText {
        Layout.fillWidth: true
        text: form.problems["submit"] ?? ""
    }
    RowLayout {
        spacing: Theme.spacing
        TouchButton {
            objectName: "newSubmit"
            text: qsTr("Record request")
            onClicked: {
                form.problems = CardDesk.newRequest({
                    kind: form.kind, person: form.person, unit: unit.text,
                    proxy: proxy.checked, applicant: applicant.text, letter: letter.text,
                    holder: holder.text, days: days.text, language: form.receiptLanguage
                })
                if (Object.keys(form.problems).length === 0)
                    form.done()
            }
        }
        TouchButton {
            primary: false
            text: qsTr("Cancel")
            onClicked: form.done()
        }
    }
    Item {
        Layout.fillHeight: true
    }
}
