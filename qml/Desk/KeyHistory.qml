import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Backend

// Every loan, newest first, narrowed to one person or one key by what is typed: the history
// per key and per person the desk answers questions from.
ColumnLayout {
    id: history

    readonly property var loans: KeyDesk.history
    readonly property string typed: filter.text.trim().toLowerCase()

    spacing: Theme.spacing

    TextField {
        id: filter
        objectName: "historyFilter"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget + Theme.spacing
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        placeholderText: qsTr("Borrower's name or key tag")
    }
    KeyLoanList {
        objectName: "historyLoans"
        Layout.fillWidth: true
        Layout.fillHeight: true
        actions: false
        loans: history.typed.length === 0 ? history.loans
               : history.loans.filter(loan => loan.borrower.toLowerCase().indexOf(history.typed) >= 0
                                              || loan.tag.toLowerCase().indexOf(history.typed) >= 0)
        emptyText: history.typed.length > 0 ? qsTr("No loan matches.") : qsTr("No key has been lent yet.")
    }
}
