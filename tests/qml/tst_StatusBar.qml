import QtQuick
import QtTest
import LobbyDesk.Controls
import LobbyDesk.Backend

TestCase {
    id: testCase
    name: "StatusBar"
    width: 1600
    height: 100
    when: windowShown
    visible: true // TestCase is hidden by default: hidden items get no taps

    Component {
        id: barComponent
        StatusBar {
            width: testCase.width
        }
    }

    function cleanup() {
        LanguageSwitcher.select("en")
    }

    function test_shows_the_sync_state_from_the_store() {
        const bar = createTemporaryObject(barComponent, testCase)
        const text = findChild(bar, "syncText").text
        verify(text.indexOf("No hub configured") >= 0, text)
        verify(text.indexOf("Queued events: " + SyncStatus.queued) >= 0, text)
        verify(text.indexOf("Last sync: never") >= 0, text)
    }

    function test_follows_the_language() {
        const bar = createTemporaryObject(barComponent, testCase)
        LanguageSwitcher.select("zh_CN")
        const text = findChild(bar, "syncText").text
        verify(text.indexOf("待上传事件") >= 0, text)
    }
}
