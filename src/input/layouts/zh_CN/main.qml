// 简体中文: pinyin to simplified characters through librime (RimeInputMethod), or Latin.
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

KeyboardLayoutLoader {
    function createInputMethod() {
        return Qt.createQmlObject("import LobbyDesk.Input; RimeInputMethod {}", parent, "zh_CN")
    }
    sharedLayouts: ["symbols"]
    source: "../PinyinKeys.qml"
}
