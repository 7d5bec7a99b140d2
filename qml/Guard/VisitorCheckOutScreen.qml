import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// A visitor leaving through the guard post: the slip scanned (or its number typed), the outcome
// in a colour read from two metres. VisitorCheckOut (shared with the kiosk) holds it; a slip
// scanned at the guard's scanner lands here whatever is shown.
Item {
    id: screen

    objectName: "visitorCheckOutScreen"

    readonly property VisitorCheckOut checkout: checkOut
    // Checked out but still holding a key: not the all-clear green.
    readonly property color outcomeColour: checkOut.keyWarning.length > 0 ? Theme.warning
        : checkOut.outcome === "checked_out" ? Theme.ok
        : checkOut.outcome === "already" ? Theme.warning : Theme.danger

    function checkTyped() {
        if (numberField.text.trim().length === 0)
            return
        Qt.inputMethod.hide() // qmllint disable
        checkOut.checkOut(numberField.text)
        numberField.clear()
        numberField.focus = false
    }

    VisitorCheckOut {
        id: checkOut
        takesScans: true
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacingLarge

        ScreenTitle {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Scan the visitor slip, or type its number")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            TextField {
                id: numberField
                objectName: "visitNumberField"
                Layout.fillWidth: true
                implicitHeight: Theme.buttonHeight
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                placeholderText: qsTr("Visit number, e.g. V-20261122-0007")
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
                onAccepted: screen.checkTyped()
            }
            TouchButton {
                objectName: "checkOutButton"
                text: qsTr("Check out")
                enabled: numberField.text.trim().length > 0
                onClicked: screen.checkTyped()
            }
        }
        Rectangle {
            objectName: "visitorOutcome"
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: checkOut.outcome === "" ? Theme.surface : screen.outcomeColour

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacingLarge
                spacing: Theme.spacing
                visible: checkOut.outcome !== ""

                Text {
                    objectName: "visitorOutcomeWord"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontDisplay
                    font.bold: true
                    color: Theme.primaryText
                    text: checkOut.outcome === "checked_out" ? qsTr("Checked out")
                        : checkOut.outcome === "already" ? qsTr("Already checked out")
                        : qsTr("Not checked out")
                }
                Text {
                    objectName: "visitorOutcomeMessage"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    color: Theme.primaryText
                    text: checkOut.message
                }
                Text {
                    objectName: "visitorKeyWarning"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.primaryText
                    text: checkOut.keyWarning.length > 0 ? "⚠ " + checkOut.keyWarning : ""
                }
            }
            Text {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacingLarge
                visible: checkOut.outcome === ""
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                text: qsTr("Works offline: the slip's signature is checked on this terminal, and the check-out reaches the front desk at the next sync.")
            }
        }
    }
}
