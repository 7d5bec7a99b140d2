import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// A key comes back: its tag scanned at the desk's scanner (it fills the field) or typed, and
// its condition. Late returns are said so; a key that is in is refused under the tag field.
ColumnLayout {
    id: form

    property string condition: "good"
    readonly property var problems: KeyDesk.fieldProblems
    readonly property var selected: KeyDesk.selectedKey

    spacing: Theme.spacing

    // The fields scroll when the on-screen keyboard leaves little room; the button stays in view.
    ScrollingForm {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredHeight: contentHeight
        Layout.maximumHeight: contentHeight

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Scan the key's tag, or type its number.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                color: Theme.text
            }
            LabeledField {
                id: tagField
                field.objectName: "returnTag"
                Layout.maximumWidth: 700
                Layout.fillWidth: true
                label: qsTr("Tag number")
                text: KeyDesk.scannedTag.length > 0 ? KeyDesk.scannedTag : (form.selected.tag ?? "")
                problem: form.problems["tag"] ?? ""
            }
            VisitorChoices {
                Layout.fillWidth: true
                label: qsTr("Condition")
                namePrefix: "condition_"
                choices: [["good", qsTr("Good")], ["damaged", qsTr("Damaged")]]
                chosen: form.condition
                onPicked: key => form.condition = key
            }
            LabeledField {
                id: noteField
                field.objectName: "returnNote"
                Layout.maximumWidth: 1000
                Layout.fillWidth: true
                label: form.condition === "damaged" ? qsTr("What is damaged") : qsTr("Note (optional)")
            }
        }
    }
    TouchButton {
        objectName: "returnKey"
        text: qsTr("Take the key back")
        enabled: tagField.text.trim().length > 0
        onClicked: {
            if (KeyDesk.returnKey(tagField.text, form.condition, noteField.text)) {
                noteField.text = ""
                form.condition = "good"
            }
        }
    }
    Item {
        Layout.fillHeight: true
    }
}
