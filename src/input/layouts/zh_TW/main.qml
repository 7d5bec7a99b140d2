// 繁體中文: zhuyin, or pinyin to traditional characters, through librime (RimeInputMethod), or
// Latin; the input mode key switches between them.
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

KeyboardLayoutLoader {
    function createInputMethod() {
        return Qt.createQmlObject("import LobbyDesk.Input; RimeInputMethod {}", parent, "zh_TW")
    }
    sharedLayouts: ["symbols"]
    source: InputContext.inputEngine.inputMode === InputEngine.InputMode.Zhuyin
        ? "../ZhuyinKeys.qml" : "../PinyinKeys.qml"
}
