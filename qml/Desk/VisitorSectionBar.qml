pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// The parts of the Visitors screen, one tap each; the visits button counts who waits for the desk.
RowLayout {
    id: bar

    readonly property var counts: VisitDesk.counts

    spacing: Theme.spacingSmall

    Repeater {
        model: [["visits", qsTr("Visits")], ["checkin", qsTr("Check in a visitor")],
            ["invitations", qsTr("Invitations")], ["deny", qsTr("Deny list")],
            ["evacuation", qsTr("Evacuation")], ["satisfaction", qsTr("Satisfaction")]]

        delegate: ChoiceButton {
            required property var modelData

            objectName: "section-" + modelData[0]
            selected: VisitDesk.section === modelData[0]
            text: modelData[0] === "visits" && (bar.counts["approvals"] ?? 0) > 0
                  ? modelData[1] + " (" + bar.counts["approvals"] + ")" : modelData[1]
            onClicked: {
                VisitDesk.clearForm()
                VisitDesk.section = modelData[0]
            }
        }
    }
}
