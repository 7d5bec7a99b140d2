pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// Two desks lent one key while offline: both sign-outs were kept and flagged at sync. A person
// finds out who really has the key and taps the loan that stands; the other becomes void.
ColumnLayout {
    spacing: Theme.spacing

    Text {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        text: qsTr("These keys were signed out twice, at two desks that were offline. Check who has the key, then keep that sign-out.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }

    ListView {
        id: conflictList
        objectName: "conflictList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: Theme.spacingSmall
        model: KeyDesk.conflicts

        delegate: Rectangle {
            id: row

            required property var modelData
            required property int index

            objectName: "conflict-" + index
            width: ListView.view.width
            implicitHeight: Math.max(Theme.touchTarget, lines.implicitHeight) + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.dangerSurface
            border.width: 2 * Theme.borderWidth
            border.color: Theme.danger

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
                        text: row.modelData.tag + " · " + row.modelData.label + " → " + row.modelData.borrower
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("out %1 at %2 by %3 · due %4").arg(row.modelData.out).arg(row.modelData.outTerminal)
                                                                 .arg(row.modelData.outBy).arg(row.modelData.due)
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textMuted
                        elide: Text.ElideRight
                    }
                }
                TouchButton {
                    objectName: "stands-" + row.index
                    implicitHeight: Theme.touchTarget + Theme.spacing
                    font.pixelSize: Theme.fontBody
                    text: qsTr("This one has the key")
                    onClicked: KeyDesk.resolve(row.modelData.keyId, row.modelData.id)
                }
            }
        }

        Text {
            anchors.centerIn: parent
            visible: conflictList.count === 0
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("No conflicting sign-outs.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
    }
}
