import QtQuick
import QtQuick.Layouts
import QtTest
import LobbyDesk.Backend
import LobbyDesk.Controls
import LobbyDesk.Desk

// The desk's IC cards through the real screen: a request on a tenant's behalf, approval refused
// without the identity check and with a fee typed as text, then approved with the fee (its
// receipt printed on the simulated printer), the card issued by a tap (a card bound to someone
// else refused with the reason), then reported lost at the desk and blocked at once.
TestCase {
    id: testCase
    name: "DeskCards"
    width: 1920
    height: 1080
    when: windowShown
    visible: true

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
}
