pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// Who borrows the key: a card tap on the desk's reader, or the desk checks their ID and picks
// them — a tenant from the directory, a staff member, or a contractor on site.
ColumnLayout {
    id: picker

    readonly property var borrower: KeyDesk.borrower
    readonly property var staff: KeyDesk.staff
    readonly property var contractors: KeyDesk.contractors
    readonly property bool chosen: borrower.id !== undefined

    spacing: Theme.spacingSmall

    Rectangle {
        objectName: "chosenBorrower"
        Layout.fillWidth: true
        visible: picker.chosen
        implicitHeight: chosenRow.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Qt.lighter(Theme.primary, 1.9)
        RowLayout {
            id: chosenRow
            anchors.fill: parent
            anchors.margins: Theme.spacing
            Text {
                objectName: "chosenBorrowerName"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: picker.chosen ? qsTr("Borrower: %1").arg(picker.borrower.name) : ""
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            TouchButton {
                objectName: "changeBorrower"
                primary: false
                text: qsTr("Change")
                onClicked: KeyDesk.pickBorrower("", "", "")
            }
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        visible: !picker.chosen
        spacing: Theme.spacingSmall

        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("The borrower taps their card on the reader, or check their ID and pick them:")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
        }
        KeyPersonSearch {
            Layout.fillWidth: true
            field.objectName: "borrowerSearch"
            placeholder: qsTr("Tenant's name or unit")
            onPicked: hit => KeyDesk.pickBorrower("person", hit.id, hit.name)
        }
        VisitorChoices {
            Layout.fillWidth: true
            label: qsTr("Staff")
            namePrefix: "staffBorrower_"
            choices: picker.staff.map(staff => [staff.id, staff.name])
            onPicked: key => KeyDesk.pickBorrower("staff", key,
                                                 picker.staff.find(staff => staff.id === key).name)
        }
        VisitorChoices {
            Layout.fillWidth: true
            visible: picker.contractors.length > 0
            label: qsTr("Contractors on site")
            namePrefix: "contractorBorrower_"
            choices: picker.contractors.map(visit => [visit.id, visit.name])
            onPicked: key => KeyDesk.pickBorrower("visit", key,
                                                 picker.contractors.find(visit => visit.id === key).name)
        }
    }
}
