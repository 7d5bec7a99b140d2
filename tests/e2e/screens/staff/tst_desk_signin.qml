import QtQuick
import QtTest
import LobbyDesk.App
import LobbyDesk.Backend
import LobbyDesk.E2E

// The desk with the hub stopped: the PIN the hub set came down with the last sync, so 王芳
// signs in offline with her card on the (simulated PN532) reader and her PIN; she signs out;
// then five wrong PINs lock her card at this terminal.
TestCase {
    id: testCase
    name: "DeskSignIn"
    width: 1920
    height: 1080
    when: windowShown
    visible: true

    StaffFrame {
        id: frame
        anchors.fill: parent
    }

    function child(name) {
        const found = findChild(frame, name)
        verify(found !== null, "no " + name + " on the screen")
        return found
    }

    function tap(name) {
        waitForRendering(frame)
        const item = child(name)
        verify(item.visible && item.enabled, name + " cannot be tapped")
        mouseClick(item)
    }

    function typePin(digits) {
        for (const digit of digits)
            tap("pinKey" + digit)
        tap("pinOk")
    }

    function tapCard(uid) {
        verify(E2E.devsim("tap " + uid), "the simulator takes the tap")
        tryCompare(StaffSession, "state", "pin", 10000)
        E2E.devsim("remove")
    }

    function test_1_sign_in_offline_with_card_and_pin() {
        verify(StaffSession.required, "the synced PIN makes sign-in required")
        tryVerify(() => child("signInLoader").visible)
        verify(!child("screenLoader").visible)
        tapCard("0A0B0C0E")
        compare(child("signInTitle").text, "王芳, enter your PIN")
        typePin("1111")
        verify(child("signInProblem").text.indexOf("Wrong PIN") >= 0, child("signInProblem").text)
        typePin("4071")
        compare(StaffSession.state, "signed_in")
        tryVerify(() => child("screenLoader").visible)
        verify(child("staffStatus").text.indexOf("王芳") >= 0)
        tap("staffSignOut")
        tryVerify(() => child("signInLoader").visible)
    }

    function test_2_five_wrong_pins_lock_the_card() {
        tapCard("0A0B0C0E")
        for (let i = 0; i < 5; ++i)
            typePin("0000")
        verify(child("signInProblem").text.indexOf("locked until") >= 0, child("signInProblem").text)
        typePin("4071") // the right PIN, but locked
        verify(!StaffSession.signedIn)
    }
}
