import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// A common-area, plant-room or master key put in the cabinet: its tag (number and barcode,
// never a unit), what it opens in the desk's words, and its slot.
ColumnLayout {
    id: form

    property string type: "common"
    readonly property var problems: KeyDesk.fieldProblems

    spacing: Theme.spacingSmall

    // The fields scroll when the on-screen keyboard leaves little room; the button stays in view.
    ScrollingForm {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredHeight: contentHeight
        Layout.maximumHeight: contentHeight

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingSmall

            VisitorChoices {
                Layout.fillWidth: true
                label: qsTr("Type of key")
                namePrefix: "keyType_"
                choices: [["common", qsTr("Common area")], ["plant_room", qsTr("Plant room")], ["master", qsTr("Master key")]]
                chosen: form.type
                problem: form.problems["type"] ?? ""
                onPicked: key => form.type = key
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingLarge
                LabeledField {
                    id: tagField
                    field.objectName: "registerTag"
                    Layout.fillWidth: true
                    label: qsTr("Tag number")
                    problem: form.problems["tag"] ?? ""
                }
                LabeledField {
                    id: barcodeField
                    field.objectName: "registerBarcode"
                    Layout.fillWidth: true
                    label: qsTr("Tag barcode (empty: the number)")
                    problem: form.problems["barcode"] ?? ""
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingLarge
                LabeledField {
                    id: labelField
                    field.objectName: "registerLabel"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 2
                    label: qsTr("What it opens")
                    problem: form.problems["label"] ?? ""
                }
                LabeledField {
                    id: slotField
                    field.objectName: "registerSlot"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    label: qsTr("Slot in the cabinet")
                    problem: form.problems["slot"] ?? ""
                }
            }
        }
    }
    TouchButton {
        objectName: "registerKey"
        text: qsTr("Add to the cabinet")
        onClicked: KeyDesk.registerKey({ "tag": tagField.text, "barcode": barcodeField.text,
                                         "type": form.type, "label": labelField.text, "slot": slotField.text })
    }
    Item {
        Layout.fillHeight: true
    }
}
