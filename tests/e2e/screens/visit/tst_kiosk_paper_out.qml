import QtQuick
import QtTest
import LobbyDesk.App
import LobbyDesk.Backend
import LobbyDesk.E2E

// The kiosk's printer runs out of paper (the simulator's paper sensor): the kiosk records its
// printer's condition for the site. The script checks the record and the desk's banner.
TestCase {
    id: testCase
    name: "KioskPaperOut"
    width: 1080
    height: 1920
    when: windowShown
    visible: true

    KioskFrame {
        anchors.fill: parent
    }

    function test_paper_condition_recorded() {
        const command = E2E.env("LOBBYDESK_E2E_PAPER")
        verify(command === "paper out" || command === "paper ok", "paper command: " + command)
        verify(E2E.devsim(command), "the simulator takes the command")
        // The printer is asked every second; the condition holds for half a second.
        wait(4000)
    }
}
