import QtQuick
import QtQuick.Controls
import LobbyDesk.Theme

// A button a finger hits reliably: never smaller than Theme.touchTarget, large type.
Button {
    id: control

    property bool primary: true
    // Something here waits for the desk (overdue keys, taps to acknowledge): red and bold.
    property bool alarm: false

    implicitHeight: Math.max(Theme.touchTarget, Theme.buttonHeight)
    implicitWidth: Math.max(Theme.touchTarget * 3, contentItem.implicitWidth + 2 * Theme.spacingLarge)
    font.pixelSize: Theme.fontButton
    font.family: Theme.fontFamily
    font.bold: control.alarm

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.primary ? Theme.primaryText : control.alarm ? Theme.danger : Theme.primary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.primary ? (control.down ? Theme.primaryPressed : Theme.primary)
                               : (control.down ? Theme.background : Theme.surface)
        border.width: control.primary ? 0 : Theme.borderWidth
        border.color: Theme.primary
    }
}
