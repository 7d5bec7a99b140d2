import QtQuick
import QtTest
import LobbyDesk.App
import LobbyDesk.Backend
import LobbyDesk.E2E

// The desk reports 王伟's card lost (blocked here at once); later, after the kiosk's refusal
// synced back (LOBBYDESK_E2E_EXPECT=flagged), the desk sees the blocked card's tap.
TestCase {
    id: testCase
    name: "DeskCardLost"
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

    function tap(name) {
        waitForRendering(frame)
        const item = screenItem(name)
        verify(item !== null && item.visible, name + " cannot be tapped")
        mouseClick(item)
    }

    function test_lost() {
        CardDesk.section = "lost"
        Navigator.open("ic-cards")
        tryVerify(() => screenItem("lostUnit") !== null, 5000)
        if (E2E.env("LOBBYDESK_E2E_EXPECT") === "flagged") {
            tryVerify(() => screenItem("blockedTap-04CAFE01") !== null, 5000,
                      "the kiosk's tap of the blocked card is flagged here")
            return
        }
        screenItem("lostUnit").text = "1202"
        tryVerify(() => screenItem("reportLost-P-0003") !== null, 5000)
        tap("reportLost-P-0003")
        tryVerify(() => screenItem("blocked-04CAFE01") !== null, 5000, "blocked here at once")
    }
}
