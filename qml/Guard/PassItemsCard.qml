pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// A valid pass: tick off what leaves (less than listed is a partial release and needs a note),
// note any difference, and confirm. PassCheck says no in words when something is missing.
Rectangle {
    id: card

    objectName: "passItems"
    property string problem: ""

    radius: Theme.radius
    color: Theme.surface

    function confirm() {
        Qt.inputMethod.hide() // qmllint disable
        // Staff sign-in comes with a later issue; until then the guard post is the actor.
        card.problem = PassCheck.confirm(noteField.text, TerminalInfo.name)
        if (card.problem.length === 0)
            noteField.clear()
    }

    Connections {
        target: PassCheck
        function onVerdictChanged() {
            card.problem = ""
            noteField.clear()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        Text {
            objectName: "itemsUnknown"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !PassCheck.itemsKnown
            verticalAlignment: Text.AlignTop
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.text
            text: qsTr("The item list has not reached this terminal yet: check the goods against the paper pass slip (%n item(s)).", "", PassCheck.itemCount)
        }
        ListView {
            objectName: "itemList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: PassCheck.itemsKnown
            clip: true
            spacing: Theme.spacingSmall
            model: PassCheck.items.length

            delegate: PassItemRow {
                width: ListView.view.width
            }
        }
        Text {
            objectName: "releaseProblem"
            Layout.fillWidth: true
            visible: card.problem.length > 0
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.danger
            text: card.problem
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            TouchButton {
                objectName: "tickAllButton"
                visible: PassCheck.itemsKnown
                primary: false
                text: qsTr("All leave")
                onClicked: PassCheck.tickAll()
            }
            TextField {
                id: noteField
                objectName: "noteField"
                Layout.fillWidth: true
                implicitHeight: Theme.buttonHeight
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                placeholderText: PassCheck.allReleased || !PassCheck.itemsKnown
                                 ? qsTr("Note (any difference)")
                                 : qsTr("Note: what stays, what differs")
                maximumLength: 200
            }
            TouchButton {
                objectName: "confirmRelease"
                text: qsTr("Confirm release")
                onClicked: card.confirm()
            }
        }
    }
}
