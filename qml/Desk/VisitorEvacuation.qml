import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// Evacuation: one tap prints the roll call of everyone on site from this terminal's own
// records, with or without the network; it says how current those records are.
ColumnLayout {
    spacing: Theme.spacingLarge

    Item {
        Layout.fillHeight: true
    }
    Text {
        objectName: "evacuationCount"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("%1 visitors on site").arg(VisitDesk.onSiteCount)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontDisplay
        font.bold: true
        color: Theme.text
    }
    TouchButton {
        objectName: "printEvacuation"
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: Theme.tileHeight * 3
        Layout.preferredHeight: Theme.tileHeight / 2
        font.pixelSize: Theme.fontTitle
        text: qsTr("Print the roll call")
        onClicked: VisitDesk.printEvacuationList()
    }
    Text {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: qsTr("From this terminal's own records, so it prints without the network. Visitors checked in at other terminals appear once synced; last sync: %1.")
              .arg(VisitDesk.lastSyncText.length > 0 ? VisitDesk.lastSyncText : qsTr("never"))
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }
    Item {
        Layout.fillHeight: true
    }
}
