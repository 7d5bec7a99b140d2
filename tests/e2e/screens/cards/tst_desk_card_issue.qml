import QtQuick
import QtTest
import LobbyDesk.App
import LobbyDesk.Backend
import LobbyDesk.E2E

// The desk: the kiosk's request waits; a fee typed as text is refused; approved with the fee,
// whose receipt prints; 张三's card tapped on the (simulated PN532) desk reader is refused as
// bound to him; a new card is bound to 王伟.
TestCase {
    id: testCase
    name: "DeskCardIssue"
    width: 1920
    height: 1080
    when: windowShown
    visible: true

    StaffFrame {
        id: frame
        anchors.fill: parent
    }

    function screenItem(name) {
        return findChild(findChild(frame, "screenLoader").item, name)
    }

    function tap(name) {
        waitForRendering(frame)
        const item = screenItem(name)
        verify(item !== null && item.visible, name + " cannot be tapped")
        mouseClick(item)
    }

    function test_approve_and_issue_by_tap() {
        Navigator.open("ic-cards")
        tryVerify(() => CardDesk.pending.length === 1, 5000, "the kiosk's request is here")
        const reference = CardDesk.pending[0].reference
        tryVerify(() => screenItem("pending-" + reference) !== null, 5000)
        tap("pending-" + reference)
        tryVerify(() => screenItem("approveCard") !== null, 5000)
        compare(screenItem("feeField").text, "20.00")
        tap("identityChecked")
        screenItem("feeField").text = "twenty"
        tap("approveCard")
        verify(CardDesk.problem)
        verify(CardDesk.message.indexOf("not an amount in yuan") >= 0, CardDesk.message)
        const printed = E2E.printedJobs()
        screenItem("feeField").text = "20"
        tap("approveCard")
        tryCompare(CardDesk, "section", "issue")
        tryVerify(() => E2E.printedJobs() === printed + 1, 15000, "the fee receipt prints")
        verify(CardDesk.waitingForCard)

        verify(E2E.devsim("tap 04A1B2C3"), "the simulator takes the tap")
        tryVerify(() => CardDesk.message.indexOf("张三") >= 0, 10000, "张三's card is refused")
        verify(CardDesk.problem)
        E2E.devsim("remove")
        wait(300)
        verify(E2E.devsim("tap 04CAFE01"))
        tryVerify(() => CardDesk.message.indexOf("issued to 王伟") >= 0, 10000, CardDesk.message)
        E2E.devsim("remove")
    }
}
