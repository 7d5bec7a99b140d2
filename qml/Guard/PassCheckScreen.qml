import QtQuick
import LobbyDesk.Theme
import LobbyDesk.Backend

// The guard's pass check: waiting for a scan (or a typed number), the verdict over the whole
// screen with the items to tick off, and the release once recorded. PassCheck holds it all;
// a scan at the scanner lands here whatever is shown.
Item {
    id: screen

    objectName: "passCheckScreen"

    PassWaitingPanel {
        anchors.fill: parent
        visible: PassCheck.colour === ""
    }
    PassVerdictPanel {
        anchors.fill: parent
        visible: PassCheck.colour !== "" && !PassCheck.released
    }
    PassReleasedPanel {
        anchors.fill: parent
        visible: PassCheck.released
    }
}
