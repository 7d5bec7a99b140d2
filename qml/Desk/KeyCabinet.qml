pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// Every key of the cabinet with its slot and state, searchable by tag, what it opens, slot or
// owner; a key in the cabinet is signed out from its row, and the chosen key's history shows
// beside the list.
RowLayout {
    id: cabinet

    readonly property var selected: KeyDesk.selectedKey

    spacing: Theme.spacingLarge

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 3
        spacing: Theme.spacing

        TextField {
            objectName: "keySearch"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget + Theme.spacing
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Search by tag, what it opens, slot or owner")
            text: KeyDesk.search
            onTextEdited: KeyDesk.search = text
        }

        ListView {
            id: keyList
            objectName: "keyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            model: KeyDesk.keys

            delegate: Rectangle {
                id: row

                required property var modelData
                required property int index

                objectName: "key-" + modelData.tag
                width: ListView.view.width
                implicitHeight: Math.max(Theme.touchTarget, lines.implicitHeight) + 2 * Theme.spacing
                radius: Theme.radius
                color: cabinet.selected.id === modelData.id ? Qt.lighter(Theme.primary, 1.9)
                       : modelData.overdue ? Theme.dangerSurface : Theme.surface
                border.width: modelData.overdue ? 2 * Theme.borderWidth : Theme.borderWidth
                border.color: modelData.overdue ? Theme.danger : Theme.border

                MouseArea {
                    anchors.fill: parent
                    onClicked: KeyDesk.selectKey(row.modelData.id)
                }
                RowLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacing

                    ColumnLayout {
                        id: lines
                        Layout.fillWidth: true
                        spacing: 4
                        Text {
                            Layout.fillWidth: true
                            text: row.modelData.tag + " · " + row.modelData.label
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            text: [row.modelData.typeText,
                                   row.modelData.slot.length > 0 ? qsTr("slot %1").arg(row.modelData.slot) : "",
                                   row.modelData.owner,
                                   row.modelData.out ? qsTr("out to %1, due %2").arg(row.modelData.borrower)
                                                                             .arg(row.modelData.due) : ""]
                                  .filter(part => part.length > 0).join(" · ")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontCaption
                            color: row.modelData.overdue ? Theme.danger : Theme.textMuted
                            elide: Text.ElideRight
                        }
                    }
                    Text {
                        text: row.modelData.overdue ? qsTr("Overdue") : row.modelData.out ? qsTr("Out") : qsTr("In")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: row.modelData.overdue ? Theme.danger : row.modelData.out ? Theme.warning : Theme.ok
                    }
                    TouchButton {
                        objectName: "signOut-" + row.modelData.tag
                        visible: !row.modelData.out
                        implicitHeight: Theme.touchTarget + Theme.spacing
                        font.pixelSize: Theme.fontBody
                        text: qsTr("Lend out")
                        onClicked: KeyDesk.beginSignOut(row.modelData.id)
                    }
                }
            }

            Text {
                anchors.centerIn: parent
                visible: keyList.count === 0
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: KeyDesk.search.length > 0 ? qsTr("No key matches this search.")
                                                : qsTr("The cabinet is empty: deposit a spare or add a key.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
        }
    }

    // The chosen key: who may borrow it, and everyone who did.
    ColumnLayout {
        objectName: "keyDetails"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 2
        spacing: Theme.spacingSmall

        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: cabinet.selected.id === undefined ? qsTr("Tap a key to see its history.")
                  : qsTr("Key %1").arg(cabinet.selected.tag)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: cabinet.selected.id !== undefined
            color: cabinet.selected.id === undefined ? Theme.textMuted : Theme.text
        }
        Text {
            Layout.fillWidth: true
            visible: (cabinet.selected.owner ?? "").length > 0
            wrapMode: Text.WordWrap
            text: qsTr("Owner %1 (unit %2). May also borrow it: %3")
                  .arg(cabinet.selected.owner ?? "").arg(cabinet.selected.unit ?? "")
                  .arg((cabinet.selected.authorised ?? "").length > 0 ? cabinet.selected.authorised : qsTr("nobody else"))
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        KeyLoanList {
            objectName: "keyHistory"
            Layout.fillWidth: true
            Layout.fillHeight: true
            loans: KeyDesk.selectedHistory
            actions: false
            emptyText: cabinet.selected.id === undefined ? "" : qsTr("Never lent.")
        }
    }
}
