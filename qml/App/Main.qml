import QtQuick
import QtQuick.Controls
import LobbyDesk.Theme
import LobbyDesk.Backend

// The one window of a terminal. main() shows it: full screen on a kiosk.
ApplicationWindow {
    id: window

    width: 1280
    height: 800
    title: qsTr("LobbyDesk")
    color: Theme.background
    font.family: Theme.fontFamily

    Loader {
        anchors.fill: parent
        sourceComponent: TerminalInfo.role === "kiosk" ? kioskFrame : staffFrame
    }

    Component {
        id: kioskFrame
        KioskFrame {}
    }
    Component {
        id: staffFrame
        StaffFrame {}
    }
}
