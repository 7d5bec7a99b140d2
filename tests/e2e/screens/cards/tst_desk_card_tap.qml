import QtQuick
import QtTest
import LobbyDesk.App
import LobbyDesk.Backend
import LobbyDesk.E2E

// The desk, after a sync: 张三's card, blocked at the kiosk with his PIN, is tapped on the
// desk's (simulated) reader: refused and flagged, and the blocked list says where it was
// reported lost.
TestCase {
    id: testCase
    name: "DeskCardTap"
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

    function test_blocked_card_refused() {
        CardDesk.section = "lost"
        Navigator.open("ic-cards")
        tryVerify(() => screenItem("blocked-04A1B2C3") !== null, 5000, "the kiosk's block is here")
        verify(screenItem("blockedReason-04A1B2C3").text.indexOf("kiosk") >= 0,
               screenItem("blockedReason-04A1B2C3").text)
        verify(E2E.devsim("tap 04A1B2C3"), "the simulator takes the tap")
        tryVerify(() => TenantCard.blocked, 10000, "the blocked card is refused")
        verify(!TenantCard.known)
        tryVerify(() => screenItem("blockedTap-04A1B2C3") !== null, 5000, "and flagged")
        E2E.devsim("remove")
    }
}
