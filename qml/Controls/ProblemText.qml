import QtQuick
import LobbyDesk.Theme

// What is wrong with the field just above, in the current language; takes no room when nothing is.
Text {
    visible: text.length > 0
    wrapMode: Text.WordWrap
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    font.bold: true
    color: Theme.danger
}
