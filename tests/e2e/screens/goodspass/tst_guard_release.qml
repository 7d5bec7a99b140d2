import QtQuick
import QtTest
import LobbyDesk.App
import LobbyDesk.Backend
import LobbyDesk.E2E

// A guard gate with no hub: the pass slip's QR, as read from the printout, is scanned on the
// (simulated) serial scanner; the verdict is green with the items; the guard releases them.
TestCase {
    id: testCase
    name: "GuardRelease"
    width: 1280
    height: 1024
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

    // Taps an item where it is now: layouts settle on the next frame.
    function tap(item) {
        waitForRendering(frame)
        mouseClick(item)
    }

    function test_scan_green_release() {
        const token = E2E.readFile(E2E.env("LOBBYDESK_E2E_WORK") + "/token")
        verify(token.startsWith("LD1:"), "the decoded slip: " + token)
        verify(E2E.devsim("scan " + token), "the simulator takes the scan")
        tryCompare(Navigator, "screen", "pass-check", 10000)
        tryCompare(PassCheck, "colour", "green", 10000)
        verify(PassCheck.itemsKnown, "the item list reached this gate before it went offline")
        compare(screenItem("verdictWord").text, "VALID")
        tap(screenItem("tickAllButton"))
        tap(screenItem("confirmRelease"))
        tryVerify(() => PassCheck.released, 5000, "released")
        compare(screenItem("releasedWord").visible, true)
    }
}
