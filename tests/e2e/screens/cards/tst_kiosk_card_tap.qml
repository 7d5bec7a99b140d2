import QtQuick
import QtTest
import LobbyDesk.App
import LobbyDesk.Backend
import LobbyDesk.E2E

// The kiosk home with a card tapped on its (simulated PN532) reader. LOBBYDESK_E2E_EXPECT says
// what must happen: "greeted" (王伟's new card, synced from the desk, greets him by name) or
// "refused" (the card, reported lost at the desk and synced, is refused and flagged).
TestCase {
    id: testCase
    name: "KioskCardTap"
    width: 1080
    height: 1920
    when: windowShown
    visible: true

    KioskFrame {
        id: frame
        anchors.fill: parent
    }

    function homeItem(name) {
        const found = findChild(frame, name)
        verify(found !== null, "no " + name + " on the home screen")
        return found
    }

    function test_tap_on_home() {
        tryVerify(() => findChild(frame, "homeWelcome") !== null, 5000)
        verify(E2E.devsim("tap 04CAFE01"), "the simulator takes the tap")
        if (E2E.env("LOBBYDESK_E2E_EXPECT") === "greeted") {
            tryVerify(() => homeItem("homeWelcome").text.indexOf("王伟") > 0, 10000,
                      "王伟 is greeted by name")
        } else {
            tryVerify(() => homeItem("homeHint").text.indexOf("reported lost") >= 0, 10000,
                      "the blocked card is refused")
            verify(!TenantCard.known)
        }
        E2E.devsim("remove")
    }
}
