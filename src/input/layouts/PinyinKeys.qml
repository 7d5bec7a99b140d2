// The letter keys of a pinyin keyboard, shared by 简体 and 繁體 (zh_CN/main.qml, zh_TW/main.qml).
import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

KeyboardLayout {
    keyWeight: 160
    smallTextVisible: true
    KeyboardRow {
        Repeater {
            model: ["q", "w", "e", "r", "t", "y", "u", "i", "o", "p"]
            Key {
                required property string modelData
                key: Qt.Key_A + modelData.charCodeAt(0) - 97
                text: modelData
            }
        }
        BackspaceKey {}
    }
    KeyboardRow {
        FillerKey { weight: 56 }
        Repeater {
            model: ["a", "s", "d", "f", "g", "h", "j", "k", "l"]
            Key {
                required property string modelData
                key: Qt.Key_A + modelData.charCodeAt(0) - 97
                text: modelData
            }
        }
        EnterKey { weight: 283 }
    }
    KeyboardRow {
        InputModeKey { weight: 217 }
        Repeater {
            model: ["z", "x", "c", "v", "b", "n", "m"]
            Key {
                required property string modelData
                key: Qt.Key_A + modelData.charCodeAt(0) - 97
                text: modelData
            }
        }
        // Full-width punctuation, one tap; more on a long press.
        Key {
            key: 0xFF0C
            text: "，"
            alternativeKeys: "，、；：“”‘’"
        }
        Key {
            key: 0x3002
            text: "。"
            alternativeKeys: "。？！…·—（）《》"
        }
        FillerKey { weight: 100 }
    }
    KeyboardRow {
        SymbolModeKey { weight: 217 }
        ChangeLanguageKey { weight: 154 }
        SpaceKey { weight: 864 }
        Key {
            key: Qt.Key_Apostrophe
            text: "'"
            alternativeKeys: "'-"
        }
        HideKeyboardKey { weight: 204 }
    }
}
