import QtQuick
import QtQuick.Window

// Shown instead of the terminal when it cannot start (damaged database, unwritable disk, bad
// config), so the person at the screen sees why. It needs nothing from the terminal: no
// store, no Theme (whose font follows the language switcher, which does not exist here).
Window {
    id: window

    required property string message

    width: 1280
    height: 800
    title: "LobbyDesk"
    color: "#0F2A44"

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 80, 1100)
        spacing: 24

        Text {
            width: parent.width
            wrapMode: Text.WordWrap
            color: "#FFFFFF"
            font.family: "Noto Sans CJK SC"
            font.pixelSize: 40
            font.bold: true
            // All three languages at once: the language setting may be what is broken.
            text: "本终端暂停服务 · 本終端暫停服務 · This terminal is out of service"
        }
        Text {
            width: parent.width
            wrapMode: Text.WordWrap
            color: "#D3DAE2"
            font.family: "Noto Sans CJK SC"
            font.pixelSize: 26
            text: "请联系物业服务中心。 請聯絡物業服務中心。 Please contact the property service centre."
        }
        Rectangle {
            width: parent.width
            height: details.implicitHeight + 48
            radius: 16
            color: "#FFFFFF"

            Text {
                id: details
                objectName: "startupError"
                anchors.fill: parent
                anchors.margins: 24
                wrapMode: Text.Wrap
                color: "#B3261E"
                font.family: "Noto Sans Mono CJK SC"
                font.pixelSize: 22
                text: window.message
            }
        }
    }
}
