import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// Whom the visitor visits: the building directory searched by company, unit, name or pinyin
// initials (never a list of every tenant); the pick is shown above the search.
ColumnLayout {
    id: step

    required property VisitorCheckIn form

    // Looked up in the map, so that the binding follows it.
    function problem(field: string): string {
        return step.form.problems[field] ?? ""
    }

    spacing: Theme.spacing

    Rectangle {
        objectName: "chosenHost"
        Layout.fillWidth: true
        visible: step.form.hasHost
        implicitHeight: chosen.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.ok

        Text {
            id: chosen
            objectName: "chosenHostText"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.margins: Theme.spacing
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontButton
            font.bold: true
            color: Theme.text
            text: "✓ " + step.form.hostLabel
        }
    }
    ProblemText {
        objectName: "hostProblem"
        Layout.fillWidth: true
        text: step.problem("host")
    }
    HostSearchField {
        id: search
        Layout.fillWidth: true
        Layout.fillHeight: true
        onPicked: hit => step.form.setHost(hit)
    }

    Component.onCompleted: search.field.forceActiveFocus()
}
