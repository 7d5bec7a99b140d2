import QtQuick
import QtTest
import LobbyDesk.App
import LobbyDesk.Backend
import LobbyDesk.E2E

// The desk after both gates synced: the pass used twice is an alert with both records.
TestCase {
    id: testCase
    name: "DeskAlert"
    width: 1920
    height: 1080
    when: windowShown
    visible: true

    StaffFrame {
        id: frame
        anchors.fill: parent
    }

    function screenItem(name) {
        return findChild(findChild(frame, "screenLoader").item, name)
    }

    // Taps an item where it is now: layouts settle on the next frame.
    function tap(item) {
        waitForRendering(frame)
        mouseClick(item)
    }

    function test_double_use_alert() {
        Navigator.open("goods-passes")
        tryVerify(() => screenItem("list-alerts") !== null, 5000)
        verify(screenItem("list-alerts").text.endsWith(" 1"), "one alert: " + screenItem("list-alerts").text)
        tap(screenItem("list-alerts"))
        tryVerify(() => screenItem("pass-0") !== null, 5000, "the pass is in the alerts list")
        verify(screenItem("pass-1") === null, "one pass only")
        tap(screenItem("pass-0"))
        tryCompare(screenItem("passState"), "text", "Used twice")
        verify(screenItem("use-0") !== null && screenItem("use-1") !== null, "both uses are shown")
        verify(screenItem("use-0").children[0].text.indexOf("gate1") >= 0
               || screenItem("use-1").children[0].text.indexOf("gate1") >= 0, "gate 1's record")
        verify(screenItem("use-0").children[0].text.indexOf("gate2") >= 0
               || screenItem("use-1").children[0].text.indexOf("gate2") >= 0, "gate 2's record")
    }
}
