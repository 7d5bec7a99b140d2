// A standard (Dachen) zhuyin keyboard for 繁體中文 (zh_TW/main.qml): the engine reads each
// symbol as the key it sits on (RimeInputMethod::zhuyinKey).
import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

KeyboardLayout {
    keyWeight: 160
    Component {
        id: symbolKey
        Key {
            required property string modelData
            key: modelData.charCodeAt(0)
            text: modelData
        }
    }
    KeyboardRow {
        Repeater { delegate: symbolKey; model: ["ㄅ", "ㄉ", "ˇ", "ˋ", "ㄓ", "ˊ", "˙", "ㄚ", "ㄞ", "ㄢ", "ㄦ"] }
    }
    KeyboardRow {
        Repeater { delegate: symbolKey; model: ["ㄆ", "ㄊ", "ㄍ", "ㄐ", "ㄔ", "ㄗ", "ㄧ", "ㄛ", "ㄟ", "ㄣ"] }
        BackspaceKey {}
    }
    KeyboardRow {
        Repeater { delegate: symbolKey; model: ["ㄇ", "ㄋ", "ㄎ", "ㄑ", "ㄕ", "ㄘ", "ㄨ", "ㄜ", "ㄠ", "ㄤ"] }
        EnterKey {}
    }
    KeyboardRow {
        InputModeKey {}
        Repeater { delegate: symbolKey; model: ["ㄈ", "ㄌ", "ㄏ", "ㄒ", "ㄖ", "ㄙ", "ㄩ", "ㄝ", "ㄡ", "ㄥ"] }
    }
    KeyboardRow {
        SymbolModeKey { weight: 217 }
        ChangeLanguageKey { weight: 154 }
        SpaceKey { weight: 864 }
        Key {
            key: 0xFF0C
            text: "，"
            alternativeKeys: "，、；：「」『』"
        }
        Key {
            key: 0x3002
            text: "。"
            alternativeKeys: "。？！…·—（）《》"
        }
        HideKeyboardKey { weight: 204 }
    }
}
