pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// One page for the desk to check a visitor in (`invitation` false: the slip prints now) or to
// invite one (the days of the visit instead of the ID; the code is shown and printed). Each
// problem is shown beside its field, in the current language.
ColumnLayout {
    id: form

    property bool invitation: false
    property string purpose: "visit"
    property string slipLanguage: LanguageSwitcher.current
    property string windowPreset: "today"
    readonly property var problems: VisitDesk.fieldProblems
    readonly property var languages: LanguageSwitcher.languages

    function values() {
        const host = hostPicker.host
        return {
            "name": nameField.text, "phone": phoneField.text,
            "hostPersonId": host.kind === "person" ? host.id : "",
            "hostCompanyId": host.kind === "company" ? host.id : "",
            "purpose": form.purpose, "purposeNote": noteField.text,
            "companions": companions.count, "plate": plateField.text,
            "idNumber": form.invitation ? "" : idField.text, "language": form.slipLanguage
        }
    }
    function clear() {
        for (const field of [nameField, phoneField, idField, plateField, noteField])
            field.text = ""
        companions.count = 0
        hostPicker.host = ({})
        form.purpose = "visit"
    }

    spacing: Theme.spacing

    // The fields scroll when the on-screen keyboard leaves little room; the button stays in view.
    ScrollingForm {
        id: fields
        Layout.fillWidth: true
        Layout.fillHeight: true

        RowLayout {
            width: parent.width
            spacing: Theme.spacingLarge

            // Who comes.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal shares
                Layout.fillHeight: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacingSmall

                LabeledField {
                    id: nameField
                    field.objectName: "visitorName"
                    Layout.fillWidth: true
                    label: qsTr("Visitor's name")
                    problem: form.problems["name"] ?? ""
                }
                LabeledField {
                    id: phoneField
                    objectName: "visitorPhoneField"
                    field.objectName: "visitorPhone"
                    Layout.fillWidth: true
                    label: qsTr("Mobile number")
                    hints: Qt.ImhDialableCharactersOnly
                    problem: form.problems["phone"] ?? ""
                }
                LabeledField {
                    id: idField
                    field.objectName: "visitorId"
                    Layout.fillWidth: true
                    visible: !form.invitation
                    label: qsTr("ID number (optional; only the last 4 are kept)")
                    problem: form.problems["id_number"] ?? ""
                }
                LabeledField {
                    id: plateField
                    field.objectName: "visitorPlate"
                    Layout.fillWidth: true
                    label: qsTr("Vehicle plate (optional)")
                    problem: form.problems["plate"] ?? ""
                }
                Text {
                    text: qsTr("Companions")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
                StepperField {
                    id: companions
                    property int count: 0
                    namePrefix: "companions"
                    Layout.fillWidth: true
                    value: String(count)
                    onStepped: delta => count = Math.max(0, count + delta)
                }
                ProblemText {
                    Layout.fillWidth: true
                    text: form.problems["companions"] ?? ""
                }
            }

            VisitorHostPicker {
                id: hostPicker
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal shares
                Layout.preferredHeight: Math.max(fields.height, Theme.tileHeight * 2)
                problem: form.problems["host"] ?? ""
            }

            // Why, the slip's language, the days (an invitation) and the one button.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal shares
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacingSmall

                VisitorChoices {
                    Layout.fillWidth: true
                    label: qsTr("Purpose")
                    namePrefix: "purpose_"
                    choices: [["visit", qsTr("Visit")], ["delivery", qsTr("Delivery")],
                        ["interview", qsTr("Interview")], ["contractor", qsTr("Contractor")],
                        ["other", qsTr("Other")]]
                    chosen: form.purpose
                    onPicked: key => form.purpose = key
                    problem: form.problems["purpose"] ?? ""
                }
                LabeledField {
                    id: noteField
                    field.objectName: "purposeNote"
                    Layout.fillWidth: true
                    visible: form.purpose === "other"
                    label: qsTr("What for?")
                    problem: form.problems["purpose_note"] ?? ""
                }
                VisitorChoices {
                    Layout.fillWidth: true
                    visible: form.invitation
                    label: qsTr("Days")
                    namePrefix: "window_"
                    choices: [["today", qsTr("Today")], ["tomorrow", qsTr("Tomorrow")], ["week", qsTr("This week")]]
                    chosen: form.windowPreset
                    onPicked: key => form.windowPreset = key
                    problem: form.problems["valid_until"] ?? ""
                }
                VisitorChoices {
                    Layout.fillWidth: true
                    label: form.invitation ? qsTr("Language of the invitation") : qsTr("Language of the slip")
                    namePrefix: "slipLanguage_"
                    choices: form.languages.map(language => [language.code, language.name])
                    chosen: form.slipLanguage
                    onPicked: key => form.slipLanguage = key
                }
            }
        }
    }

    TouchButton {
        objectName: form.invitation ? "sendInvitation" : "checkInVisitor"
        Layout.alignment: Qt.AlignRight
        Layout.preferredWidth: fields.width / 3
        text: form.invitation ? qsTr("Make invitation and print") : qsTr("Check in and print slip")
        onClicked: {
            const done = form.invitation ? VisitDesk.invite(form.values(), form.windowPreset)
                                         : VisitDesk.checkIn(form.values())
            if (done)
                form.clear()
        }
    }
}
