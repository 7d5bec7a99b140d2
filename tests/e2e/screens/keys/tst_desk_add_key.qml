import QtQuick
import QtTest
import LobbyDesk.App
import LobbyDesk.Backend
import LobbyDesk.E2E

// The first desk puts a common-area key in the cabinet through its Keys screen.
TestCase {
    id: testCase
    name: "DeskAddKey"
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

    function test_add_a_key() {
        Navigator.open("keys")
        tap("keySection-register")
        screenItem("registerTag").text = "C-100"
        screenItem("registerLabel").text = "Roof terrace door"
        screenItem("registerSlot").text = "B-2"
        tap("registerKey")
        verify(!KeyDesk.problem, KeyDesk.message)
        tryVerify(() => findChild(frame, "key-C-100") !== null, 5000, "the key is in the cabinet")
    }
}
