import QtQuick
import QtTest
import LobbyDesk.App
import LobbyDesk.Backend
import LobbyDesk.E2E

// The kiosk: 王伟 of unit 1202 has no card; he identifies by unit and phone and asks for a new
// one. The request receipt prints on the (simulated) printer.
TestCase {
    id: testCase
    name: "KioskCardRequest"
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

    function tap(name) {
        waitForRendering(frame)
        mouseClick(screenItem(name))
    }

    function test_new_card_by_unit_and_phone() {
        mouseClick(findChild(frame, "tile-ic-card"))
        tryCompare(Navigator, "screen", "ic-card")
        tap("cardLost")
        tryCompare(screenItem("cardStepTitle"), "text", "Your unit and phone number")
        screenItem("identifyUnit").text = "1202"
        screenItem("identifyPhone").text = "136 1234 5678"
        tap("identifyGo")
        tryCompare(screenItem("kindGreeting"), "text", "Hello, 王伟")
        tap("kind-new")
        verify(screenItem("kindCharges").text.indexOf("¥20.00") >= 0, screenItem("kindCharges").text)
        tap("cardNext")
        tryCompare(screenItem("cardStepTitle"), "text", "Check and send your request")
        const printed = E2E.printedJobs()
        tap("cardNext")
        tryCompare(screenItem("cardStepTitle"), "text", "Your request is recorded", 5000)
        tryVerify(() => E2E.printedJobs() === printed + 1, 15000, "the request receipt prints")
    }
}
