import QtQuick
import QtQuick.Layouts
import QtTest
import LobbyDesk.Backend
import LobbyDesk.Controls
import LobbyDesk.Desk

// The desk's IC cards through the real screen: a request on a tenant's behalf, approval refused
// without the identity check and with a fee typed as text, then approved with the fee (its
// receipt printed on the simulated printer), the card issued by a tap (a card bound to someone
// else refused with the reason), then reported lost at the desk and blocked at once. A lost
// card tapped is counted on the Cards tab and the home tile until a signed-in clerk
// acknowledges it with a note; a second acknowledgement records nothing.
TestCase {
    id: testCase
    name: "DeskCards"
    width: 1920
    height: 1080
    when: windowShown
    visible: true

    Component {
        id: homeComponent
        DeskHome {
            width: testCase.width
            height: testCase.height
        }
    }

    Component {
        id: screenComponent
        ColumnLayout {
            width: testCase.width
            height: testCase.height
            spacing: 0
            CardsScreen {
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

    function test_request_approve_issue_and_block() {
        CardDesk.section = "requests"
        const screen = createTemporaryObject(screenComponent, testCase)
        const before = TestProbe.cardRequestCount()
        tap(screen, "newCardRequest")
        child(screen, "newUnit").text = "1202"
        tryVerify(() => findChild(screen, "newPerson-P-0003") !== null, 5000, "王伟 of 1202 is offered")
        tap(screen, "newPerson-P-0003")
        tap(screen, "newSubmit")
        tryCompare(CardDesk.selected, "name", "王伟")
        compare(TestProbe.cardRequestCount(), before + 1, "recorded once")

        // Not checked: refused with the reason.
        tryVerify(() => findChild(screen, "approveCard") !== null)
        child(screen, "feeField").text = "twenty"
        tap(screen, "approveCard")
        verify(CardDesk.problem)
        verify(CardDesk.message.indexOf("proof of identity") >= 0, CardDesk.message)
        // A fee typed as text: refused with the reason, nothing recorded.
        tap(screen, "identityChecked")
        tap(screen, "approveCard")
        verify(CardDesk.problem)
        verify(CardDesk.message.indexOf("not an amount in yuan") >= 0, CardDesk.message)
        compare(TestProbe.cardPaymentCount(), 0)
        compare(CardDesk.selected.state, "requested")

        const printed = TestProbe.printedJobs()
        child(screen, "feeField").text = "20"
        tap(screen, "approveCard")
        tryCompare(CardDesk, "section", "issue")
        verify(!CardDesk.problem, CardDesk.message)
        compare(TestProbe.cardPaymentCount(), 1)
        tryVerify(() => TestProbe.printedJobs() === printed + 1, 10000, "the fee receipt printed")
        verify(CardDesk.waitingForCard)
        tryVerify(() => findChild(screen, "issuePrompt") !== null)

        // 张三's card is refused, with whose it is; a blank card is bound.
        verify(!CardDesk.cardTapped("04A1B2C3"))
        verify(CardDesk.message.indexOf("张三") >= 0, CardDesk.message)
        verify(CardDesk.waitingForCard, "still waiting for a usable card")
        verify(CardDesk.cardTapped("04CAFE09"))
        compare(TestProbe.cardStatus("04CAFE09"), "tenant")
        verify(!CardDesk.waitingForCard)

        // Reported lost at the desk: blocked here at once.
        tap(screen, "cardSection-lost")
        tryVerify(() => findChild(screen, "lostUnit") !== null)
        child(screen, "lostUnit").text = "1202"
        tryVerify(() => findChild(screen, "reportLost-P-0003") !== null, 5000)
        tap(screen, "reportLost-P-0003")
        compare(TestProbe.cardStatus("04CAFE09"), "blocked")
        tryVerify(() => findChild(screen, "blocked-04CAFE09") !== null, 5000, "listed as blocked")

        tap(screen, "cardSection-payments")
        tryVerify(() => findChild(screen, "totalToday") !== null)
        verify(child(screen, "totalToday").text.indexOf("20.00") >= 0, child(screen, "totalToday").text)
    }

    function test_tap_of_a_lost_card_is_acknowledged_once() {
        // 李娜's card (04A1B2C4) reported lost, then tapped on a reader.
        TestProbe.reportLost("P-0002")
        TenantCard.present("04A1B2C4")
        TenantCard.clear()
        tryCompare(CardDesk, "tapsToAcknowledge", 1)
        // 王芳 signs in at this desk.
        TestProbe.setStaffPin("S-002", "4071")
        StaffSession.cardPresented("0A0B0C0E")
        StaffSession.enterPin("4071")
        verify(StaffSession.signedIn)

        // The home tile counts it in red.
        const home = createTemporaryObject(homeComponent, testCase)
        waitForRendering(home)
        compare(child(home, "tile-ic-cards").alerts, 1)
        verify(child(child(home, "tile-ic-cards"), "tileAlerts").visible)
        verify(!child(child(home, "tile-keys"), "tileAlerts").visible)

        CardDesk.section = "requests"
        const screen = createTemporaryObject(screenComponent, testCase)
        const lostTab = child(screen, "cardSection-lost")
        verify(lostTab.alarm)
        verify(lostTab.text.indexOf("(1)") >= 0, lostTab.text)
        tap(screen, "cardSection-lost")
        tryVerify(() => findChild(screen, "acknowledgeTap-04A1B2C4") !== null)
        verify(child(screen, "blockedTap-04A1B2C4").open, "marked as still to acknowledge")
        verify(child(screen, "tapsHeading").text.indexOf("1 to acknowledge") >= 0, child(screen, "tapsHeading").text)

        // Acknowledged by a tap, with a note.
        child(screen, "tapNote-04A1B2C4").text = "Called the holder"
        tap(screen, "acknowledgeTap-04A1B2C4")
        verify(!CardDesk.problem, CardDesk.message)
        tryCompare(CardDesk, "tapsToAcknowledge", 0)
        compare(TestProbe.eventCount("card.blocked_tap.acknowledged"), 1)
        compare(TestProbe.lastActor("card.blocked_tap.acknowledged"), "王芳 (S-002)")
        // It stays in the list, dimmed, with who did it and the note; the counts go.
        tryVerify(() => !child(screen, "blockedTap-04A1B2C4").open)
        const said = child(screen, "tapAcknowledged-04A1B2C4")
        verify(said.visible)
        verify(said.text.indexOf("王芳 (S-002)") >= 0 && said.text.indexOf("Called the holder") >= 0, said.text)
        verify(!child(screen, "acknowledgeTap-04A1B2C4").visible, "no second Acknowledge")
        const tabNow = child(screen, "cardSection-lost") // the tabs are made again with their counts
        verify(!tabNow.alarm)
        compare(tabNow.text, "Lost & blocked")
        compare(child(home, "tile-ic-cards").alerts, 0)
        verify(!child(child(home, "tile-ic-cards"), "tileAlerts").visible)

        // A second time (another screen still showing it): refused, nothing recorded.
        verify(!CardDesk.acknowledgeTap(CardDesk.taps[0].id, "card retained"))
        verify(CardDesk.problem)
        verify(CardDesk.message.indexOf("already acknowledged by 王芳 (S-002)") >= 0, CardDesk.message)
        compare(TestProbe.eventCount("card.blocked_tap.acknowledged"), 1)
        StaffSession.signOut()
    }
}
