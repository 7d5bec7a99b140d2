import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// A blocked card tapped somewhere on the site. Until someone acknowledges it, it is marked in
// red with a note field and the Acknowledge button; then it stays in the list, dimmed, saying
// who acknowledged it, when, and their note.
Rectangle {
    id: row

    // CardDesk.taps: {id, uid, name, terminal, at, acknowledged, by, acknowledgedAt, note}.
    required property var tap
    readonly property bool open: !row.tap.acknowledged

    implicitHeight: lines.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: row.open ? Theme.dangerSurface : Theme.background
    border.width: row.open ? 2 * Theme.borderWidth : Theme.borderWidth
    border.color: row.open ? Theme.danger : Theme.border

    ColumnLayout {
        id: lines
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: row.open
            color: row.open ? Theme.danger : Theme.textMuted
            text: qsTr("%1 (%2) at %3, %4").arg(row.tap.uid).arg(row.tap.name)
                  .arg(row.tap.terminal).arg(row.tap.at)
        }
        Text {
            objectName: "tapAcknowledged-" + row.tap.uid
            Layout.fillWidth: true
            visible: !row.open
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: Theme.textMuted
            text: row.tap.note.length > 0
                  ? qsTr("Acknowledged by %1 at %2: %3").arg(row.tap.by).arg(row.tap.acknowledgedAt).arg(row.tap.note)
                  : qsTr("Acknowledged by %1 at %2").arg(row.tap.by).arg(row.tap.acknowledgedAt)
        }
        RowLayout {
            Layout.fillWidth: true
            visible: row.open
            spacing: Theme.spacing

            TextField {
                id: note
                objectName: "tapNote-" + row.tap.uid
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget + Theme.spacing
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                inputMethodHints: Qt.ImhNoPredictiveText
                placeholderText: qsTr("What you did (optional): called the holder, card retained…")
            }
            TouchButton {
                objectName: "acknowledgeTap-" + row.tap.uid
                text: qsTr("Acknowledge")
                onClicked: CardDesk.acknowledgeTap(row.tap.id, note.text)
            }
        }
    }
}
