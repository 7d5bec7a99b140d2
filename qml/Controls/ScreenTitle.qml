import QtQuick
import LobbyDesk.Theme

// The big heading of a screen.
Text {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontHeadline
    font.bold: true
    color: Theme.text
    wrapMode: Text.WordWrap
}
