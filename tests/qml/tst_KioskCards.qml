import QtQuick
import QtQuick.Layouts
import QtTest
import LobbyDesk.Backend
import LobbyDesk.Controls
import LobbyDesk.Kiosk

// Card as identity at the kiosk and a card request through the real screens: a tap greets the
// tenant by name on the home screen, the request for a temporary card refuses a missing holder
// and is sent once; without the card the tenant is found by unit and phone; a blocked card is
// refused with a clear message and flagged for the desk.
TestCase {
    id: testCase
    name: "KioskCards"
    width: 1080
    height: 1920
    when: windowShown
    visible: true

    Component {
        id: homeComponent
        KioskHome {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: requestComponent
        ColumnLayout {
            width: testCase.width
            height: testCase.height
            spacing: 0
            CardRequestScreen {
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

    function tap(screen, name) {
        waitForRendering(screen)
        const item = child(screen, name)
        verify(item.visible && item.enabled, name + " cannot be tapped")
        mouseClick(item)
    }

    function init() {
        TenantCard.clear()
    }

    function test_a_tap_greets_the_tenant_by_name() {
        const home = createTemporaryObject(homeComponent, testCase)
        compare(child(home, "homeWelcome").text, "Welcome")
        TenantCard.present("04a1b2c3")
        tryVerify(() => child(home, "homeWelcome").text.indexOf("张三") > 0)
        verify(/^Good (morning|afternoon|evening), 张三$/.test(child(home, "homeWelcome").text))
        verify(findChild(home, "tile-ic-card") !== null, "card services offered")
        verify(findChild(home, "tile-visitor-checkin") === null, "visitor services not offered to a tenant")
    }

    function test_a_temporary_card_request_from_a_tapped_card() {
        TenantCard.present("04A1B2C3")
        const screen = createTemporaryObject(requestComponent, testCase)
        tryCompare(child(screen, "cardStepTitle"), "text", "What do you need?")
        compare(child(screen, "kindGreeting").text, "Hello, 张三")
        tap(screen, "kind-temporary")
        tap(screen, "cardNext")
        tryCompare(child(screen, "cardStepTitle"), "text", "Who carries the temporary card?")
        const before = TestProbe.cardRequestCount()
        tap(screen, "cardNext") // no holder: refused
        compare(child(screen, "cardStepTitle").text, "Who carries the temporary card?")
        child(screen, "holderName").text = "Chen Gong"
        tap(screen, "cardNext")
        tryCompare(child(screen, "cardStepTitle"), "text", "Check and send your request")
        tap(screen, "cardNext") // send
        tryCompare(child(screen, "cardStepTitle"), "text", "Your request is recorded")
        compare(TestProbe.cardRequestCount(), before + 1)
        compare(child(screen, "summaryReference").text.length, "Reference: ".length + 8)
    }

    function test_without_the_card_by_unit_and_phone() {
        const screen = createTemporaryObject(requestComponent, testCase)
        tap(screen, "cardLost")
        tryCompare(child(screen, "cardStepTitle"), "text", "Your unit and phone number")
        child(screen, "identifyUnit").text = "1201"
        child(screen, "identifyPhone").text = "13700000000"
        tap(screen, "identifyGo")
        verify(child(screen, "identifyProblem").text.indexOf("No tenant of unit 1201") === 0)
        child(screen, "identifyPhone").text = "139 1234 5678" // 李娜
        tap(screen, "identifyGo")
        tryCompare(child(screen, "cardStepTitle"), "text", "What do you need?")
        compare(child(screen, "kindGreeting").text, "Hello, 李娜")
        verify(findChild(screen, "kind-report-lost") !== null)
        verify(findChild(screen, "kind-temporary") === null)
    }

    function test_a_blocked_card_is_refused_and_flagged() {
        TestProbe.reportLost("P-0009") // 杨帆, card 04D1E2F3
        const taps = TestProbe.blockedTapCount()
        const home = createTemporaryObject(homeComponent, testCase)
        TenantCard.present("04D1E2F3")
        verify(!TenantCard.known)
        verify(TenantCard.blocked)
        verify(child(home, "homeHint").text.indexOf("reported lost") >= 0, child(home, "homeHint").text)
        compare(TestProbe.blockedTapCount(), taps + 1)
    }
}
