pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// Lending one key: who borrows it, why, until when (the key type's default, a quick choice or
// a typed time; never past, at most 15 days), the work for a plant room or a contractor, and a
// second staff member's PIN for a master key. Each refusal shows under its field; the receipt
// prints in the borrower's language.
ColumnLayout {
    id: form

    readonly property var key: KeyDesk.selectedKey
    readonly property bool master: key.type === "master"
    readonly property var problems: KeyDesk.fieldProblems
    property string secondStaff: ""
    property string receiptLanguage: LanguageSwitcher.current
    readonly property var languages: LanguageSwitcher.languages
    readonly property var staff: KeyDesk.staff
    readonly property var borrower: KeyDesk.borrower

    spacing: Theme.spacingSmall

    Text {
        objectName: "signOutKey"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        text: form.key.id === undefined ? qsTr("Choose a key in the cabinet first.")
              : qsTr("Sign out key %1 · %2 · %3").arg(form.key.tag).arg(form.key.label).arg(form.key.typeText)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
    }
    ProblemText {
        objectName: "keyProblem"
        Layout.fillWidth: true
        text: form.problems["key"] ?? ""
    }

    ScrollingForm {
        Layout.fillWidth: true
        Layout.fillHeight: true

        RowLayout {
            width: parent.width
            spacing: Theme.spacingLarge

            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacingSmall
                KeyBorrowerPicker {
                    Layout.fillWidth: true
                }
                ProblemText {
                    objectName: "borrowerProblem"
                    Layout.fillWidth: true
                    text: form.problems["borrower"] ?? ""
                }
                VisitorChoices {
                    Layout.fillWidth: true
                    label: qsTr("Receipt language")
                    namePrefix: "signOutLanguage_"
                    choices: form.languages.map(language => [language.code, language.name])
                    chosen: form.receiptLanguage
                    onPicked: key => form.receiptLanguage = key
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacingSmall
                LabeledField {
                    id: reasonField
                    field.objectName: "signOutReason"
                    Layout.fillWidth: true
                    label: qsTr("Reason")
                    problem: form.problems["reason"] ?? ""
                }
                LabeledField {
                    id: workField
                    field.objectName: "signOutWork"
                    Layout.fillWidth: true
                    label: form.key.type === "plant_room" || form.borrower.kind === "visit"
                           ? qsTr("Work to be done (work order or task) — required")
                           : qsTr("Work to be done (optional)")
                    problem: form.problems["work_reason"] ?? ""
                }
                LabeledField {
                    id: dueField
                    field.objectName: "signOutDue"
                    Layout.fillWidth: true
                    label: qsTr("Due back (yyyy-MM-dd HH:mm; empty: the usual time for this key)")
                    placeholder: form.key.defaultDue ?? ""
                    problem: form.problems["due_at"] ?? ""
                }
                Flow {
                    Layout.fillWidth: true
                    Layout.preferredHeight: childrenRect.height
                    spacing: Theme.spacingSmall
                    Repeater {
                        model: [[2, qsTr("2 hours")], [4, qsTr("4 hours")], [24, qsTr("1 day")], [24 * 7, qsTr("7 days")]]
                        delegate: ChoiceButton {
                            required property var modelData
                            objectName: "due_" + modelData[0]
                            implicitHeight: Theme.touchTarget + Theme.spacing
                            font.pixelSize: Theme.fontBody
                            text: modelData[1]
                            onClicked: dueField.text = KeyDesk.dueIn(modelData[0])
                        }
                    }
                }
                VisitorChoices {
                    Layout.fillWidth: true
                    visible: form.master
                    label: qsTr("Master key: a second staff member confirms")
                    namePrefix: "secondStaff_"
                    choices: form.staff.map(staff => [staff.id, staff.name])
                    chosen: form.secondStaff
                    problem: form.problems["second_staff"] ?? ""
                    onPicked: key => form.secondStaff = key
                }
                LabeledField {
                    id: pinField
                    visible: form.master
                    field.objectName: "secondPin"
                    field.echoMode: TextInput.Password
                    Layout.fillWidth: true
                    label: qsTr("Their PIN")
                    hints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    problem: form.problems["second_pin"] ?? ""
                }
            }
        }
    }
    TouchButton {
        objectName: "signOutKeyButton"
        enabled: form.key.id !== undefined
        text: qsTr("Sign out and print the receipt")
        onClicked: {
            const done = KeyDesk.signOut({ "reason": reasonField.text, "workReason": workField.text,
                                           "due": dueField.text, "secondStaffId": form.secondStaff,
                                           "secondPin": pinField.text, "language": form.receiptLanguage })
            pinField.text = "" // a PIN never stays on screen
            if (done)
                form.secondStaff = ""
        }
    }
}
