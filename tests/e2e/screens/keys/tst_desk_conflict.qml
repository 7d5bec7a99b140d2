import QtQuick
import QtTest
import LobbyDesk.App
import LobbyDesk.Backend
import LobbyDesk.E2E

// After sync the desk sees both sign-outs of C-100 flagged; a person keeps the one that has
// the key (the first listed), the other becomes void.
TestCase {
    id: testCase
    name: "DeskConflict"
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

    function test_resolve_the_conflict() {
        Navigator.open("keys")
        compare(KeyDesk.counts["conflicts"], 2)
        verify(screenItem("keySection-conflicts").text.indexOf("2") > 0)
        tap("keySection-conflicts")
        tryVerify(() => findChild(frame, "conflict-1") !== null, 5000, "both sign-outs are listed")
        tap("stands-0")
        verify(!KeyDesk.problem, KeyDesk.message)
        compare(KeyDesk.counts["conflicts"], 0)
        compare(KeyDesk.counts["out"], 1)
    }
}
