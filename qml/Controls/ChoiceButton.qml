import QtQuick
import LobbyDesk.Theme

// One of several answers: filled when chosen, outlined otherwise.
TouchButton {
    property bool selected: false

    primary: selected
    implicitWidth: Math.max(Theme.touchTarget * 2, contentItem.implicitWidth + 2 * Theme.spacing)
}
