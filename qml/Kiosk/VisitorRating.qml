import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// The one-tap rating after check-out: two big answers and a way to skip. Optional.
ColumnLayout {
    id: rating

    required property VisitorCheckOut checkout

    spacing: Theme.spacing

    Text {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        color: Theme.text
        text: qsTr("How was your visit?")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingLarge

        TouchButton {
            objectName: "rateSatisfied"
            Layout.fillWidth: true
            implicitHeight: Theme.tileHeight
            font.pixelSize: Theme.fontTitle
            primary: false // neither answer is the suggested one
            text: qsTr("☺  Satisfied")
            onClicked: rating.checkout.rate(true)
        }
        TouchButton {
            objectName: "rateNotSatisfied"
            Layout.fillWidth: true
            implicitHeight: Theme.tileHeight
            font.pixelSize: Theme.fontTitle
            primary: false
            text: qsTr("☹  Not satisfied")
            onClicked: rating.checkout.rate(false)
        }
    }
    TouchButton {
        objectName: "rateSkip"
        Layout.alignment: Qt.AlignHCenter
        primary: false
        text: qsTr("Skip")
        onClicked: rating.checkout.skipRating()
    }
}
