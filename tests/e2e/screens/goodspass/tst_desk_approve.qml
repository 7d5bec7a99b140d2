import QtQuick
import QtTest
import LobbyDesk.App
import LobbyDesk.Backend
import LobbyDesk.E2E

// The desk: the kiosk's request waits in the pending list with its checks; approving it
// issues the pass and prints its slip on the desk's (simulated) printer.
TestCase {
    id: testCase
    name: "DeskApprove"
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

    function test_approve_and_print() {
        Navigator.open("goods-passes")
        tryVerify(() => screenItem("list-pending") !== null, 5000)
        tap(screenItem("list-pending"))
        tryVerify(() => screenItem("pass-0") !== null, 5000, "the kiosk's request is pending here")
        tap(screenItem("pass-0"))
        tryCompare(screenItem("passState"), "text", "Waiting for approval")
        verify(screenItem("check-entitled") !== null, "the entitlement check is shown")
        verify(screenItem("check-window") !== null, "the window check is shown")
        const printed = E2E.printedJobs()
        tap(screenItem("approvePass"))
        tryVerify(() => screenItem("passHeading").text.startsWith("GP-"), 5000, "the pass has its number: " + GoodsPassDesk.message)
        tryCompare(screenItem("passState"), "text", "Issued")
        tryVerify(() => E2E.printedJobs() > printed, 20000, "the pass slip is printed")
    }
}
