import QtQuick
import QtTest
import LobbyDesk.Controls
import LobbyDesk.Theme
import LobbyDesk.Backend

TestCase {
    id: testCase
    name: "LanguageBar"
    width: 800
    height: 200
    when: windowShown
    visible: true // TestCase is hidden by default: hidden items get no taps

    Component {
        id: barComponent
        LanguageBar {
            onDark: false
        }
    }

    function cleanup() {
        LanguageSwitcher.select("en")
    }

    function test_offers_three_languages_in_their_own_names() {
        const bar = createTemporaryObject(barComponent, testCase)
        compare(findChild(bar, "language-zh_CN").contentItem.text, "简体中文")
        compare(findChild(bar, "language-zh_TW").contentItem.text, "繁體中文")
        compare(findChild(bar, "language-en").contentItem.text, "English")
    }

    function test_each_choice_is_a_touch_target() {
        const bar = createTemporaryObject(barComponent, testCase)
        for (const code of ["zh_CN", "zh_TW", "en"]) {
            const choice = findChild(bar, "language-" + code)
            verify(choice.height >= Theme.touchTarget, code + " height " + choice.height)
            verify(choice.width >= Theme.touchTarget, code + " width " + choice.width)
        }
    }

    function test_a_tap_switches_every_string() {
        const bar = createTemporaryObject(barComponent, testCase)
        compare(ServiceNames.titles["keys"], "Key handover")
        mouseClick(findChild(bar, "language-zh_TW"))
        compare(LanguageSwitcher.current, "zh_TW")
        compare(ServiceNames.titles["keys"], "鑰匙管理")
        compare(Theme.fontFamily, "Noto Sans CJK TC")
        mouseClick(findChild(bar, "language-zh_CN"))
        compare(ServiceNames.titles["keys"], "钥匙管理")
        mouseClick(findChild(bar, "language-en"))
        compare(ServiceNames.titles["keys"], "Key handover")
    }
}
