import QtQuick
import QtTest
import LobbyDesk.App
import LobbyDesk.Backend
import LobbyDesk.E2E

// The kiosk: 张三 (unit 1201) lost his card. The card PIN the property office set at the hub
// reached this kiosk by sync: unit, phone and that PIN block the card at once, and the
// (simulated) printer prints the slip.
TestCase {
    id: testCase
    name: "KioskCardLostPin"
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
        const item = screenItem(name)
        verify(item.visible && item.enabled, name + " cannot be tapped")
        mouseClick(item)
    }

    // The slip prints only on a printer that answered that it is ready.
    function printerReady() {
        for (let i = 0; i < DeviceListModel.rowCount(); ++i) {
            const row = DeviceListModel.index(i, 0)
            if (DeviceListModel.data(row, DeviceListModel.KindRole) === "ReceiptPrinter")
                return DeviceListModel.data(row, DeviceListModel.StateRole) === "Connected"
        }
        return false
    }

    function test_lost_card_blocked_with_the_pin() {
        tryVerify(printerReady, 10000, "the simulated printer answers")
        mouseClick(findChild(frame, "tile-ic-card"))
        tryCompare(Navigator, "screen", "ic-card")
        tap("cardLost")
        screenItem("identifyUnit").text = "1201"
        screenItem("identifyPhone").text = "+86 138 0000 0000"
        tap("identifyGo")
        tryCompare(screenItem("cardStepTitle"), "text", "Your card PIN")
        const printed = E2E.printedJobs()
        for (const digit of "2580")
            tap("pinKey" + digit)
        tap("pinOk")
        tryCompare(screenItem("cardStepTitle"), "text", "Your card is blocked", 5000)
        verify(/^Card ending B2C3, blocked at \d\d:\d\d$/.test(screenItem("blockedLine").text),
               screenItem("blockedLine").text)
        compare(screenItem("blockedPrintNote").text, "")
        tryVerify(() => E2E.printedJobs() === printed + 1, 15000, "the slip prints")
        compare(TenantCard.known, false)
    }
}
