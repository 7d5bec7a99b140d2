import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// A visitor leaving through the guard post: the slip scanned (or its number typed), the outcome
// in a colour read from two metres, and who it was. VisitorCheckOut holds it; a slip scanned at
// the guard's scanner lands here whatever is shown.
Item {
    id: screen

    objectName: "visitorCheckOutScreen"

    readonly property color outcomeColour: VisitorCheckOut.outcome === "checked-out" ? Theme.ok
        : VisitorCheckOut.outcome === "already-checked-out" ? Theme.warning : Theme.danger

    function checkTyped() {
        if (numberField.text.trim().length === 0)
            return
        Qt.inputMethod.hide() // qmllint disable
        VisitorCheckOut.check(numberField.text)
        numberField.clear()
        numberField.focus = false
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
            color: VisitorCheckOut.outcome === "" ? Theme.surface : screen.outcomeColour

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacingLarge
                spacing: Theme.spacing
                visible: VisitorCheckOut.outcome !== ""

                Text {
                    objectName: "visitorOutcomeWord"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontDisplay
                    font.bold: true
                    color: Theme.primaryText
                    text: VisitorCheckOut.outcome === "checked-out" ? qsTr("Checked out")
                        : VisitorCheckOut.outcome === "already-checked-out" ? qsTr("Already checked out")
                        : qsTr("Not checked out")
                }
                Text {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    visible: VisitorCheckOut.name !== ""
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHeadline
                    color: Theme.primaryText
                    text: VisitorCheckOut.name
                }
                Text {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    visible: VisitorCheckOut.host !== ""
                    wrapMode: Text.WordWrap
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    color: Theme.primaryText
                    text: VisitorCheckOut.host + " · " + VisitorCheckOut.place + " · "
                          + qsTr("in %1").arg(VisitorCheckOut.timeIn)
                          + (VisitorCheckOut.timeOut !== "" ? " · " + qsTr("out %1").arg(VisitorCheckOut.timeOut) : "")
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
                    text: VisitorCheckOut.message
                }
            }
            Text {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacingLarge
                visible: VisitorCheckOut.outcome === ""
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
