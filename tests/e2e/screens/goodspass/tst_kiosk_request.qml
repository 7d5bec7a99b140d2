import QtQuick
import QtTest
import LobbyDesk.App
import LobbyDesk.Backend
import LobbyDesk.E2E

// The kiosk: 张三 taps his card on the (simulated PN532) reader, asks for a pass for two
// boxes of archives, and the request receipt comes out of the (simulated) printer.
TestCase {
    id: testCase
    name: "KioskRequest"
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

    function next() {
        const button = screenItem("stepNext")
        verify(button.visible && button.enabled, "Next cannot be tapped")
        mouseClick(button)
        waitForRendering(frame)
    }

    function test_card_tap_request_and_receipt() {
        mouseClick(findChild(frame, "tile-goods-pass"))
        tryCompare(Navigator, "screen", "goods-pass")
        verify(E2E.devsim("tap 04A1B2C3"), "the simulator takes the tap")
        tryCompare(screenItem("cardGreeting"), "text", "Hello, 张三", 10000)
        E2E.devsim("remove")
        next()
        screenItem("itemName0").text = "Archive boxes"
        mouseClick(screenItem("quantity0Plus"))
        mouseClick(screenItem("uom0_boxes"))
        next()
        screenItem("carrierName").text = "Li Wei"
        screenItem("carrierPhone").text = "138 1234 5678"
        screenItem("carrierIdLast4").text = "123x"
        next()
        // From this hour, and three hours on past the preset's end: valid while the gates
        // check it, even when the test runs just before midnight.
        mouseClick(screenItem("windowToday"))
        for (let i = 0; i < 3; ++i)
            mouseClick(screenItem("untilPlus"))
        screenItem("plate").text = "粤B 12345"
        next()
        mouseClick(screenItem("reason_move-out"))
        next()
        const printed = E2E.printedJobs()
        next() // Send request
        tryVerify(() => screenItem("reference").text.length === 8, 5000, "a reference is shown")
        tryVerify(() => E2E.printedJobs() > printed, 20000, "the request receipt is printed")
    }
}
