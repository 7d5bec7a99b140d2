import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls

// Whom the visitor comes to see: searched in the directory, then shown with a way to change it.
ColumnLayout {
    id: picker

    // {kind, id, name, company, units, floor} of HostSearch, or empty.
    property var host: ({})
    readonly property bool chosen: host.id !== undefined
    property string problem: ""

    spacing: Theme.spacingSmall

    Text {
        Layout.fillWidth: true
        text: qsTr("Whom do they visit?")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }
    Rectangle {
        objectName: "chosenHost"
        Layout.fillWidth: true
        visible: picker.chosen
        implicitHeight: hostLines.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Qt.lighter(Theme.primary, 1.9)
        RowLayout {
            id: hostLines
            anchors.fill: parent
            anchors.margins: Theme.spacing
            Text {
                objectName: "chosenHostName"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: picker.chosen ? [picker.host.name, picker.host.company, picker.host.units]
                                      .filter(part => part !== undefined && part.length > 0).join(" · ") : ""
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
            TouchButton {
                objectName: "changeHost"
                primary: false
                text: qsTr("Change")
                onClicked: picker.host = ({})
            }
        }
    }
    HostSearchField {
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: !picker.chosen
        onPicked: hit => picker.host = hit
    }
    ProblemText {
        objectName: "hostProblem"
        Layout.fillWidth: true
        text: picker.problem
    }
    Item {
        Layout.fillHeight: picker.chosen
    }
}
