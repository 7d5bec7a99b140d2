import QtQuick
import QtTest
import LobbyDesk.App
import LobbyDesk.Backend
import LobbyDesk.E2E

// A desk with no network lends key C-100: the borrower taps their staff card on the
// (simulated) reader ($KEY_CARD), the reason is typed, the receipt prints.
TestCase {
    id: testCase
    name: "DeskSignOut"
    width: 1920
    height: 1080
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
    function tap(name) {
        waitForRendering(frame)
        const item = screenItem(name)
        verify(item.visible && item.enabled, name + " cannot be tapped")
        mouseClick(item)
    }

    function test_sign_out_with_a_card_tap() {
        Navigator.open("keys")
        tryVerify(() => findChild(frame, "signOut-C-100") !== null, 5000, "the key is known here")
        tap("signOut-C-100")
        compare(KeyDesk.section, "signout")
        const printed = E2E.printedJobs()
        verify(E2E.devsim("tap " + E2E.env("KEY_CARD")), "the simulator takes the tap")
        tryVerify(() => KeyDesk.borrower.kind === "staff", 10000, "the staff card is read")
        E2E.devsim("remove")
        screenItem("signOutReason").text = "Roof inspection"
        tap("signOutKeyButton")
        verify(!KeyDesk.problem, KeyDesk.message)
        verify(KeyDesk.message.indexOf("Key C-100 signed out to " + E2E.env("KEY_BORROWER")) === 0,
               KeyDesk.message)
        tryVerify(() => E2E.printedJobs() === printed + 1, 10000, "the receipt prints")
    }
}
