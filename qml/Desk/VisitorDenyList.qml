pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// The site's deny list: a name, a phone number and/or an ID number with the reason; every
// terminal screens with it (offline too) once synced. Lifting an entry lets the person in again.
RowLayout {
    id: deny

    readonly property var problems: VisitDesk.fieldProblems

    spacing: Theme.spacingLarge

    ColumnLayout {
        Layout.fillWidth: true
        Layout.preferredWidth: 40 // shares of the row
        Layout.fillHeight: true
        spacing: Theme.spacingSmall

        // The fields scroll when the on-screen keyboard leaves little room.
        ScrollingForm {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                width: parent.width
                spacing: Theme.spacingSmall

                LabeledField {
                    id: nameField
                    field.objectName: "denyName"
                    Layout.fillWidth: true
                    label: qsTr("Name")
                }
                LabeledField {
                    id: phoneField
                    field.objectName: "denyPhone"
                    Layout.fillWidth: true
                    label: qsTr("Mobile number")
                    hints: Qt.ImhDialableCharactersOnly
                }
                LabeledField {
                    id: idField
                    field.objectName: "denyId"
                    Layout.fillWidth: true
                    label: qsTr("ID number (kept only as a check value)")
                }
                LabeledField {
                    id: reasonField
                    field.objectName: "denyReason"
                    Layout.fillWidth: true
                    label: qsTr("Reason (staff see it; the visitor never does)")
                }
            }
        }
        ProblemText {
            objectName: "denyProblem"
            Layout.fillWidth: true
            text: deny.problems["deny"] ?? ""
        }
        TouchButton {
            objectName: "addDenyEntry"
            Layout.fillWidth: true
            text: qsTr("Add to the deny list")
            onClicked: {
                if (VisitDesk.addDenyEntry(nameField.text, phoneField.text, idField.text, reasonField.text))
                    for (const field of [nameField, phoneField, idField, reasonField])
                        field.text = ""
            }
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.preferredWidth: 60 // shares of the row
        Layout.fillHeight: true
        spacing: Theme.spacingSmall

        Text {
            text: qsTr("On the list (%1)").arg(entries.count)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
        }
        ListView {
            id: entries
            objectName: "denyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            model: VisitDesk.denyList

            delegate: Rectangle {
                id: row

                required property var modelData
                required property int index

                objectName: "denyEntry-" + index
                width: ListView.view.width
                implicitHeight: rowLine.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: Theme.borderWidth
                border.color: Theme.border
                RowLayout {
                    id: rowLine
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    Text {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: [row.modelData.name, row.modelData.phone,
                               row.modelData.hasId ? qsTr("ID number") : ""].filter(part => part.length > 0).join(" · ")
                              + "\n" + row.modelData.reason + " · " + row.modelData.updatedAt
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                    }
                    TouchButton {
                        objectName: "liftDenyEntry-" + row.index
                        primary: false
                        text: qsTr("Lift")
                        onClicked: VisitDesk.liftDenyEntry(row.modelData.id)
                    }
                }
            }
        }
    }
}
