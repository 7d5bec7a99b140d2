import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import LobbyDesk.Theme
import LobbyDesk.Backend
import LobbyDesk.Input

// The on-screen keyboard at the bottom of a frame. While it is open it takes its height in the
// frame's layout, so the screen above shrinks instead of being covered. Its language follows
// the screen's: 简体中文 types pinyin, 繁體中文 pinyin or zhuyin, English Latin letters; the
// language key switches it, and the mode key goes to Latin letters in one tap.
Item {
    id: panel
    objectName: "keyboardPanel"

    readonly property string keyboardLocale: LanguageSwitcher.current === "en"
        ? "en_GB" : LanguageSwitcher.current
    readonly property bool chinese: panel.keyboardLocale !== "en_GB"
    // The most of the window's height the open keyboard takes, with its candidate bar and note.
    property real maximumShare: Theme.keyboardShare

    implicitHeight: keyboard.active ? noteBox.height + candidateBar.height + keyboard.height : 0
    clip: true

    Rectangle {
        id: noteBox
        objectName: "chineseInputNote"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        visible: panel.chinese && !ChineseInput.ready
        height: visible ? note.implicitHeight + 2 * Theme.spacingSmall : 0
        color: Theme.surface

        Text {
            id: note
            anchors.fill: parent
            anchors.margins: Theme.spacingSmall
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.WordWrap
            color: Theme.warning
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            text: ChineseInput.preparing
                  ? qsTr("Chinese input is being prepared; letters can be typed meanwhile")
                  : qsTr("Chinese input is not available on this terminal; letters can still be typed")
        }
    }

    CandidateBar {
        id: candidateBar
        z: 1 // over the keyboard's own candidate list, which it draws just above its keys
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: noteBox.bottom
    }

    // Its own candidate list would be drawn above it, over the screen: this panel clips it,
    // and shows CandidateBar instead.
    Rectangle { // beside a narrowed keyboard
        anchors.fill: keyboard
        anchors.leftMargin: -keyboard.x
        anchors.rightMargin: -keyboard.x
        color: Theme.header
    }

    // The keyboard's height follows its width (about 0.31 of it): on a wide screen it is
    // narrowed, centred, so that it, the candidate bar and the note take at most maximumShare of
    // the window and the screen above keeps room for the field and what it finds. Never
    // narrower than 640 px: its keys are then 49 px high, a finger's size (Theme.touchTarget).
    InputPanel {
        id: keyboard
        objectName: "inputPanel"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: candidateBar.bottom
        width: Math.min(panel.width,
                        Math.max(640, (panel.Window.height * panel.maximumShare - candidateBar.height
                                       - noteBox.height) / 0.31))
    }

    // The keyboard reads its layouts from this app's folder (src/input/layouts): Qt's own for
    // English, librime's input method for Chinese.
    Component.onCompleted: {
        VirtualKeyboardSettings.layoutPath = "qrc:/lobbydesk/keyboard/layouts"
        VirtualKeyboardSettings.activeLocales = ["zh_CN", "zh_TW", "en_GB"]
        // Latin letters go in as typed: word prediction (Hunspell) guesses words, not names.
        VirtualKeyboardSettings.defaultInputMethodDisabled = true
        VirtualKeyboardSettings.locale = panel.keyboardLocale
    }
    onKeyboardLocaleChanged: VirtualKeyboardSettings.locale = panel.keyboardLocale
}
