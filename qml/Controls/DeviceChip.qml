import QtQuick
import LobbyDesk.Theme

// One device in the status bar: a coloured dot and its state in words.
Row {
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
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.spacing
        height: width
        radius: width / 2
        color: chip.stateColours[chip.deviceState] ?? Theme.neutral
    }
    Text {
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("%1: %2").arg(chip.kindNames[chip.deviceKind] ?? chip.deviceKind)
                             .arg(chip.stateNames[chip.deviceState] ?? chip.deviceState)
              + (chip.deviceDetail.length > 0 ? " (" + chip.deviceDetail + ")" : "")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
        color: Theme.text
    }
}
