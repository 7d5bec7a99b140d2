import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// The desk's key cabinet (docs/keys.md): keys in the cabinet, out, overdue and in conflict,
// history, deposit, registration, sign-out and return. Which part shows is KeyDesk.section;
// every rule is the Keys service's.
Item {
    id: screen

    objectName: "keysScreen"

    readonly property var counts: KeyDesk.counts

    Component.onCompleted: KeyDesk.refresh()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.bottomMargin: message.visible ? message.height + 2 * Theme.spacing : Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ScreenTitle {
                text: ServiceNames.titles["keys"]
            }
            Text {
                objectName: "keysSummary"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                horizontalAlignment: Text.AlignRight
                text: qsTr("%1 in the cabinet · %2 out · %3 overdue").arg(screen.counts["in"] ?? 0)
                                                                     .arg(screen.counts["out"] ?? 0)
                                                                     .arg(screen.counts["overdue"] ?? 0)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: (screen.counts["overdue"] ?? 0) > 0
                color: (screen.counts["overdue"] ?? 0) > 0 ? Theme.danger : Theme.textMuted
                elide: Text.ElideLeft
            }
        }

        KeySectionBar {
            Layout.fillWidth: true
        }

        Loader {
            objectName: "keySection"
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: ({
                "cabinet": cabinetComponent,
                "out": outComponent,
                "overdue": overdueComponent,
                "conflicts": conflictsComponent,
                "history": historyComponent,
                "deposit": depositComponent,
                "register": registerComponent,
                "signout": signOutComponent,
                "return": returnComponent
            })[KeyDesk.section] ?? cabinetComponent
        }
    }

    Component {
        id: cabinetComponent
        KeyCabinet {}
    }
    Component {
        id: outComponent
        KeyLoanList {
            objectName: "outLoans"
            loans: KeyDesk.outLoans
            emptyText: qsTr("No key is out.")
        }
    }
    Component {
        id: overdueComponent
        KeyLoanList {
            objectName: "overdueLoans"
            loans: KeyDesk.overdueLoans
            emptyText: qsTr("No key is overdue.")
        }
    }
    Component {
        id: conflictsComponent
        KeyConflicts {}
    }
    Component {
        id: historyComponent
        KeyHistory {}
    }
    Component {
        id: depositComponent
        KeyDepositForm {}
    }
    Component {
        id: registerComponent
        KeyRegisterForm {}
    }
    Component {
        id: signOutComponent
        KeySignOutForm {}
    }
    Component {
        id: returnComponent
        KeyReturnForm {}
    }

    // What the last action did, or why it could not (the printer's own words included).
    Rectangle {
        id: message
        objectName: "keyMessage"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        visible: KeyDesk.message.length > 0
        implicitHeight: messageText.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: KeyDesk.problem ? Theme.danger : Theme.ok

        Text {
            id: messageText
            objectName: "keyMessageText"
            anchors.fill: parent
            anchors.margins: Theme.spacing
            wrapMode: Text.WordWrap
            text: KeyDesk.message
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.primaryText
        }
    }
}
