import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls

// One request in a list: what, for whom, when; tap to select.
Rectangle {
    id: row

    required property var request
    property bool selected: false

    signal picked()

    implicitHeight: Theme.buttonHeight + Theme.spacing
    radius: Theme.radius
    color: row.selected ? Theme.primary : Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingSmall
        spacing: 0
        Text {
            Layout.fillWidth: true
            elide: Text.ElideRight
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontButton
            font.bold: true
            color: row.selected ? Theme.primaryText : Theme.text
            text: row.request.kindText + " · " + row.request.name
        }
        Text {
            Layout.fillWidth: true
            elide: Text.ElideRight
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
            color: row.selected ? Theme.primaryText : Theme.textMuted
            text: qsTr("Unit %1 · %2 · %3").arg(row.request.unit).arg(row.request.requestedAt)
                  .arg(row.request.via === "kiosk" ? qsTr("kiosk") : qsTr("desk"))
        }
    }
    MouseArea {
        anchors.fill: parent
        onClicked: row.picked()
    }
}
