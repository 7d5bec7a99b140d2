import QtQuick
import QtTest
import LobbyDesk.App
import LobbyDesk.Backend
import LobbyDesk.E2E

// A walk-in at the kiosk, through its real screens: the tile, one question per screen, the
// confirm tap; the slip goes to the (simulated) printer.
TestCase {
    id: testCase
    name: "KioskWalkIn"
    width: 1080
    height: 1920
    when: windowShown
    visible: true

    KioskFrame {
        id: frame
        anchors.fill: parent
    }

    function screenItem(name) {
        const found = findChild(findChild(frame, "screenLoader").item, name)
        verify(found !== null, "no " + name + " on the screen")
        return found
    }

    // Taps an item where it is now: layouts settle on the next frame.
    function tap(name) {
        waitForRendering(frame)
        const item = screenItem(name)
        verify(item.enabled, name + " cannot be tapped")
        mouseClick(item)
        waitForRendering(frame)
    }

    function test_walk_in() {
        tap("tile-visitor-checkin")
        tryCompare(Navigator, "screen", "visitor-checkin", 5000)
        tap("chooseLanguage-en")
        screenItem("visitorName").text = "Mary Lee"
        tap("stepNext")
        screenItem("visitorPhone").text = "abcdefgh" // refused, nothing recorded
        tap("stepNext")
        verify(screenItem("visitorPhone").problem.indexOf("This is not a phone number") === 0)
        screenItem("visitorPhone").text = "13800138000"
        tap("stepNext")
        screenItem("hostSearchField").text = "acme"
        tryVerify(() => findChild(findChild(frame, "screenLoader").item, "hostHit0") !== null, 5000)
        tap("hostHit0")
        tap("stepNext")
        tap("purpose_visit")
        tap("stepNext")
        tap("companionsPlus")
        tap("stepNext")
        screenItem("visitorPlate").text = "粤B12345"
        tap("stepNext")
        tap("stepNext") // no ID number
        tap("stepNext") // confirm: check in
        tryCompare(screenItem("resultTitle"), "text", "Please take your visitor slip", 10000)
        tryVerify(() => E2E.printedJobs() >= 1, 15000, "the slip reached the printer")
    }
}
