import QtQuick
import QtTest
import LobbyDesk.App
import LobbyDesk.Backend
import LobbyDesk.E2E

// The desk, synced through the hub after the kiosk's printer ran out of paper: a banner names
// the kiosk and what is wrong, on every desk screen.
TestCase {
    id: testCase
    name: "DeskPrinterTrouble"
    width: 1280
    height: 1024
    when: windowShown
    visible: true

    StaffFrame {
        id: frame
        anchors.fill: parent
    }

    function test_banner_names_the_kiosk() {
        const banner = findChild(frame, "sitePrinterTrouble")
        verify(banner !== null)
        tryCompare(banner, "visible", true, 5000)
        const text = findChild(frame, "sitePrinterTroubleText").text
        verify(text.indexOf("kiosk: out of paper since ") >= 0, text)
        verify(text.indexOf("QR on screen") >= 0, text)
        Navigator.open("visitors")
        verify(banner.visible, "still shown on the visitors screen")
    }
}
