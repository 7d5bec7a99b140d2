import QtQuick
import QtTest
import LobbyDesk.App
import LobbyDesk.Backend
import "keyboard.js" as Keyboard

// The desk's long forms in the real StaffFrame at 1920×1080 with the on-screen keyboard open:
// the bottom-most field, once focused, is scrolled whole (with its label) above the keyboard and
// inside the window; the form's button is reached by scrolling; when the keyboard hides the
// form gets its height back. The keyboard's keys stay a finger's size.
TestCase {
    id: testCase
    name: "DeskForms"
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

    function init() {
        Qt.inputMethod.hide()
        Navigator.home()
        KeyDesk.clearForm()
        KeyDesk.dismissMessage()
        VisitDesk.clearForm()
    }

    function cleanup() {
        Qt.inputMethod.hide()
        Navigator.home()
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

    // The nearest Flickable holding `item`.
    function flickableOf(item) {
        for (let parent = item.parent; parent !== null; parent = parent.parent) {
            if (parent.contentY !== undefined && parent.contentHeight !== undefined)
                return parent
        }
        return null
    }

    // `item`'s rect in the frame; and whether it lies whole inside every item above it: not
    // clipped by its form, and not spilling out of a page that is too short for it (where the
    // next thing down, the form's buttons, would be drawn over it).
    function rectIn(frame, item) {
        return item.mapToItem(frame, 0, 0, item.width, item.height)
    }
    function shownWhole(frame, item) {
        const rect = rectIn(frame, item)
        for (let parent = item.parent; parent !== null && parent !== frame; parent = parent.parent) {
            const box = rectIn(frame, parent)
            if (rect.y < box.y - 0.5 || rect.y + rect.height > box.y + box.height + 0.5)
                return false
        }
        return true
    }

    // The field whose LabeledField is `labeled` must be on screen whole, label included: above
    // the keyboard, inside the window, not clipped by its form.
    function fieldInView(frame, labeled) {
        const panel = child(frame, "keyboardPanel")
        const keyboardTop = rectIn(frame, panel).y
        const rect = rectIn(frame, labeled)
        return panel.height > 0 && rect.y >= 0 && rect.x >= 0
            && rect.x + rect.width <= testCase.width
            && rect.y + rect.height <= keyboardTop + 0.5 && shownWhole(frame, labeled)
    }

    function describe(frame, labeled) {
        const panel = child(frame, "keyboardPanel")
        const rect = rectIn(frame, labeled)
        return "field at y " + rect.y + "–" + (rect.y + rect.height) + ", keyboard top at "
            + rectIn(frame, panel).y + " (keyboard " + panel.height + " px), shown whole: "
            + shownWhole(frame, labeled)
    }

    // Waits up to `ms` for `condition` (layouts settle, the form scrolls); then the caller says
    // why it does not hold, as things are then.
    function settle(condition, ms) {
        for (let waited = 0; !condition() && waited < ms; waited += 50)
            wait(50)
    }

    // Opens the keyboard by tapping `first` (a field near the top, as staff do), then moves the
    // focus to `last` (the bottom-most field, as Tab does) and checks it is brought into view.
    function focusBottomField(frame, first, last) {
        const panel = child(frame, "inputPanel")
        waitForRendering(frame)
        mouseClick(first)
        tryVerify(() => panel.active, 5000, "the keyboard did not open")
        tryVerify(() => first.activeFocus)
        waitForRendering(frame)
        last.forceActiveFocus()
        verify(last.activeFocus)
        verify(panel.active, "the keyboard stays open")
        const labeled = last.parent // the LabeledField: its label, the field, its problem
        settle(() => fieldInView(frame, labeled), 3000)
        verify(fieldInView(frame, labeled), describe(frame, labeled))
        return labeled
    }

    // The form's button reached by scrolling to the end of its Flickable, above the keyboard.
    function buttonReachable(frame, button) {
        const flickable = flickableOf(button)
        if (flickable !== null) {
            flickable.contentY = Math.max(0, flickable.contentHeight - flickable.height)
            waitForRendering(frame)
        }
        const keyboardTop = rectIn(frame, child(frame, "keyboardPanel")).y
        const rect = rectIn(frame, button)
        verify(rect.y >= 0 && rect.y + rect.height <= keyboardTop + 0.5 && shownWhole(frame, button),
               "the button at y " + rect.y + "–" + (rect.y + rect.height) + " is not reached above the keyboard at " + keyboardTop)
    }

    // Hiding the keyboard gives the form its height back.
    function layoutReturns(frame, item, heightBefore) {
        Qt.inputMethod.hide()
        tryCompare(child(frame, "keyboardPanel"), "height", 0, 5000)
        tryCompare(item, "height", heightBefore, 5000)
    }

    function test_key_sign_out_pin_above_the_keyboard() {
        verify(KeyDesk.registerKey({ "tag": "M-901", "barcode": "", "type": "master",
                                     "label": "Master key, tower B", "slot": "Z-1" }), KeyDesk.message)
        const master = KeyDesk.keys.find(key => key.tag === "M-901")
        const frame = createTemporaryObject(frameComponent, testCase)
        Navigator.open("keys")
        KeyDesk.beginSignOut(master.id)
        tryVerify(() => findChild(frame, "secondPin") !== null && findChild(frame, "secondPin").visible)
        const form = flickableOf(child(frame, "secondPin"))
        waitForRendering(frame)
        const formHeight = form.height

        const labeled = focusBottomField(frame, child(frame, "signOutReason"), child(frame, "secondPin"))
        // Typed on the keyboard, the PIN goes into the field that staff can see.
        tryVerify(() => Keyboard.findKey(child(frame, "inputPanel"), "2") !== null, 5000, "no digit keys")
        waitForRendering(frame)
        Keyboard.tap(testCase, child(frame, "inputPanel"), "2")
        compare(child(frame, "secondPin").text, "2")
        verify(fieldInView(frame, labeled), describe(frame, labeled))
        buttonReachable(frame, child(frame, "signOutKeyButton"))
        layoutReturns(frame, form, formHeight)
    }

    function test_visitor_check_in_plate_above_the_keyboard() {
        const frame = createTemporaryObject(frameComponent, testCase)
        Navigator.open("visitors")
        VisitDesk.section = "checkin"
        tryVerify(() => findChild(frame, "visitorPlate") !== null)
        const form = flickableOf(child(frame, "visitorPlate"))
        waitForRendering(frame)
        const formHeight = form.height

        focusBottomField(frame, child(frame, "visitorName"), child(frame, "visitorPlate"))
        buttonReachable(frame, child(frame, "checkInVisitor"))
        layoutReturns(frame, form, formHeight)
    }

    function test_card_request_days_above_the_keyboard() {
        CardDesk.section = "requests"
        const frame = createTemporaryObject(frameComponent, testCase)
        Navigator.open("ic-cards")
        tap(frame, "newCardRequest")
        tap(frame, "newKind-temporary")
        tap(frame, "newProxy")
        tryVerify(() => child(frame, "newDays").visible)
        const form = flickableOf(child(frame, "newDays"))
        waitForRendering(frame)
        const formHeight = form.height

        focusBottomField(frame, child(frame, "newUnit").field, child(frame, "newDays").field)
        buttonReachable(frame, child(frame, "newSubmit"))
        layoutReturns(frame, form, formHeight)
    }

    function test_key_deposit_slot_above_the_keyboard() {
        const frame = createTemporaryObject(frameComponent, testCase)
        Navigator.open("keys")
        KeyDesk.section = "deposit"
        tryVerify(() => findChild(frame, "depositSlot") !== null)
        waitForRendering(frame)
        focusBottomField(frame, child(frame, "depositTag"), child(frame, "depositSlot"))
        buttonReachable(frame, child(frame, "depositKey"))
    }

    function test_goods_pass_carrier_id_above_the_keyboard() {
        const frame = createTemporaryObject(frameComponent, testCase)
        Navigator.open("goods-passes")
        tap(frame, "newRequest")
        child(frame, "applicantSearch").text = "张三"
        tryVerify(() => findChild(frame, "applicant-0") !== null, 5000, "张三 is found")
        tap(frame, "applicant-0")
        tryVerify(() => findChild(frame, "itemName0") !== null, 5000, "the first item row")
        child(frame, "itemName0").text = "Filing cabinet"
        tap(frame, "stepNext")
        tryVerify(() => findChild(frame, "carrierIdLast4") !== null)
        focusBottomField(frame, child(frame, "carrierName").field, child(frame, "carrierIdLast4").field)
        buttonReachable(frame, child(frame, "stepNext"))
    }

    // A held visitor's decision note sits under the visit's facts, which give it their room.
    function test_held_visitor_note_above_the_keyboard() {
        TestProbe.denyListed("Zhao Liu")
        const frame = createTemporaryObject(frameComponent, testCase)
        Navigator.open("visitors")
        VisitDesk.checkIn({ "name": "Zhao Liu", "phone": "13700002222", "hostPersonId": "P-0002",
                            "hostCompanyId": "", "purpose": "visit", "purposeNote": "",
                            "companions": 0, "plate": "", "idNumber": "", "language": "en" })
        tryCompare(VisitDesk, "section", "visits")
        tryVerify(() => findChild(frame, "visitDecisionNote") !== null && findChild(frame, "visitDecisionNote").visible)
        const note = child(frame, "visitDecisionNote")
        const panel = child(frame, "inputPanel")
        waitForRendering(frame)
        mouseClick(note)
        tryVerify(() => panel.active, 5000, "the keyboard did not open")
        settle(() => fieldInView(frame, note), 3000)
        verify(fieldInView(frame, note), describe(frame, note))
        buttonReachable(frame, child(frame, "approveVisit"))
    }

    // Letter keys at least a finger's size (Theme.touchTarget, 48 px), on a keyboard that
    // leaves the form most of a 1080-high screen.
    function test_the_keyboard_keys_are_a_finger_wide_and_the_form_keeps_room() {
        const frame = createTemporaryObject(frameComponent, testCase)
        Navigator.open("visitors")
        VisitDesk.section = "checkin"
        tryVerify(() => findChild(frame, "visitorName") !== null)
        waitForRendering(frame)
        const panel = child(frame, "inputPanel")
        mouseClick(child(frame, "visitorName"))
        tryVerify(() => panel.active, 5000, "the keyboard did not open")
        tryVerify(() => Keyboard.findKey(panel, "a") !== null, 5000, "no letter keys")
        waitForRendering(frame)
        const key = Keyboard.findKey(panel, "a")
        verify(key.height >= 48 && key.width >= 48, "key a is " + key.width + "×" + key.height)
        const keyboardTop = rectIn(frame, child(frame, "keyboardPanel")).y
        verify(keyboardTop >= testCase.height * 0.6,
               "the keyboard takes " + (testCase.height - keyboardTop) + " px of " + testCase.height)
    }
}
