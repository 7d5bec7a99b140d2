import QtQuick
import QtQuick.Layouts
import QtTest
import LobbyDesk.Backend
import LobbyDesk.Controls
import LobbyDesk.Desk

// The desk's goods passes on a desk terminal that is not enrolled with a hub: a request made
// on a tenant's behalf (found by name), which then waits in the pending list with its checks;
// approving is refused with the reason (no signing key), a rejection needs a reason.
TestCase {
    id: testCase
    name: "DeskGoodsPasses"
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
            GoodsPassesScreen {
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

    function test_a_request_on_behalf_then_refused_approval_and_a_rejection() {
        const screen = createTemporaryObject(screenComponent, testCase)
        const before = TestProbe.goodsPassCount()
        tap(screen, "newRequest")
        child(screen, "applicantSearch").text = "张三"
        tryVerify(() => findChild(screen, "applicant-0") !== null, 5000, "张三 is found")
        tap(screen, "applicant-0")
        tryCompare(child(screen, "stepTitle"), "text", "What leaves the building?")
        tryVerify(() => findChild(screen, "itemName0") !== null, 5000, "the first item row")
        child(screen, "itemName0").text = "Filing cabinet"
        tap(screen, "stepNext")
        child(screen, "carrierName").text = "Li Wei"
        child(screen, "carrierPhone").text = "13800138000"
        child(screen, "carrierIdLast4").text = "4321"
        tap(screen, "stepNext")
        tap(screen, "windowToday")
        for (let i = 0; i < 3; ++i)
            tap(screen, "untilPlus")
        tap(screen, "stepNext")
        tap(screen, "reason_repair")
        tap(screen, "stepNext")
        tap(screen, "stepNext") // Send request
        tryVerify(() => findChild(screen, "reference") !== null && findChild(screen, "reference").text.length === 8)
        compare(TestProbe.goodsPassCount(), before + 1, "recorded once")
        tap(screen, "finish")
        tryVerify(() => findChild(screen, "newRequestPanel") === null, 5000, "back to the lists")

        tap(screen, "list-pending")
        tryVerify(() => findChild(screen, "pass-0") !== null, 5000, "the request is pending")
        tap(screen, "pass-0")
        tryCompare(child(screen, "passState"), "text", "Waiting for approval")
        verify(child(screen, "check-entitled") !== null)

        tap(screen, "approvePass")
        tryVerify(() => GoodsPassDesk.problem, 5000)
        verify(GoodsPassDesk.message.indexOf("enrolled") >= 0, GoodsPassDesk.message)
        compare(child(screen, "deskMessageText").text, GoodsPassDesk.message)
        compare(child(screen, "passState").text, "Waiting for approval")

        tap(screen, "rejectPass") // no reason given
        verify(GoodsPassDesk.problem)
        verify(GoodsPassDesk.message.indexOf("reason") >= 0, GoodsPassDesk.message)
        child(screen, "decisionNote").text = "carrier ID not shown"
        tap(screen, "rejectPass")
        tryVerify(() => !GoodsPassDesk.problem, 5000, GoodsPassDesk.message)
        tryCompare(child(screen, "passState"), "text", "Rejected")
        compare(TestProbe.goodsPassCount(), before + 1, "still one pass")
    }
}
