import QtQuick
import LobbyDesk.Theme

// Date and time, refreshed every few seconds.
Text {
    id: clock

    property date now: new Date()

    text: Qt.formatDateTime(now, "yyyy-MM-dd  HH:mm")
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.headerText

    Timer {
        interval: 5000
        running: true
        repeat: true
        onTriggered: clock.now = new Date()
    }
}
