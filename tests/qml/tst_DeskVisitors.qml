import QtQuick
import QtQuick.Layouts
import QtTest
import LobbyDesk.Backend
import LobbyDesk.Controls
import LobbyDesk.Desk

// The desk's Visitors screen on a desk terminal whose receipt printer is not there (its jobs
// wait in the queue): check-in by typing (a bad phone refused), the deny list, a held visitor
// let in with a note and another turned away with a reason, check-out, the evacuation roll
// call, and, once enrolled, an invitation shown as a QR and printed.
TestCase {
    id: testCase
    name: "DeskVisitors"
    width: 1920
    height: 1080
    when: windowShown
    visible: true

    // As StaffFrame shows it: the screen over the on-screen keyboard (without one in the scene,
    // Qt Virtual Keyboard opens a window of its own that outlives the application).
    Component {
        id: screenComponent
        ColumnLayout {
            width: testCase.width
            height: testCase.height
            spacing: 0
            VisitorsScreen {
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
            KeyboardPanel {
                Layout.fillWidth: true
            }
        }
    }

    function child(screen, name) {
        const found = findChild(screen, name)
        verify(found !== null, "no " + name + " on the screen")
        return found
    }

    // Taps an item where it is now: layouts settle on the next frame.
    function tap(screen, name) {
        waitForRendering(screen)
        const item = child(screen, name)
        verify(item.visible && item.enabled, name + " cannot be tapped")
        mouseClick(item)
    }

    // Types into a field key by key, as on the desk's keyboard.
    function type(screen, name, text) {
        const field = child(screen, name)
        field.text = ""
        field.forceActiveFocus()
        for (const key of text)
            keyClick(key)
        compare(field.text, text)
    }

    function pickHost(screen, query) {
        child(screen, "hostSearchField").text = query
        tryVerify(() => findChild(screen, "hostHit0") !== null, 5000, query + " is found")
        tap(screen, "hostHit0")
        tryVerify(() => child(screen, "chosenHost").visible)
    }

    function checkIn(screen, name, phone) {
        tap(screen, "section-checkin")
        type(screen, "visitorName", name)
        type(screen, "visitorPhone", phone)
        pickHost(screen, "Acme")
        tap(screen, "checkInVisitor")
    }

    function test_1_check_in_by_typing_refuses_a_bad_phone() {
        const screen = createTemporaryObject(screenComponent, testCase)
        const visits = TestProbe.visitCount()
        const jobs = TestProbe.waitingPrintJobs()
        checkIn(screen, "Li Ming", "12345")
        verify(VisitDesk.problem)
        verify(child(screen, "visitorPhoneField").problem.indexOf("not a phone number") >= 0,
               child(screen, "visitorPhoneField").problem)
        verify(child(screen, "visitMessage").visible)
        compare(TestProbe.visitCount(), visits, "nothing recorded")
        compare(TestProbe.waitingPrintJobs(), jobs, "nothing printed")

        type(screen, "visitorPhone", "13800138000")
        tap(screen, "checkInVisitor")
        compare(TestProbe.visitCount(), visits + 1, "recorded once")
        compare(TestProbe.waitingPrintJobs(), jobs + 1, "the slip waits for the printer")
        // The printer is missing: said on screen with its state.
        verify(VisitDesk.message.indexOf("Not printed yet") >= 0, VisitDesk.message)
        compare(child(screen, "visitorPhoneField").problem, "")
    }

    function test_2_deny_list_then_a_held_visitor_let_in_with_a_note() {
        const screen = createTemporaryObject(screenComponent, testCase)
        tap(screen, "section-deny")
        type(screen, "denyPhone", "abc")
        type(screen, "denyReason", "Threatened staff")
        tap(screen, "addDenyEntry")
        verify(VisitDesk.problem)
        verify(child(screen, "denyProblem").text.indexOf("not a phone number") >= 0, child(screen, "denyProblem").text)
        compare(VisitDesk.denyList.length, 0, "nothing listed")
        type(screen, "denyName", "Zhao Liu")
        type(screen, "denyPhone", "13900001111")
        tap(screen, "addDenyEntry")
        tryVerify(() => !VisitDesk.problem, 5000, VisitDesk.message)
        compare(VisitDesk.denyList.length, 1)
        verify(findChild(screen, "denyEntry-0") !== null)

        const jobs = TestProbe.waitingPrintJobs()
        checkIn(screen, "Zhao Liu", "13700002222")
        tryCompare(VisitDesk, "section", "visits")
        tryCompare(child(screen, "visitState"), "text", "Held: see the visitor")
        verify(child(screen, "holdAlert").visible)
        compare(TestProbe.waitingPrintJobs(), jobs, "no slip for a held visitor")

        tap(screen, "approveVisit") // no note
        verify(VisitDesk.problem)
        verify(VisitDesk.message.indexOf("deny list") >= 0, VisitDesk.message)
        compare(child(screen, "visitState").text, "Held: see the visitor")
        type(screen, "visitDecisionNote", "Host vouched for him")
        tap(screen, "approveVisit")
        tryCompare(child(screen, "visitState"), "text", "On site")
        compare(TestProbe.waitingPrintJobs(), jobs + 1, "the slip prints at the desk")
    }

    function test_3_a_held_visitor_turned_away_needs_a_reason() {
        const screen = createTemporaryObject(screenComponent, testCase)
        checkIn(screen, "Zhao Liu", "13700003333")
        tryCompare(child(screen, "visitState"), "text", "Held: see the visitor")
        tap(screen, "denyVisit")
        verify(VisitDesk.problem)
        verify(VisitDesk.message.indexOf("reason") >= 0, VisitDesk.message)
        type(screen, "visitDecisionNote", "On the deny list")
        tap(screen, "denyVisit")
        tryCompare(child(screen, "visitState"), "text", "Turned away")
    }

    function test_4_check_out_at_the_desk() {
        const screen = createTemporaryObject(screenComponent, testCase)
        tap(screen, "section-visits")
        tap(screen, "visitList-on_site")
        const before = VisitDesk.counts["on_site"]
        verify(before > 0)
        tryVerify(() => findChild(screen, "visit-0") !== null)
        tap(screen, "visit-0")
        tryCompare(child(screen, "visitState"), "text", "On site")
        tap(screen, "checkOutVisit")
        tryCompare(child(screen, "visitState"), "text", "Checked out")
        compare(VisitDesk.counts["on_site"], before - 1)
    }

    function test_5_evacuation_roll_call_prints() {
        const screen = createTemporaryObject(screenComponent, testCase)
        const jobs = TestProbe.waitingPrintJobs()
        tap(screen, "section-evacuation")
        verify(child(screen, "evacuationCount").text.indexOf(String(VisitDesk.onSiteCount)) >= 0)
        tap(screen, "printEvacuation")
        compare(TestProbe.waitingPrintJobs(), jobs + 1, "the roll call is queued")
    }

    function test_6_an_invitation_on_an_enrolled_desk_shows_a_qr_and_prints() {
        TestProbe.enrol()
        const screen = createTemporaryObject(screenComponent, testCase)
        const jobs = TestProbe.waitingPrintJobs()
        tap(screen, "section-invitations")
        type(screen, "visitorName", "Chen Jing")
        type(screen, "visitorPhone", "13711112222")
        pickHost(screen, "Acme")
        tap(screen, "window_tomorrow")
        tap(screen, "sendInvitation")
        tryVerify(() => child(screen, "shownInvitation").visible, 5000, VisitDesk.message)
        const qr = child(screen, "invitationQr")
        verify(String(qr.source).startsWith("image://qr/"))
        tryCompare(qr, "status", Image.Ready)
        verify(qr.implicitWidth > 100)
        compare(TestProbe.waitingPrintJobs(), jobs + 1, "the invitation slip is queued")
        tryVerify(() => findChild(screen, "invitation-0") !== null)
        tap(screen, "cancelInvitation-0")
        tryVerify(() => !child(screen, "shownInvitation").visible)
    }
}
