import QtQuick
import QtQuick.Layouts
import QtTest
import LobbyDesk.Controls
import LobbyDesk.Backend
import LobbyDesk.Kiosk
import LobbyDesk.App
import "keyboard.js" as Keyboard

// Visitors at a real, enrolled kiosk (sample directory) with a simulated slip printer on a
// pty: walk-in check-in by taps and the on-screen keyboard, refusals that record nothing, the
// deny list's neutral words, invitations by scan and by code, check-out by scan and the rating.
TestCase {
    id: testCase
    name: "VisitorKiosk"
    width: 1080
    height: 1700
    when: windowShown
    visible: true

    Component {
        id: walkInComponent
        ColumnLayout {
            property alias screen: walkIn
            width: testCase.width
            height: testCase.height
            spacing: 0
            VisitorCheckInScreen {
                id: walkIn
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
            KeyboardPanel {
                Layout.fillWidth: true
            }
        }
    }
    Component {
        id: frameComponent
        KioskFrame {
            width: testCase.width
            height: testCase.height
        }
    }

    function initTestCase() {
        tryVerify(() => TestProbe.printerReady(), 10000, "the simulated printer did not come up")
    }

    function cleanup() {
        Navigator.home()
        LanguageSwitcher.select("en")
        TestProbe.setPrinterOffline(false)
        tryVerify(() => TestProbe.printerReady(), 10000)
    }

    function child(root, name) {
        const found = findChild(root, name)
        verify(found !== null, "no " + name + " on the screen")
        return found
    }

    function shown(root, name) {
        const item = child(root, name)
        for (let it = item; it !== null && it !== root; it = it.parent)
            verify(it.visible, name + " is not visible")
        return item
    }

    function tap(root, name) {
        const item = shown(root, name)
        verify(item.enabled, name + " cannot be tapped")
        mouseClick(item)
        waitForRendering(root)
    }

    function openWalkIn() {
        const holder = createTemporaryObject(walkInComponent, testCase)
        waitForRendering(holder)
        return holder
    }

    function typeOnKeyboard(root, field, keys) {
        mouseClick(field)
        const panel = child(root, "inputPanel")
        tryVerify(() => panel.active, 5000, "the keyboard did not open")
        tryVerify(() => Keyboard.findKey(panel, "a") !== null, 5000, "no letter keys")
        waitForRendering(panel)
        Keyboard.tap(testCase, panel, keys)
    }

    // From the language step to the confirm step with valid answers, typed as given.
    function answerAll(holder, name) {
        const screen = holder.screen
        tap(holder, "chooseLanguage-en")
        compare(screen.step, "name")
        child(holder, "visitorName").text = name
        tap(holder, "stepNext")
        child(holder, "visitorPhone").text = "13800138000"
        tap(holder, "stepNext")
        child(holder, "hostSearchField").text = "acme"
        tryVerify(() => findChild(holder, "hostHit0") !== null)
        tap(holder, "hostHit0")
        tap(holder, "stepNext")
        tap(holder, "purpose_visit")
        tap(holder, "stepNext")
        tap(holder, "stepNext") // no companions
        tap(holder, "stepNext") // on foot
        tap(holder, "stepNext") // no ID number
        compare(screen.step, "confirm")
    }

    function test_a_walk_in_checks_in_step_by_step_and_gets_a_slip() {
        const visits = TestProbe.visitCount()
        const jobs = TestProbe.printedJobs()
        const holder = openWalkIn()
        const screen = holder.screen
        compare(screen.step, "language")
        verify(shown(holder, "chooseLanguage-zh_CN").height >= 48)
        tap(holder, "chooseLanguage-en")
        compare(screen.step, "name")
        typeOnKeyboard(holder, child(holder, "visitorName"), "mary lee")
        compare(child(holder, "visitorName").text, "Mary lee")
        tap(holder, "stepNext")
        compare(screen.step, "phone")
        child(holder, "visitorPhone").text = "13800138000"
        tap(holder, "stepNext")
        compare(screen.step, "host")
        tap(holder, "stepNext") // nobody chosen
        compare(screen.step, "host")
        compare(shown(holder, "hostProblem").text, "Choose whom you are visiting.")
        child(holder, "hostSearchField").text = "1201"
        tryVerify(() => findChild(holder, "hostHit0") !== null)
        tap(holder, "hostHit0")
        verify(shown(holder, "chosenHostText").text.length > 2)
        tap(holder, "stepNext")
        compare(screen.step, "purpose")
        tap(holder, "purpose_other")
        tap(holder, "stepNext")
        compare(screen.step, "purpose")
        compare(screen.form.problem("purpose_note"), "Say why you are here.")
        child(holder, "purposeNote").text = "Fix the printer"
        tap(holder, "stepNext")
        compare(screen.step, "companions")
        tap(holder, "companionsPlus")
        tap(holder, "companionsPlus")
        compare(child(holder, "companionsValue").text, "2")
        tap(holder, "stepNext")
        compare(screen.step, "plate")
        child(holder, "visitorPlate").text = "粤b 12345"
        tap(holder, "stepNext")
        compare(screen.step, "id")
        child(holder, "visitorId").text = "E1234567X"
        tap(holder, "stepNext")
        compare(screen.step, "confirm")
        compare(TestProbe.visitCount(), visits, "nothing recorded before the visitor confirms")
        compare(child(holder, "summaryName").value, "Mary lee")
        tryVerify(() => TestProbe.printerReady(), 10000)
        tap(holder, "stepNext") // Check in
        compare(screen.step, "result")
        compare(shown(holder, "resultTitle").text, "Please take your visitor slip")
        verify(shown(holder, "resultMessage").text.indexOf("Welcome, Mary lee") === 0)
        verify(!child(holder, "slipQr").visible, "printed: no code on screen")
        compare(TestProbe.visitCount(), visits + 1)
        const visit = TestProbe.lastVisit()
        compare(visit.state, "on_site")
        compare(visit.language, "en")
        compare(visit.companions, 2)
        compare(visit.plate, "粤B12345")
        compare(visit.idLast4, "567X")
        tryVerify(() => TestProbe.printedJobs() === jobs + 1, 10000, "the slip was not printed")
        verify(screen.form.submit()) // a second tap: nothing more
        compare(TestProbe.visitCount(), visits + 1)
    }

    function test_a_phone_of_letters_and_a_very_long_name_are_refused() {
        const visits = TestProbe.visitCount()
        const holder = openWalkIn()
        const screen = holder.screen
        tap(holder, "chooseLanguage-en")
        child(holder, "visitorName").text = "a".repeat(500)
        tap(holder, "stepNext")
        compare(screen.step, "name")
        compare(shown(holder, "visitorName").problem, "A name is at most 40 characters.")
        LanguageSwitcher.select("zh_CN") // shown again in the new language, still there
        verify(shown(holder, "visitorName").problem.length > 0)
        LanguageSwitcher.select("en")
        child(holder, "visitorName").text = "Mary Lee"
        tap(holder, "stepNext")
        compare(screen.step, "phone")
        child(holder, "visitorPhone").text = "call me maybe"
        tap(holder, "stepNext")
        compare(screen.step, "phone")
        verify(shown(holder, "visitorPhone").problem.indexOf("This is not a phone number") === 0)
        compare(TestProbe.visitCount(), visits, "nothing recorded")
    }

    function test_a_deny_listed_visitor_is_asked_to_see_the_desk_without_why() {
        TestProbe.denyListed("Wang Wu")
        const jobs = TestProbe.printedJobs()
        const holder = openWalkIn()
        answerAll(holder, "Wang Wu")
        tap(holder, "stepNext")
        compare(holder.screen.step, "result")
        compare(shown(holder, "resultTitle").text, "Thank you")
        compare(shown(holder, "resultMessage").text,
                "Thank you. Please see the front desk to complete your check-in.")
        verify(!child(holder, "slipQr").visible)
        verify(!child(holder, "visitNumber").visible)
        compare(TestProbe.lastVisit().state, "held")
        wait(500)
        compare(TestProbe.printedJobs(), jobs, "no slip for a held visitor")
    }

    function test_a_failed_printer_shows_the_slip_code_on_screen() {
        TestProbe.setPrinterOffline(true)
        tryVerify(() => !TestProbe.printerReady(), 10000)
        const holder = openWalkIn()
        answerAll(holder, "Chen Jing")
        tap(holder, "stepNext")
        compare(shown(holder, "resultTitle").text, "Chen Jing, you are checked in")
        verify(shown(holder, "printNote").text.indexOf("The printer is not responding.") === 0)
        const qr = shown(holder, "slipQr")
        tryVerify(() => qr.status === Image.Ready)
        verify(qr.source.toString().indexOf("image://qr/LD1") === 0, qr.source)
        verify(shown(holder, "visitNumber").text.indexOf("V-") > 0)
    }

    function test_an_invitation_scanned_at_home_checks_in_with_no_typing() {
        const frame = createTemporaryObject(frameComponent, testCase)
        const visits = TestProbe.visitCount()
        const jobs = TestProbe.printedJobs()
        const token = TestProbe.invite("Zhao Liu")
        tryVerify(() => TestProbe.printerReady(), 10000)
        KioskScan.scanned(token)
        compare(Navigator.screen, "invitation")
        waitForRendering(frame)
        compare(shown(frame, "resultTitle").text, "Please take your visitor slip")
        compare(TestProbe.visitCount(), visits + 1)
        compare(TestProbe.lastVisit().name, "Zhao Liu")
        tryVerify(() => TestProbe.printedJobs() === jobs + 1, 10000, "the slip was not printed")
        // The next visitor types their code on the same screen.
        const other = TestProbe.invite("Sun Qi")
        KioskScan.scanned("https://example.com/coupon/42") // on the invitation screen: checked as one
        verify(shown(frame, "invitationProblem").text.indexOf("not a LobbyDesk code") >= 0)
        compare(TestProbe.visitCount(), visits + 1)
        child(frame, "invitationCode").text = TestProbe.invitationCodeOf(other).toLowerCase()
        tap(frame, "useCode")
        compare(shown(frame, "resultTitle").text, "Please take your visitor slip")
        compare(TestProbe.lastVisit().name, "Sun Qi")
    }

    function test_a_slip_scanned_at_home_checks_out_then_the_visitor_rates() {
        const frame = createTemporaryObject(frameComponent, testCase)
        KioskScan.scanned(TestProbe.invite("Zhou Ba"))
        const slip = TestProbe.lastVisit().token
        verify(slip.length > 0)
        Navigator.home()
        KioskScan.scanned(slip)
        compare(Navigator.screen, "visitor-checkout")
        waitForRendering(frame)
        verify(shown(frame, "checkoutMessage").text.indexOf("Goodbye, Zhou Ba") === 0)
        tap(frame, "rateSatisfied")
        verify(shown(frame, "ratingThanks").text.length > 0)
        verify(!child(frame, "rateSatisfied").visible, "rated once")
        const visit = TestProbe.lastVisit()
        verify(visit.rated)
        verify(visit.satisfied)
        // Scanned again: already checked out, nothing to rate.
        KioskScan.scanned(slip)
        verify(shown(frame, "checkoutMessage").text.indexOf("Already checked out") === 0)
        verify(!child(frame, "rateSatisfied").visible)
    }
}
