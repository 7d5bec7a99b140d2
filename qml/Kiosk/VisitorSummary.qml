import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Backend

// The visitor's answers on one card, read before checking in.
Rectangle {
    id: summary

    required property VisitorCheckIn form

    radius: Theme.radius
    color: Theme.surface
    border.width: 1
    border.color: Theme.border
    implicitHeight: lines.implicitHeight + 2 * Theme.spacingLarge

    component Line: RowLayout {
        id: line
        property string label
        property string value
        Layout.fillWidth: true
        spacing: Theme.spacing
        Text {
            Layout.preferredWidth: Theme.tileHeight * 1.3
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            text: line.label
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontButton
            color: Theme.text
            text: line.value.length > 0 ? line.value : "—"
        }
    }

    ColumnLayout {
        id: lines
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        Line {
            objectName: "summaryName"
            label: qsTr("Name")
            value: summary.form.name.trim()
        }
        Line {
            label: qsTr("Mobile number")
            value: summary.form.phone.trim()
        }
        Line {
            objectName: "summaryHost"
            label: qsTr("Visiting")
            value: summary.form.hostLabel
        }
        Line {
            label: qsTr("Purpose")
            value: summary.form.purpose === "other" && summary.form.purposeNote.trim().length > 0
                   ? summary.form.purposeLabel + ": " + summary.form.purposeNote.trim()
                   : summary.form.purposeLabel
        }
        Line {
            label: qsTr("Companions")
            value: String(summary.form.companions)
        }
        Line {
            label: qsTr("Vehicle")
            value: summary.form.plate.trim()
        }
        Line {
            label: qsTr("ID number")
            value: summary.form.idKept.length > 0 ? qsTr("…%1 (only these 4 kept)").arg(summary.form.idKept) : ""
        }
    }
}
