pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// Loans of keys (out, overdue, history): who has which key since when and until when. A loan
// past its due time stands out in red; one in conflict says so; a returned one says how.
ListView {
    id: list

    property var loans: []
    property string emptyText: ""
    // Shows the "Return" button on open loans (not in a key's own history panel).
    property bool actions: true

    clip: true
    spacing: Theme.spacingSmall
    model: list.loans

    delegate: Rectangle {
        id: row

        required property var modelData
        required property int index
        readonly property bool open: modelData.returned.length === 0 && modelData.resolution !== "void"

        objectName: "loan-" + index
        width: ListView.view.width
        implicitHeight: Math.max(Theme.touchTarget, lines.implicitHeight) + 2 * Theme.spacing
        radius: Theme.radius
        color: row.modelData.overdue ? Theme.dangerSurface : Theme.surface
        border.width: row.modelData.overdue || row.modelData.conflict ? 2 * Theme.borderWidth : Theme.borderWidth
        border.color: row.modelData.overdue || row.modelData.conflict ? Theme.danger : Theme.border

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
                    text: [row.modelData.typeText, qsTr("out %1").arg(row.modelData.out),
                           row.modelData.returned.length > 0 ? qsTr("back %1").arg(row.modelData.returned)
                                                             : qsTr("due %1").arg(row.modelData.due),
                           row.modelData.reason, row.modelData.workReason]
                          .filter(part => part.length > 0).join(" · ")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
            }
            Text {
                objectName: "loanState"
                text: row.modelData.resolution === "void" ? qsTr("Void")
                    : row.modelData.conflict ? qsTr("Conflict")
                    : row.modelData.overdue ? qsTr("Overdue")
                    : row.modelData.returned.length > 0
                      ? (row.modelData.condition === "damaged" ? qsTr("Returned, damaged") : qsTr("Returned"))
                    : qsTr("Out")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: row.modelData.overdue || row.modelData.conflict ? Theme.danger
                       : row.open ? Theme.warning : Theme.ok
            }
            TouchButton {
                objectName: "returnLoan-" + row.index
                visible: list.actions && row.open
                primary: false
                implicitHeight: Theme.touchTarget + Theme.spacing
                font.pixelSize: Theme.fontBody
                text: qsTr("Return")
                onClicked: {
                    KeyDesk.clearForm()
                    KeyDesk.selectKey(row.modelData.keyId)
                    KeyDesk.section = "return"
                }
            }
        }
    }

    Text {
        anchors.centerIn: parent
        visible: list.count === 0
        width: parent.width
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: list.emptyText
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }
}
