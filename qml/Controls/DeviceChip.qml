import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme

// One device in the status bar: a coloured dot and its state in words.
RowLayout {
    id: chip

    required property string deviceKind
    required property string deviceState
    required property string deviceDetail

    readonly property var kindNames: ({
        "CardReader": qsTr("Card reader"),
        "ReceiptPrinter": qsTr("Printer"),
        "Scanner": qsTr("Scanner")
    })
    readonly property var stateNames: ({
        "NotConfigured": qsTr("not set up"),
        "Connected": qsTr("ready"),
        "Reconnecting": qsTr("reconnecting"),
        "Error": qsTr("fault")
    })
    readonly property var stateColours: ({
        "NotConfigured": Theme.neutral,
        "Connected": Theme.ok,
        "Reconnecting": Theme.warning,
        "Error": Theme.danger
    })

    spacing: Theme.spacingSmall

    Rectangle {
        implicitWidth: Theme.spacing
        implicitHeight: Theme.spacing
        radius: width / 2
        color: chip.stateColours[chip.deviceState] ?? Theme.neutral
    }
    Text {
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        elide: Text.ElideRight
        // Where a device works, its name and "ready" say enough; where it does not, the
        // driver's words (port, what is wrong) are what staff need.
        text: qsTr("%1: %2").arg(chip.kindNames[chip.deviceKind] ?? chip.deviceKind)
                             .arg(chip.stateNames[chip.deviceState] ?? chip.deviceState)
              + (chip.deviceState !== "Connected" && chip.deviceDetail.length > 0
                 ? " (" + chip.deviceDetail + ")" : "")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
        color: Theme.text
    }
}
