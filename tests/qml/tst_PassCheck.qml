import QtQuick
import QtTest
import LobbyDesk.Backend
import LobbyDesk.Guard
import LobbyDesk.TestSupport

// The guard's pass check on the real screen over a real guard terminal: genuine passes issued
// on the harness's store (TestPasses), verdicts read off what the screen shows.
TestCase {
    id: testCase
    name: "PassCheck"
    width: 1280
    height: 660
    when: windowShown
    visible: true

    Component {
        id: screenComponent
        PassCheckScreen {
            width: testCase.width
            height: testCase.height
        }
    }

    property Item screen: null

    function init() {
        TestPasses.markSynced(0)
        PassCheck.clear()
        screen = createTemporaryObject(screenComponent, testCase)
        waitForRendering(screen)
    }

    function shown(objectName) {
        const item = findChild(screen, objectName)
        verify(item !== null, "no " + objectName + " on the screen")
        return item
    }

    // Visible on screen: the item and each of its parents up to the screen.
    function isVisible(item) {
        for (let it = item; it !== null && it !== screen; it = it.parent) {
            if (!it.visible)
                return false
        }
        return true
    }

    // What the scanner does: check the text, and the screen lays out its verdict.
    function scan(text) {
        PassCheck.check(text)
        waitForRendering(screen)
    }

    function tap(objectName) {
        const item = shown(objectName)
        verify(isVisible(item), objectName + " is not visible")
        mouseClick(item)
        waitForRendering(screen)
    }

    function verdictWord() {
        const word = shown("verdictWord")
        verify(isVisible(word), "no verdict shown")
        return word.text
    }

    function test_waiting_before_any_scan() {
        verify(isVisible(shown("passWaiting")))
        compare(shown("passWaitingTitle").text, "Scan the pass QR code, or type its number")
        verify(!isVisible(shown("passVerdict")))
    }

    function test_genuine_pass_released_once() {
        const token = TestPasses.issue()
        scan(token)
        compare(verdictWord(), "VALID")
        compare(PassCheck.colour, "green")
        compare(shown("verdictMessage").text, "Valid pass.")
        compare(shown("factValue-unit").text, "1201")
        verify(shown("factValue-number").text.startsWith("GP-"))
        const list = shown("itemList")
        verify(isVisible(list))
        compare(list.count, 3)
        verify(!isVisible(shown("itemsUnknown")))

        for (let i = 0; i < 3; ++i)
            tap("itemTick" + i)
        waitForRendering(screen)
        compare(shown("itemReleased0").text, "4")
        compare(shown("itemReleased1").text, "12")
        compare(shown("itemReleased2").text, "2")
        tap("confirmRelease")
        tryVerify(() => isVisible(shown("passReleased")), 2000, "no released state")
        compare(shown("releasedWord").text, "RELEASED")
        verify(!isVisible(shown("passVerdict")))

        tap("releasedNextButton")
        verify(isVisible(shown("passWaiting")))

        // The same pass again: used.
        scan(token)
        compare(verdictWord(), "NOT VALID")
        compare(PassCheck.reasonKey, "already-used")
        verify(shown("verdictMessage").text.startsWith("Already used on"), shown("verdictMessage").text)
        verify(isVisible(shown("passRefused")))
        verify(!isVisible(shown("passItems")))
        compare(shown("passUses").count, 1)
    }

    function test_flipped_character_is_refused() {
        const token = TestPasses.issue()
        const at = token.length - 20 // inside the signature
        const flipped = token.substring(0, at) + (token[at] === "A" ? "B" : "A") + token.substring(at + 1)
        scan(flipped)
        compare(verdictWord(), "NOT VALID")
        verify(["bad-signature", "damaged"].includes(PassCheck.reasonKey), PassCheck.reasonKey)
        verify(!isVisible(shown("passItems")))
        tap("refusedNextButton")
        verify(isVisible(shown("passWaiting")))
        // The genuine one is still good.
        scan(token)
        compare(verdictWord(), "VALID")
    }

    function test_typed_garbage_is_not_a_pass() {
        const field = shown("passNumberField")
        field.text = "hey"
        tap("checkPassButton")
        compare(verdictWord(), "NOT VALID")
        compare(PassCheck.reasonKey, "not-a-pass")
        compare(shown("verdictMessage").text, "This code is not a LobbyDesk pass.")
    }

    function test_partial_release_needs_a_note() {
        scan(TestPasses.issue())
        compare(verdictWord(), "VALID")
        tap("itemTick0")
        tap("itemMore1") // 1 of 12 boxes
        waitForRendering(screen)
        compare(shown("itemReleased1").text, "1")
        tap("confirmRelease")
        const problem = shown("releaseProblem")
        tryVerify(() => isVisible(problem), 2000, "the refusal is not shown")
        compare(problem.text, "Not everything on the pass is leaving: note what stays or what differs.")
        verify(!PassCheck.released)
        verify(isVisible(shown("passVerdict")))

        shown("noteField").text = "11 boxes stay until Monday"
        tap("confirmRelease")
        tryVerify(() => isVisible(shown("passReleased")), 2000, "no released state")
    }

    function test_nothing_ticked_is_refused() {
        scan(TestPasses.issue())
        tap("confirmRelease")
        tryVerify(() => isVisible(shown("releaseProblem")), 2000)
        verify(!PassCheck.released)
        tap("tickAllButton")
        tap("confirmRelease")
        tryVerify(() => isVisible(shown("passReleased")), 2000,
                  "no released state: " + shown("releaseProblem").text)
    }

    function test_stale_sync_is_amber() {
        TestPasses.markSynced(30)
        scan(TestPasses.issue())
        compare(verdictWord(), "CHECK")
        compare(PassCheck.colour, "amber")
        compare(PassCheck.hoursSinceSync, 30)
        verify(shown("verdictMessage").text.indexOf("30 hours") >= 0, shown("verdictMessage").text)
        verify(isVisible(shown("passItems")))
    }
}
