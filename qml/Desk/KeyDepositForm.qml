pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// An owner leaves a spare key of their unit: the owner (card tap, or found after an ID check),
// the unit, the tag (never the unit number), what it opens, its slot, and the people the owner
// allows to borrow it. The deposit receipt prints in the owner's language.
ColumnLayout {
    id: form

    readonly property var owner: KeyDesk.depositOwner
    readonly property bool hasOwner: owner.id !== undefined
    readonly property var problems: KeyDesk.fieldProblems
    property string unit: hasOwner && owner.units.length > 0 ? owner.units[0] : ""
    property var authorised: []
    property string receiptLanguage: LanguageSwitcher.current
    readonly property var languages: LanguageSwitcher.languages

    spacing: Theme.spacingSmall

    ScrollingForm {
        Layout.fillWidth: true
        Layout.fillHeight: true

        RowLayout {
            width: parent.width
            spacing: Theme.spacingLarge

            // The owner and their list.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacingSmall

                Text {
                    objectName: "depositOwner"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: form.hasOwner ? qsTr("Owner: %1").arg(form.owner.name)
                                        : qsTr("The owner taps their card, or find them after checking their ID:")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: form.hasOwner
                    color: Theme.text
                }
                KeyPersonSearch {
                    Layout.fillWidth: true
                    visible: !form.hasOwner
                    field.objectName: "ownerSearch"
                    placeholder: qsTr("Owner's name or unit")
                    onPicked: hit => KeyDesk.pickOwner(hit.id)
                }
                ProblemText {
                    Layout.fillWidth: true
                    text: form.problems["owner"] ?? ""
                }
                VisitorChoices {
                    Layout.fillWidth: true
                    visible: form.hasOwner
                    label: qsTr("Unit")
                    namePrefix: "depositUnit_"
                    choices: form.hasOwner ? form.owner.units.map(unit => [unit, unit]) : []
                    chosen: form.unit
                    onPicked: key => form.unit = key
                }
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Who else may borrow it (the owner always may):")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
                Flow {
                    Layout.fillWidth: true
                    Layout.preferredHeight: childrenRect.height
                    spacing: Theme.spacingSmall
                    Repeater {
                        model: form.authorised
                        delegate: ChoiceButton {
                            required property var modelData
                            required property int index
                            objectName: "authorised-" + index
                            selected: true
                            implicitHeight: Theme.touchTarget + Theme.spacing
                            font.pixelSize: Theme.fontBody
                            text: modelData.name + "  ✕"
                            onClicked: form.authorised = form.authorised.filter((_, i) => i !== index)
                        }
                    }
                }
                KeyPersonSearch {
                    Layout.fillWidth: true
                    field.objectName: "authorisedSearch"
                    placeholder: qsTr("Add a person: name or unit")
                    onPicked: hit => {
                        if (!form.authorised.some(person => person.id === hit.id))
                            form.authorised = form.authorised.concat([{ "id": hit.id, "name": hit.name }])
                    }
                }
                ProblemText {
                    Layout.fillWidth: true
                    text: form.problems["authorised"] ?? ""
                }
                VisitorChoices {
                    Layout.fillWidth: true
                    label: qsTr("Receipt language")
                    namePrefix: "depositLanguage_"
                    choices: form.languages.map(language => [language.code, language.name])
                    chosen: form.receiptLanguage
                    onPicked: key => form.receiptLanguage = key
                }
            }

            // The key.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacingSmall

                LabeledField {
                    id: tagField
                    field.objectName: "depositTag"
                    Layout.fillWidth: true
                    label: qsTr("Tag number (never the unit number)")
                    problem: form.problems["tag"] ?? ""
                }
                LabeledField {
                    id: barcodeField
                    field.objectName: "depositBarcode"
                    Layout.fillWidth: true
                    label: qsTr("Tag barcode (empty: the number)")
                    problem: form.problems["barcode"] ?? ""
                }
                LabeledField {
                    id: labelField
                    field.objectName: "depositLabel"
                    Layout.fillWidth: true
                    label: qsTr("What it is (e.g. front door, 2 keys)")
                    problem: form.problems["label"] ?? ""
                }
                LabeledField {
                    id: slotField
                    field.objectName: "depositSlot"
                    Layout.fillWidth: true
                    label: qsTr("Slot in the cabinet")
                    problem: form.problems["slot"] ?? ""
                }
            }
        }
    }
    TouchButton {
        objectName: "depositKey"
        text: qsTr("Deposit and print the receipt")
        onClicked: {
            if (KeyDesk.deposit({ "tag": tagField.text, "barcode": barcodeField.text, "label": labelField.text,
                                  "slot": slotField.text, "unit": form.unit,
                                  "authorisedIds": form.authorised.map(person => person.id),
                                  "language": form.receiptLanguage }))
                form.authorised = []
        }
    }
}
