pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// Requests waiting for the desk: pick one, check the identity proof, take the fee and deposit
// (typed in yuan; the configured amounts are filled in), approve or reject. A request on a
// tenant's behalf is entered with "New request".
RowLayout {
    id: section

    readonly property var request: CardDesk.selected
    readonly property bool chosen: request.id !== undefined && request.state === "requested"
    property bool creating: false

    spacing: Theme.spacingLarge

    ColumnLayout {
        Layout.preferredWidth: section.width * 0.38
        Layout.maximumWidth: section.width * 0.38
        Layout.fillHeight: true
        spacing: Theme.spacing

        TouchButton {
            objectName: "newCardRequest"
            text: qsTr("New request")
            onClicked: section.creating = true
        }
        ListView {
            objectName: "pendingList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            model: CardDesk.pending
            delegate: CardRequestRow {
                required property var modelData
                objectName: "pending-" + modelData.reference
                width: ListView.view.width
                request: modelData
                selected: section.request.id === modelData.id
                onPicked: {
                    section.creating = false
                    CardDesk.select(modelData.id)
                }
            }
        }
        Text {
            visible: CardDesk.pending.length === 0
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            text: qsTr("No request waits for the desk.")
        }
    }

    // Repeaters, not a Loader: Qt 6.4's Loader refuses a Bound component.
    Item {
        id: detail
        Layout.fillWidth: true
        Layout.fillHeight: true

        Repeater {
            model: section.creating ? 1 : 0
            delegate: CardNewRequest {
                width: detail.width
                height: detail.height
                onDone: section.creating = false
            }
        }
        Repeater {
            model: !section.creating && section.chosen ? 1 : 0
            delegate: CardApproval {
                width: detail.width
                height: detail.height
                request: section.request
            }
        }
    }
}
