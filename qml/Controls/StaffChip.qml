import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Backend

// Who actions are recorded as (the signed-in staff member, or the terminal when sign-in is not
// set up), with the way to sign out.
RowLayout {
    spacing: Theme.spacingSmall

    Text {
        objectName: "staffStatus"
        Layout.fillWidth: true
        elide: Text.ElideRight
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
        font.bold: StaffSession.signedIn
        color: StaffSession.required || StaffSession.signedIn ? Theme.text : Theme.warning
        text: StaffSession.statusText
    }
    TouchButton {
        objectName: "staffSignOut"
        visible: StaffSession.signedIn
        primary: false
        implicitHeight: Theme.touchTarget
        font.pixelSize: Theme.fontCaption
        text: qsTr("Sign out")
        onClicked: StaffSession.signOut()
    }
}
