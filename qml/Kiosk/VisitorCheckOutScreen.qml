import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// A visitor leaving: the slip at the scanner (KioskScan hands it over) or its visit number
// typed; the service's answer; then the optional one-tap rating.
Item {
    id: screen
    objectName: "visitorCheckOut"

    readonly property VisitorCheckOut checkout: theCheckOut
    readonly property bool done: theCheckOut.outcome === "checked_out" && !theCheckOut.canRate

    VisitorCheckOut {
        id: theCheckOut
        takesScans: true
        // An answer to read (and maybe a rating to tap): the keyboard makes way.
        onResultChanged: {
            screen.forceActiveFocus()
            Qt.inputMethod.hide() // qmllint disable
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacingLarge

        ScreenTitle {
            Layout.fillWidth: true
            text: qsTr("Scan your visitor slip")
        }
        Text {
            Layout.fillWidth: true
            visible: theCheckOut.outcome !== "checked_out"
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.text
            text: qsTr("Hold the QR code on your slip under the scanner below this screen.")
        }
        Text {
            objectName: "checkoutMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            font.family: Theme.fontFamily
            font.pixelSize: theCheckOut.outcome === "checked_out" ? Theme.fontHeadline : Theme.fontTitle
            font.bold: true
            color: theCheckOut.outcome === "checked_out" ? Theme.ok
                   : theCheckOut.outcome === "already" ? Theme.text : Theme.danger
            text: theCheckOut.message
        }
        Text {
            objectName: "checkoutKeyWarning"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.danger
            text: theCheckOut.keyWarning
        }
        VisitorRating {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingLarge
            visible: theCheckOut.canRate
            checkout: theCheckOut
        }
        Text {
            objectName: "ratingThanks"
            Layout.fillWidth: true
            visible: screen.done
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            color: Theme.text
            text: theCheckOut.rating === "skipped" ? qsTr("Thank you for visiting. Goodbye!")
                  : qsTr("Thank you for your answer. Goodbye!")
        }
        TouchButton {
            objectName: "checkoutDone"
            Layout.alignment: Qt.AlignHCenter
            visible: screen.done
            text: qsTr("Done")
            onClicked: Navigator.home()
        }
        Text {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingLarge
            visible: theCheckOut.outcome !== "checked_out"
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            text: qsTr("No slip, or it will not scan? Type the visit number printed on it (V-…).")
        }
        RowLayout {
            Layout.fillWidth: true
            visible: theCheckOut.outcome !== "checked_out"
            spacing: Theme.spacing
            LabeledField {
                id: number
                objectName: "visitNumberField"
                Layout.fillWidth: true
                label: qsTr("Visit number")
                placeholder: "V-20261122-0007"
                hints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                field.maximumLength: 20
            }
            TouchButton {
                objectName: "checkOutByNumber"
                Layout.alignment: Qt.AlignBottom
                text: qsTr("Check out")
                onClicked: theCheckOut.checkOut(number.text)
            }
        }
        Item {
            Layout.fillHeight: true
        }
    }

    // After the check-out and its rating (or none), ready for the next visitor.
    Timer {
        running: theCheckOut.outcome.length > 0
        interval: screen.done ? 8000 : 45000
        onTriggered: Navigator.home()
    }
}
