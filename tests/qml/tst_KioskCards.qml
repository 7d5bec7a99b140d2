import QtQuick
import QtQuick.Layouts
import QtTest
import LobbyDesk.Backend
import LobbyDesk.Controls
import LobbyDesk.Kiosk

// Card as identity at the kiosk and a card request through the real screens: a tap greets the
// tenant by name on the home screen, the request for a temporary card refuses a missing holder
// and is sent once; without the card the tenant is found by unit and phone; a blocked card is
// refused with a clear message and flagged for the desk. Card PINs: set after a tap on the PIN
// pad (a guessable one and two different entries refused); a lost card blocked with the PIN
// after unit and phone; a wrong PIN says so, five lock the PIN. "My keys": a key held and a spare
// lent, by card.
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
        id: myKeysComponent
        MyKeysScreen {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: pinComponent
        CardPinScreen {
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

    // Digits tapped on the PIN pad, then its OK key.
    function typePin(screen, digits) {
        for (const digit of digits)
            tap(screen, "pinKey" + digit)
        tap(screen, "pinOk")
    }

    // "I lost my card", then the unit and phone of the directory.
    function identifyWithoutCard(screen, unit, phone) {
        tap(screen, "cardLost")
        tryCompare(child(screen, "cardStepTitle"), "text", "Your unit and phone number")
        child(screen, "identifyUnit").text = unit
        child(screen, "identifyPhone").text = phone
        tap(screen, "identifyGo")
    }

    function test_a_tap_greets_the_tenant_by_name() {
        const home = createTemporaryObject(homeComponent, testCase)
        compare(child(home, "homeWelcome").text, "Welcome")
        TenantCard.present("04a1b2c3")
        tryVerify(() => child(home, "homeWelcome").text.indexOf("张三") > 0)
        verify(/^Good (morning|afternoon|evening), 张三$/.test(child(home, "homeWelcome").text))
        verify(findChild(home, "tile-ic-card") !== null, "card services offered")
        verify(findChild(home, "tile-card-pin") !== null, "a card PIN offered")
        verify(findChild(home, "tile-visitor-checkin") === null, "visitor services not offered to a tenant")
    }

    // Key handover at the kiosk: 李娜 sees the key she holds and when it is due; 张三, the owner,
    // sees his spare is lent to her.
    function test_my_keys_by_card() {
        TestProbe.lendSpareToLiNa("K-T1")
        const home = createTemporaryObject(homeComponent, testCase)
        TenantCard.present("04A1B2C4")
        tryVerify(() => findChild(home, "tile-my-keys") !== null, 5000, "my keys offered to a tenant")
        const screen = createTemporaryObject(myKeysComponent, testCase)
        const held = child(screen, "heldKey-K-T1")
        verify(held.text.indexOf("K-T1 · Front door · due back ") === 0, held.text)
        TenantCard.present("04A1B2C3")
        tryVerify(() => findChild(screen, "heldKey-K-T1") === null, 5000, "张三 does not hold it")
        const owned = child(screen, "ownedKey-K-T1")
        verify(owned.text.indexOf("Lent to 李娜 until ") > 0, owned.text)
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

    function test_set_a_card_pin_after_a_tap() {
        TenantCard.present("04E5F6A7") // 周杰
        const screen = createTemporaryObject(pinComponent, testCase)
        tryCompare(child(screen, "cardPinTitle"), "text", "Choose your card PIN")
        const before = TestProbe.eventCount("tenant.pin.set")
        typePin(screen, "1234")
        verify(child(screen, "cardPinProblem").text.indexOf("counting up or down") >= 0,
               child(screen, "cardPinProblem").text)
        compare(child(screen, "cardPinTitle").text, "Choose your card PIN")
        compare(child(screen, "pinDots").count, 0)
        typePin(screen, "2580")
        tryCompare(child(screen, "cardPinTitle"), "text", "Type the same PIN again")
        compare(child(screen, "cardPinProblem").text, "")
        typePin(screen, "2581")
        verify(child(screen, "cardPinProblem").text.indexOf("not the same") >= 0,
               child(screen, "cardPinProblem").text)
        compare(child(screen, "cardPinTitle").text, "Choose your card PIN")
        compare(TestProbe.eventCount("tenant.pin.set"), before)
        typePin(screen, "2580")
        typePin(screen, "2580")
        tryCompare(child(screen, "cardPinTitle"), "text", "Your card PIN is set")
        compare(TestProbe.eventCount("tenant.pin.set"), before + 1)
        compare(TestProbe.lastActor("tenant.pin.set"), "周杰")
    }

    function test_the_pin_screen_without_a_card_asks_for_one() {
        const screen = createTemporaryObject(pinComponent, testCase)
        compare(child(screen, "cardPinTitle").text, "Tap your IC card")
        verify(!child(screen, "cardLost").visible, "setting a PIN needs the card")
        TenantCard.present("04123456789ABC") // 梁家輝, no PIN yet
        tryCompare(child(screen, "cardPinTitle"), "text", "Choose your card PIN")
    }

    function test_a_lost_card_blocked_with_unit_phone_and_pin() {
        TestProbe.setTenantPin("P-0006", "2580") // 刘洋, unit 1101, card 04B7C8D9
        compare(TestProbe.cardStatus("04B7C8D9"), "tenant")
        const lost = TestProbe.eventCount("card.reported_lost")
        const screen = createTemporaryObject(requestComponent, testCase)
        identifyWithoutCard(screen, "1101", "138 0013 8001")
        tryCompare(child(screen, "cardStepTitle"), "text", "Your card PIN")
        typePin(screen, "2580")
        tryCompare(child(screen, "cardStepTitle"), "text", "Your card is blocked")
        verify(/^Card ending C8D9, blocked at \d\d:\d\d$/.test(child(screen, "blockedLine").text),
               child(screen, "blockedLine").text)
        compare(TestProbe.cardStatus("04B7C8D9"), "blocked")
        compare(TestProbe.eventCount("card.reported_lost"), lost + 1)
        verify(child(screen, "blockedPrintNote").text.indexOf("no printer") >= 0)

        // Then a replacement, asked of the desk.
        const requests = TestProbe.cardRequestCount()
        tap(screen, "blockedReplacement")
        tryCompare(child(screen, "cardStepTitle"), "text", "Check and send your request")
        compare(child(screen, "summaryKind").text, "Replacement (lost card)")
        tap(screen, "cardNext")
        tryCompare(child(screen, "cardStepTitle"), "text", "Your request is recorded")
        compare(TestProbe.cardRequestCount(), requests + 1)
        compare(TestProbe.eventCount("card.reported_lost"), lost + 1)
    }

    function test_a_wrong_pin_says_so_and_five_lock_it() {
        TestProbe.setTenantPin("P-0016", "2580") // 马丽, unit 0801, card 04F1A2B3
        const locks = TestProbe.eventCount("tenant.pin.locked")
        const screen = createTemporaryObject(requestComponent, testCase)
        identifyWithoutCard(screen, "0801", "18600186001")
        tryCompare(child(screen, "cardStepTitle"), "text", "Your card PIN")
        typePin(screen, "1357")
        const problem = child(screen, "lostPinProblem")
        verify(problem.text.indexOf("Wrong PIN") === 0 && problem.text.indexOf("locked: 4.") > 0,
               problem.text)
        compare(child(screen, "cardStepTitle").text, "Your card PIN")
        for (let i = 0; i < 4; ++i)
            typePin(screen, "1357")
        verify(problem.text.indexOf("locked until") >= 0 && problem.text.indexOf("front desk") >= 0,
               problem.text)
        compare(TestProbe.eventCount("tenant.pin.locked"), locks + 1)
        verify(!child(screen, "pinKey2").enabled, "the pad is closed while locked")
        compare(TestProbe.cardStatus("04F1A2B3"), "tenant")

        // Still locked when they come back; the desk request stays open to them.
        const again = createTemporaryObject(requestComponent, testCase)
        identifyWithoutCard(again, "0801", "18600186001")
        tryCompare(child(again, "cardStepTitle"), "text", "Your card PIN")
        verify(child(again, "lostPinProblem").text.indexOf("locked until") >= 0)
        tap(again, "lostPinForgotten")
        tryCompare(child(again, "cardStepTitle"), "text", "What do you need?")
        verify(findChild(again, "kind-report-lost") !== null)
    }
}
