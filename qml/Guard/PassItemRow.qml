import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// One item of the pass: a tick box (all of it leaves), its name and listed quantity, and a
// stepper for a partial release. Every target is at least Theme.touchTarget.
Rectangle {
    id: row

    required property int index
    // The row as PassCheck has it now (the list's model is the count, so a tick does not
    // rebuild the rows).
    readonly property var modelData: PassCheck.items[row.index]
        ?? ({ name: "", quantity: 0, released: 0, listedText: "", releasedText: "" })

    readonly property bool ticked: row.modelData.released >= row.modelData.quantity
    readonly property int target: Math.max(Theme.touchTarget, 56)

    objectName: "itemRow" + row.index
    implicitHeight: row.target + 2 * Theme.spacingSmall
    radius: Theme.radius / 2
    color: row.ticked ? "#E6F2EA" : Theme.background

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingSmall
        spacing: Theme.spacing

        Rectangle {
            objectName: "itemTick" + row.index
            implicitWidth: row.target
            implicitHeight: row.target
            radius: Theme.radius / 2
            color: row.ticked ? Theme.ok : Theme.surface
            border.width: Theme.borderWidth
            border.color: row.ticked ? Theme.ok : Theme.neutral

            Text {
                anchors.centerIn: parent
                visible: row.ticked
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.primaryText
                text: "✓"
            }
            MouseArea {
                anchors.fill: parent
                onClicked: PassCheck.setReleased(row.index, row.ticked ? 0 : row.modelData.quantity)
            }
        }
        Text {
            Layout.fillWidth: true
            elide: Text.ElideRight
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            text: row.modelData.name
        }
        Text {
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            text: qsTr("of %1").arg(row.modelData.listedText)
        }
        TouchButton {
            objectName: "itemLess" + row.index
            implicitWidth: row.target
            implicitHeight: row.target
            primary: false
            text: "−"
            enabled: row.modelData.released > 0
            onClicked: PassCheck.setReleased(row.index, Math.ceil(row.modelData.released) - 1)
        }
        Text {
            objectName: "itemReleased" + row.index
            Layout.minimumWidth: row.target
            horizontalAlignment: Text.AlignHCenter
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            text: row.modelData.releasedText
        }
        TouchButton {
            objectName: "itemMore" + row.index
            implicitWidth: row.target
            implicitHeight: row.target
            primary: false
            text: "+"
            enabled: !row.ticked
            onClicked: PassCheck.setReleased(row.index, Math.floor(row.modelData.released) + 1)
        }
    }
}
