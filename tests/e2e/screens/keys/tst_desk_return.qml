import QtQuick
import QtTest
import LobbyDesk.App
import LobbyDesk.Backend
import LobbyDesk.E2E

// The key comes back: its tag is scanned on the desk's (simulated) scanner and taken back.
TestCase {
    id: testCase
    name: "DeskReturn"
    width: 1920
    height: 1080
    when: windowShown
    visible: true

    StaffFrame {
        id: frame
        anchors.fill: parent
    }

    function screenItem(name) {
        const found = findChild(findChild(frame, "screenLoader").item, name)
        verify(found !== null, "no " + name + " on the screen")
        return found
    }
    function tap(name) {
        waitForRendering(frame)
        const item = screenItem(name)
        verify(item.visible && item.enabled, name + " cannot be tapped")
        mouseClick(item)
    }

    function test_return_by_scan() {
        Navigator.open("keys")
        verify(E2E.devsim("scan C-100"), "the simulator takes the scan")
        tryCompare(KeyDesk, "section", "return", 10000)
        tryCompare(screenItem("returnTag"), "text", "C-100", 5000)
        tap("returnKey")
        verify(!KeyDesk.problem, KeyDesk.message)
        verify(KeyDesk.message.indexOf("Key C-100 is back") === 0, KeyDesk.message)
        compare(KeyDesk.counts["out"], 0)
    }
}
