import QtQuick
import QtQuick.Layouts
import QtTest
import QtQuick.VirtualKeyboard
import LobbyDesk.Controls
import LobbyDesk.Backend
import LobbyDesk.Input
import "keyboard.js" as Keyboard

// Chinese on the real on-screen keyboard (Qt Virtual Keyboard with the app's librime input
// method and layouts): keys are tapped on the keyboard itself, candidates picked from its
// candidate list, over the host search of the sample building directory.
TestCase {
    id: testCase
    name: "ChineseInput"
    width: 1080
    height: 1600
    when: windowShown
    visible: true

    Component {
        id: screenComponent
        Item {
            property alias search: search
            width: testCase.width
            height: testCase.height
            ColumnLayout {
                anchors.fill: parent
                spacing: 0
                HostSearchField {
                    id: search
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                }
                KeyboardPanel {
                    Layout.fillWidth: true
                }
            }
        }
    }

    function cleanup() {
        LanguageSwitcher.select("en")
    }

    // The screen in a language, the field focused, the keyboard open with its input method.
    function openScreen(language, keyboardLocale) {
        tryVerify(() => ChineseInput.ready, 20000, "Chinese input never became ready: " + ChineseInput.problem)
        LanguageSwitcher.select(language)
        const screen = createTemporaryObject(screenComponent, testCase)
        waitForRendering(screen)
        mouseClick(screen.search.field) // as a visitor does: the keyboard opens
        const panel = findChild(screen, "inputPanel")
        tryVerify(() => panel.active, 5000, "the keyboard did not open")
        tryCompare(InputContext, "locale", keyboardLocale, 5000)
        tryVerify(() => Keyboard.findKey(panel, "a") !== null, 5000, "no letter keys")
        waitForRendering(panel)
        return screen
    }




    function tap(screen, keys) {
        Keyboard.tap(testCase, findChild(screen, "inputPanel"), keys)
    }

    function tapBackspace(screen, times) {
        const key = Keyboard.findKeyCode(findChild(screen, "inputPanel"), Qt.Key_Backspace)
        verify(key !== null, "no backspace key")
        for (let i = 0; i < times; ++i) {
            mousePress(key)
            mouseRelease(key)
        }
    }

    function candidates() {
        const model = InputContext.inputEngine.wordCandidateListModel
        const list = []
        for (let i = 0; i < model.count; ++i)
            list.push(model.dataAt(i))
        return list
    }

    function pick(text) {
        const index = candidates().indexOf(text)
        verify(index >= 0, text + " is not among " + candidates().join(" "))
        InputContext.inputEngine.wordCandidateListModel.selectItem(index)
    }

    function names(screen) {
        return screen.search.hits.map(hit => hit.name)
    }

    function test_zhang_then_the_first_candidate_types_zhang() {
        const screen = openScreen("zh_CN", "zh_CN")
        tap(screen, "zhang")
        tryVerify(() => candidates().length > 0)
        compare(candidates()[0], "张")
        compare(screen.search.field.preeditText.replace(/ /g, ""), "zhang")
        // Tapped in the candidate bar, as a visitor does.
        tryVerify(() => findChild(screen, "candidate0") !== null, 2000, "no candidate bar")
        const first = findChild(screen, "candidate0")
        waitForRendering(first)
        mouseClick(first)
        compare(screen.search.field.text, "张")
        compare(candidates().length, 0)
    }

    function test_zhangsan_offers_the_whole_name() {
        const screen = openScreen("zh_CN", "zh_CN")
        tap(screen, "zhangsan")
        compare(candidates()[0], "张三")
        pick("张三")
        compare(screen.search.field.text, "张三")
    }

    function test_a_name_is_built_by_picking_part_of_it() {
        const screen = openScreen("zh_CN", "zh_CN")
        tap(screen, "wangxiaoming")
        pick("王")
        compare(screen.search.field.text, "", "nothing committed until the whole name is")
        verify(screen.search.field.preeditText.startsWith("王"), screen.search.field.preeditText)
        pick("小明")
        compare(screen.search.field.text, "王小明")
    }

    function test_traditional_chinese_gives_traditional_characters() {
        const screen = openScreen("zh_TW", "zh_TW")
        tap(screen, "zhang")
        compare(candidates()[0], "張")
        InputContext.inputEngine.wordCandidateListModel.selectItem(0)
        compare(screen.search.field.text, "張")
    }

    function test_the_mode_key_switches_to_zhuyin_and_to_latin() {
        const screen = openScreen("zh_TW", "zh_TW")
        const engine = InputContext.inputEngine
        compare(engine.inputMode, InputEngine.InputMode.Pinyin)
        engine.inputMode = InputEngine.InputMode.Zhuyin
        tryVerify(() => Keyboard.findKey(findChild(screen, "inputPanel"), "ㄓ") !== null, 5000, "no zhuyin keys")
        tap(screen, "ㄓㄤ")
        verify(candidates().indexOf("張") >= 0, candidates().join(" "))
        compare(screen.search.query, "", "zhuyin symbols are not searched for")
        InputContext.inputEngine.wordCandidateListModel.selectItem(candidates().indexOf("張"))
        compare(screen.search.field.text, "張")
        engine.inputMode = InputEngine.InputMode.Latin
        tryVerify(() => Keyboard.findKey(findChild(screen, "inputPanel"), "a") !== null)
        tap(screen, "ab")
        compare(screen.search.field.text, "張ab")
        compare(candidates().length, 0)
    }

    function test_the_keyboard_follows_the_screen_language() {
        const screen = openScreen("zh_CN", "zh_CN")
        tap(screen, "zhang")
        compare(candidates()[0], "张")
        InputContext.inputEngine.wordCandidateListModel.selectItem(0)
        LanguageSwitcher.select("zh_TW")
        tryCompare(InputContext, "locale", "zh_TW")
        tryVerify(() => Keyboard.findKey(findChild(screen, "inputPanel"), "a") !== null)
        tap(screen, "zhang")
        compare(candidates()[0], "張")
        InputContext.inputEngine.wordCandidateListModel.selectItem(0)
        LanguageSwitcher.select("en")
        tryCompare(InputContext, "locale", "en_GB")
        tryVerify(() => Keyboard.findKey(findChild(screen, "inputPanel"), "a") !== null)
        tap(screen, "zs")
        compare(screen.search.field.text, "张張zs")
        compare(candidates().length, 0)
    }

    function test_the_host_search_finds_a_chinese_name_three_ways() {
        const screen = openScreen("zh_CN", "zh_CN")
        // By the initials, while they are still being converted.
        tap(screen, "zs")
        verify(names(screen).indexOf("张三") >= 0, names(screen).join(" "))
        verify(names(screen).indexOf("張三豐") >= 0, names(screen).join(" "))
        tapBackspace(screen, 2) // the two letters being converted
        compare(screen.search.query, "")
        // By the whole pinyin.
        tap(screen, "zhangsan")
        compare(names(screen)[0], "张三", "query: " + screen.search.query)
        verify(names(screen).indexOf("張三豐") >= 0, names(screen).join(" "))
        // By the characters, committed.
        pick("张三")
        compare(screen.search.field.text, "张三")
        compare(names(screen)[0], "张三")
        verify(names(screen).indexOf("張三豐") >= 0, names(screen).join(" "))
    }

    function test_traditional_characters_find_a_simplified_name() {
        const screen = openScreen("zh_TW", "zh_TW")
        tap(screen, "zhangsan")
        pick("張三")
        compare(screen.search.field.text, "張三")
        compare(names(screen)[0], "张三")
        const hit = screen.search.hits[0]
        verify(hit.floor.length > 0)
        verify(hit.phone === undefined, "a hit never carries a phone number")
    }

    function test_the_keyboard_never_covers_the_field() {
        const screen = openScreen("zh_CN", "zh_CN")
        const panel = findChild(screen, "inputPanel")
        const field = screen.search.field
        const fieldBottom = field.mapToItem(screen, 0, field.height).y
        const keyboardTop = panel.mapToItem(screen, 0, 0).y
        verify(fieldBottom <= keyboardTop, fieldBottom + " > " + keyboardTop)
        verify(panel.height > 200)
    }

    // Saved beside the test (build/.../tests/qml/keyboard-*.png) to look at.
    function test_screenshots_of_the_keyboard_with_candidates() {
        for (const mode of [["zh_CN", "zh_CN", "zhangsan", "pinyin-simplified"],
                            ["zh_TW", "zh_TW", "zhangsan", "pinyin-traditional"],
                            ["zh_TW", "zh_TW", "ㄓㄤ", "zhuyin"]]) {
            const screen = openScreen(mode[0], mode[1])
            if (mode[3] === "zhuyin") {
                InputContext.inputEngine.inputMode = InputEngine.InputMode.Zhuyin
                tryVerify(() => Keyboard.findKey(findChild(screen, "inputPanel"), "ㄓ") !== null)
            }
            tap(screen, mode[2])
            verify(candidates().length > 1)
            tryVerify(() => findChild(screen, "candidate1") !== null)
            waitForRendering(screen)
            grabImage(screen).save("keyboard-" + mode[3] + ".png")
            tapBackspace(screen, 8)
            screen.destroy()
            wait(50)
        }
    }
}
