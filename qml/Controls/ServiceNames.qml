pragma Singleton
import QtQml

// What each service is called and how it is explained, in the current language. Keys are
// the screen ids of the C++ screen catalog.
QtObject {
    readonly property var titles: ({
        "visitor-checkin": qsTr("Visitor check-in"),
        "invitation": qsTr("I have an invitation"),
        "visitor-checkout": qsTr("Visitor check-out"),
        "goods-pass": qsTr("Goods-release pass"),
        "ic-card": qsTr("IC card services"),
        "card-pin": qsTr("Set my card PIN"),
        "my-keys": qsTr("My keys"),
        "find-tenant": qsTr("Find a company or person"),
        "visitors": qsTr("Visitors"),
        "goods-passes": qsTr("Goods-release passes"),
        "keys": qsTr("Key handover"),
        "ic-cards": qsTr("IC cards"),
        "terminal": qsTr("This terminal"),
        "pass-check": qsTr("Check a goods pass"),
        "on-site": qsTr("Who is on site")
    })
    readonly property var descriptions: ({
        "visitor-checkin": qsTr("Register your visit and print a visitor slip"),
        "invitation": qsTr("Scan the QR code you received to check in"),
        "visitor-checkout": qsTr("Scan your visitor slip when you leave"),
        "goods-pass": qsTr("Tenants: apply to take goods out of the building"),
        "ic-card": qsTr("Tenants: new, replacement or lost access card"),
        "card-pin": qsTr("Lets you block your card here if you ever lose it"),
        "my-keys": qsTr("Keys you hold, and where your spares are"),
        "find-tenant": qsTr("Which floor? Search by name, unit or pinyin initials"),
        "visitors": qsTr("Today's visits, approvals, deny list"),
        "goods-passes": qsTr("Requests to approve, issued and used passes"),
        "keys": qsTr("Sign keys out and back in, overdue keys"),
        "ic-cards": qsTr("Issue, replace, block and cancel cards"),
        "terminal": qsTr("Terminal id, database, event log"),
        "pass-check": qsTr("Scan the pass QR or type its number"),
        "on-site": qsTr("Visitors and contractors in the building")
    })
}
