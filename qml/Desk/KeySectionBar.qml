pragma ComponentBehavior: Bound
import QtQuick
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// The lists of the Keys screen and its actions, one tap each; overdue and conflicting loans
// are counted in red so the desk sees them from any part of the screen.
Flow {
    id: bar

    readonly property var counts: KeyDesk.counts

    spacing: Theme.spacingSmall

    Repeater {
        model: [["cabinet", qsTr("Keys in cabinet"), "in"], ["out", qsTr("Out"), "out"],
            ["overdue", qsTr("Overdue"), "overdue"], ["conflicts", qsTr("Conflicts"), "conflicts"],
            ["history", qsTr("History"), ""], ["deposit", qsTr("Deposit a spare"), ""],
            ["register", qsTr("Add a key"), ""], ["return", qsTr("Return a key"), ""]]

        delegate: ChoiceButton {
            required property var modelData
            readonly property int count: modelData[2].length > 0 ? (bar.counts[modelData[2]] ?? 0) : 0

            objectName: "keySection-" + modelData[0]
            selected: KeyDesk.section === modelData[0]
            alarm: (modelData[0] === "overdue" || modelData[0] === "conflicts") && count > 0
            implicitHeight: Theme.touchTarget + Theme.spacing
            font.pixelSize: Theme.fontBody
            text: modelData[2].length > 0 ? modelData[1] + " " + count : modelData[1]
            onClicked: {
                KeyDesk.clearForm()
                KeyDesk.section = modelData[0]
            }
        }
    }
}
