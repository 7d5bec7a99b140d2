import QtQuick
import QtTest
import LobbyDesk.App
import LobbyDesk.Backend

// The real StaffFrame on a desk terminal: open while no staff PIN is known here; once the hub's
// PIN arrives, the sign-in screen replaces the screens. A tenant's card is refused, a wrong PIN
// says why under the pad, the right one shows the desk, actions record the staff member, and
// signing out brings the sign-in screen back.
TestCase {
    id: testCase
    name: "StaffSignIn"
    width: 1920
    height: 1080
    when: windowShown
    visible: true

    Component {
        id: frameComponent
        StaffFrame {
            width: testCase.width
            height: testCase.height
        }
    }

    function child(item, name) {
        const found = findChild(item, name)
        verify(found !== null, "no " + name + " on the screen")
        return found
    }

    function tap(item, name) {
        waitForRendering(item)
        const target = child(item, name)
        verify(target.visible && target.enabled, name + " cannot be tapped")
        mouseClick(target)
    }

    function typePin(frame, digits) {
        for (const digit of digits)
            tap(frame, "pinKey" + digit)
        tap(frame, "pinOk")
    }

    function test_1_open_until_a_pin_is_known_then_sign_in_is_required() {
        const frame = createTemporaryObject(frameComponent, testCase)
        verify(!StaffSession.required)
        verify(child(frame, "screenLoader").visible)
        verify(child(frame, "staffStatus").text.indexOf("No staff sign-in set up") >= 0,
               child(frame, "staffStatus").text)

        TestProbe.setStaffPin("S-002", "4071") // 王芳, card 0A0B0C0E
        verify(StaffSession.required)
        tryVerify(() => child(frame, "signInLoader").visible)
        verify(!child(frame, "screenLoader").visible)
        compare(child(frame, "signInTitle").text, "Tap your staff card")
    }

    function test_2_a_tenant_card_is_refused() {
        const frame = createTemporaryObject(frameComponent, testCase)
        StaffSession.cardPresented("04A1B2C3") // 张三's tenant card
        compare(StaffSession.state, "signed_out")
        verify(child(frame, "signInProblem").text.indexOf("tenant's card") >= 0,
               child(frame, "signInProblem").text)
        verify(!child(frame, "pinPad").visible)
    }

    function test_3_wrong_pin_says_why_right_pin_shows_the_desk() {
        const frame = createTemporaryObject(frameComponent, testCase)
        StaffSession.cardPresented("0A0B0C0E")
        TenantCard.present("0A0B0C0E") // the desk's TenantCard hears the same reader
        compare(StaffSession.state, "pin")
        tryVerify(() => child(frame, "pinPad").visible)
        compare(child(frame, "signInTitle").text, "王芳, enter your PIN")

        typePin(frame, "1234")
        compare(StaffSession.state, "pin")
        const problem = child(frame, "signInProblem")
        verify(problem.visible)
        verify(problem.text.indexOf("Wrong PIN") >= 0 && problem.text.indexOf("locked: 4.") >= 0,
               problem.text)
        compare(child(frame, "pinDots").count, 0) // the pad starts empty again

        typePin(frame, "4071")
        compare(StaffSession.state, "signed_in")
        tryVerify(() => child(frame, "screenLoader").visible)
        verify(!child(frame, "signInLoader").visible)
        verify(child(frame, "staffStatus").text.indexOf("王芳") >= 0)
        compare(TestProbe.lastActor("staff.signed_in"), "王芳 (S-002)")
        // The reader's tap was a staff card for signing in, not a tenant's for the screens.
        compare(TenantCard.problem, "")
    }

    function test_4_actions_record_the_signed_in_staff() {
        verify(StaffSession.signedIn)
        verify(VisitDesk.addDenyEntry("Test Person", "", "", "test of the actor"))
        compare(TestProbe.lastActor("screening.deny.listed"), "王芳 (S-002)")
    }

    function test_5_a_card_tap_while_signed_in_is_not_taken() {
        StaffSession.cardPresented("0A0B0C0D") // 李四: the screen in use owns the reader now
        compare(StaffSession.staffId, "S-002")
        verify(StaffSession.signedIn)
    }

    function test_6_sign_out_brings_the_sign_in_screen_back() {
        const frame = createTemporaryObject(frameComponent, testCase)
        tap(frame, "staffSignOut")
        verify(!StaffSession.signedIn)
        tryVerify(() => child(frame, "signInLoader").visible)
        verify(!child(frame, "screenLoader").visible)
        compare(TestProbe.eventCount("staff.signed_out"), 1)
        compare(TestProbe.lastActor("staff.signed_out"), "王芳 (S-002)")
    }
}
