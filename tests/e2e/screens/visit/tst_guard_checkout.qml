import QtQuick
import QtTest
import LobbyDesk.App
import LobbyDesk.Backend
import LobbyDesk.E2E

// The guard post, synced through the hub: the slip's QR as read from the printout is scanned
// on the (simulated) serial scanner; the visitor is checked out; a second scan changes nothing.
TestCase {
    id: testCase
    name: "GuardCheckOut"
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

    function test_scan_checks_out_once() {
        const token = E2E.readFile(E2E.env("LOBBYDESK_E2E_WORK") + "/slip-token")
        verify(token.startsWith("LD1:"), "the decoded slip: " + token)
        verify(E2E.devsim("scan " + token), "the simulator takes the scan")
        tryCompare(Navigator, "screen", "visitor-checkout", 10000)
        tryCompare(screenItem("visitorOutcomeWord"), "text", "Checked out", 10000)
        verify(screenItem("visitorOutcomeMessage").text.indexOf("Goodbye, Mary Lee") === 0,
               screenItem("visitorOutcomeMessage").text)
        verify(E2E.devsim("scan " + token), "scanned again")
        tryCompare(screenItem("visitorOutcomeWord"), "text", "Already checked out", 10000)
    }
}
