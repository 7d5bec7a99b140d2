import QtQuick
import QtQuick.Layouts
import QtTest
import QtQuick.VirtualKeyboard
import LobbyDesk.Controls
import LobbyDesk.Backend
import LobbyDesk.Input
import "keyboard.js" as Keyboard

// Run with LOBBYDESK_RIME_DATA pointing at a folder without the Rime dictionaries (see
// CMakeLists.txt): Chinese input says it is unavailable, and the keyboard still types letters.
TestCase {
    id: testCase
    name: "ChineseInputMissing"
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

    function test_missing_data_is_said_and_letters_still_type() {
        tryVerify(() => ChineseInput.problem.length > 0, 5000)
        verify(!ChineseInput.ready)
        verify(ChineseInput.problem.indexOf("install the Debian package rime-prelude") >= 0,
               ChineseInput.problem)
        LanguageSwitcher.select("zh_CN")
        const screen = createTemporaryObject(screenComponent, testCase)
        waitForRendering(screen)
        mouseClick(screen.search.field)
        const panel = findChild(screen, "inputPanel")
        tryVerify(() => panel.active, 5000, "the keyboard did not open")
        tryCompare(InputContext, "locale", "zh_CN", 5000)
        const note = findChild(screen, "chineseInputNote")
        verify(note.visible)
        tryVerify(() => Keyboard.findKey(panel, "a") !== null, 5000)
        waitForRendering(screen) // the frame lays the keyboard out
        Keyboard.tap(testCase, panel, "zs")
        compare(screen.search.field.text, "zs")
        compare(InputContext.inputEngine.wordCandidateListModel.count, 0)
        verify(screen.search.hits.map(hit => hit.name).indexOf("张三") >= 0)
    }
}
