import QtQuick
import QtQuick.Layouts
import QtTest
import LobbyDesk.Backend
import LobbyDesk.Controls
import LobbyDesk.Desk

// The desk's Keys screen on a desk terminal (sample directory) with a simulated receipt printer
// on a pty and a known second-staff PIN: an owner's spare deposited (refused with the unit on
// its tag, then with its receipt printed), a sign-out refused for someone not on the owner's
// list and made for a person on it by a card tap, a master key that needs a second staff
// member's right PIN, a return by a scanned tag (and a second scan refused), and an overdue
// loan shown in red and alerted once.
TestCase {
    id: testCase
    name: "DeskKeys"
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
            KeysScreen {
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
            KeyboardPanel {
                Layout.fillWidth: true
            }
        }
    }

    function initTestCase() {
        tryVerify(() => TestProbe.printerReady(), 10000, "the simulated printer did not come up")
    }

    function init() {
        KeyDesk.clearForm()
        KeyDesk.dismissMessage()
        KeyDesk.selectKey("")
        KeyDesk.section = "cabinet"
        TenantCard.clear()
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

    function type(screen, name, text) {
        const field = child(screen, name)
        field.text = ""
        field.forceActiveFocus()
        for (const key of text)
            keyClick(key)
        compare(field.text, text)
    }

    // A person found in the directory search `field` (what the desk types after the ID check).
    function pick(screen, field, query) {
        child(screen, field).text = query
        tryVerify(() => findChild(screen, field + "Hit0") !== null, 5000, query + " is found")
        tap(screen, field + "Hit0")
    }

    function test_1_a_spare_is_deposited_with_its_list_and_receipt() {
        const screen = createTemporaryObject(screenComponent, testCase)
        tap(screen, "keySection-deposit")
        // The owner taps their card.
        TenantCard.present("04A1B2C3")
        tryVerify(() => child(screen, "depositOwner").text.indexOf("张三") >= 0)
        pick(screen, "authorisedSearch", "李娜")
        compare(child(screen, "authorised-0").text.indexOf("李娜"), 0)

        // The unit number on the tag is refused, under the tag field; nothing recorded or printed.
        const printed = TestProbe.printedJobs()
        type(screen, "depositTag", "1201-B")
        type(screen, "depositLabel", "Front door")
        tap(screen, "depositKey")
        verify(KeyDesk.problem)
        verify((KeyDesk.fieldProblems["tag"] ?? "").indexOf("never carries the unit number") >= 0,
               KeyDesk.fieldProblems["tag"])
        verify(!TestProbe.keyKnown("1201-B"))

        type(screen, "depositTag", "K-501")
        type(screen, "depositSlot", "A-7")
        tap(screen, "depositKey")
        verify(!KeyDesk.problem, KeyDesk.message)
        verify(TestProbe.keyKnown("K-501"))
        verify(!TestProbe.keyOut("K-501"))
        tryVerify(() => TestProbe.printedJobs() === printed + 1, 10000, "printed") // the deposit receipt
        compare(KeyDesk.section, "cabinet")
        verify(findChild(screen, "key-K-501") !== null, "the key is listed in the cabinet")
    }

    function test_2_only_people_on_the_owners_list_borrow_the_spare() {
        const screen = createTemporaryObject(screenComponent, testCase)
        tap(screen, "signOut-K-501")
        compare(KeyDesk.section, "signout")
        const loans = TestProbe.keyLoanCount()
        const printed = TestProbe.printedJobs()

        pick(screen, "borrowerSearch", "王伟") // 1202: not on 张三's list
        type(screen, "signOutReason", "Water leak")
        tap(screen, "signOutKeyButton")
        verify(KeyDesk.problem)
        verify(child(screen, "borrowerProblem").text.indexOf("not on the owner's list") >= 0,
               child(screen, "borrowerProblem").text)
        compare(TestProbe.keyLoanCount(), loans, "nothing recorded")
        verify(!TestProbe.keyOut("K-501"))

        // 李娜 taps her card instead.
        tap(screen, "changeBorrower")
        TenantCard.present("04A1B2C4")
        tryVerify(() => child(screen, "chosenBorrowerName").text.indexOf("李娜") >= 0)
        tap(screen, "signOutKeyButton")
        verify(!KeyDesk.problem, KeyDesk.message)
        compare(TestProbe.keyLoanCount(), loans + 1)
        verify(TestProbe.keyOut("K-501"))
        tryVerify(() => TestProbe.printedJobs() === printed + 1, 10000, "printed") // the sign-out receipt
        compare(KeyDesk.section, "out")
        verify(findChild(screen, "outLoans") !== null)

        // Already out: the cabinet offers no sign-out for it any more.
        KeyDesk.section = "cabinet"
        waitForRendering(screen)
        verify(!child(screen, "signOut-K-501").visible)
    }

    function test_3_a_master_key_needs_a_second_staff_members_pin() {
        const screen = createTemporaryObject(screenComponent, testCase)
        tap(screen, "keySection-register")
        tap(screen, "keyType_master")
        type(screen, "registerTag", "M-9")
        type(screen, "registerLabel", "Master, tower A")
        tap(screen, "registerKey")
        verify(TestProbe.keyKnown("M-9"), KeyDesk.message)

        tap(screen, "signOut-M-9")
        tap(screen, "staffBorrower_S-001")
        type(screen, "signOutReason", "Lock change")
        const loans = TestProbe.keyLoanCount()
        const printed = TestProbe.printedJobs()
        tap(screen, "signOutKeyButton")
        verify((KeyDesk.fieldProblems["second_staff"] ?? "").indexOf("second staff member") >= 0,
               JSON.stringify(KeyDesk.fieldProblems))

        tap(screen, "secondStaff_S-002")
        type(screen, "secondPin", "1111")
        tap(screen, "signOutKeyButton")
        compare(KeyDesk.fieldProblems["second_pin"], "This PIN is wrong.")
        compare(child(screen, "secondPin").text, "", "the PIN is not left on screen")
        compare(TestProbe.keyLoanCount(), loans, "nothing recorded")

        type(screen, "secondPin", "2468")
        tap(screen, "signOutKeyButton")
        verify(!KeyDesk.problem, KeyDesk.message)
        verify(TestProbe.keyOut("M-9"))
        tryVerify(() => TestProbe.printedJobs() === printed + 1, 10000, "printed")
        // The second member of staff by name, as on the receipt, not by id alone.
        const loan = KeyDesk.outLoans.find(row => row.tag === "M-9")
        compare(loan.secondStaff, "王芳 (S-002)")
    }

    function test_4_a_key_returns_by_its_scanned_tag() {
        const screen = createTemporaryObject(screenComponent, testCase)
        Navigator.open("keys")
        TestProbe.scanTag("K-501")
        compare(KeyDesk.section, "return")
        tryCompare(child(screen, "returnTag"), "text", "K-501")
        tap(screen, "condition_damaged")
        tap(screen, "returnKey")
        verify(KeyDesk.problem, "a damaged key needs a note")
        verify(TestProbe.keyOut("K-501"))
        type(screen, "returnNote", "bent")
        tap(screen, "returnKey")
        verify(!KeyDesk.problem, KeyDesk.message)
        verify(KeyDesk.message.indexOf("is back from 李娜") >= 0, KeyDesk.message)
        verify(!TestProbe.keyOut("K-501"))

        // Scanned again: it is in, refused under the tag.
        const loans = TestProbe.keyLoanCount()
        TestProbe.scanTag("K-501")
        tryCompare(child(screen, "returnTag"), "text", "K-501")
        tap(screen, "returnKey")
        verify((KeyDesk.fieldProblems["tag"] ?? "").indexOf("is in the cabinet") >= 0)
        compare(TestProbe.keyLoanCount(), loans)
        Navigator.home()
    }

    function test_5_an_overdue_key_is_shown_and_alerted_once() {
        TestProbe.lendOverdue("C-77")
        KeyDesk.refresh()
        const screen = createTemporaryObject(screenComponent, testCase)
        compare(KeyDesk.counts["overdue"], 1)
        verify(child(screen, "keySection-overdue").text.indexOf("1") > 0)
        verify(child(screen, "keysSummary").text.indexOf("1 overdue") >= 0, child(screen, "keysSummary").text)
        tap(screen, "keySection-overdue")
        waitForRendering(screen)
        const row = child(screen, "loan-0")
        verify(row.modelData.overdue)
        compare(row.modelData.tag, "C-77")
        compare(child(row, "loanState").text, "Overdue")
        compare(KeyDesk.alertOverdue(), 1)
        verify(KeyDesk.problem && KeyDesk.message.indexOf("passed their due time") >= 0, KeyDesk.message)
        compare(KeyDesk.alertOverdue(), 0, "alerted once per loan")
    }

    function test_6_history_per_person_and_per_key() {
        const screen = createTemporaryObject(screenComponent, testCase)
        tap(screen, "keySection-history")
        waitForRendering(screen)
        const loans = child(screen, "historyLoans")
        compare(loans.count, 3) // K-501, M-9, C-77
        child(screen, "historyFilter").text = "李娜"
        waitForRendering(screen)
        compare(loans.count, 1)
        compare(loans.itemAtIndex(0).modelData.tag, "K-501")
        compare(loans.itemAtIndex(0).modelData.condition, "damaged")
        child(screen, "historyFilter").text = "m-9"
        waitForRendering(screen)
        compare(loans.count, 1)
        compare(loans.itemAtIndex(0).modelData.borrower, "李四")
    }
}
