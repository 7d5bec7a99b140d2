pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// Invitations made at the desk: the form, then the code on screen for the host to photograph
// (and printed); the invitations still to come, each with a way to cancel it.
RowLayout {
    id: invitations

    readonly property var shown: VisitDesk.shownInvitation
    readonly property var all: VisitDesk.invitations

    spacing: Theme.spacingLarge

    VisitorForm {
        Layout.fillWidth: true
        Layout.preferredWidth: 64 // shares of the row
        Layout.fillHeight: true
        invitation: true
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.preferredWidth: 36
        Layout.fillHeight: true
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacing

            // The invitation just made.
            ColumnLayout {
                objectName: "shownInvitation"
                Layout.fillWidth: true
                visible: invitations.shown.id !== undefined
                spacing: Theme.spacingSmall
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: invitations.shown.id !== undefined
                          ? qsTr("Invitation for %1").arg(invitations.shown.name) : ""
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontButton
                    font.bold: true
                    color: Theme.text
                }
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: invitations.shown.id !== undefined
                          ? invitations.shown.host + "\n" + invitations.shown.window : ""
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textMuted
                }
                Image {
                    objectName: "invitationQr"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: 300
                    Layout.preferredHeight: 300
                    sourceSize.width: 300
                    sourceSize.height: 300
                    smooth: false
                    source: invitations.shown.id !== undefined
                            ? "image://qr/" + encodeURIComponent(invitations.shown.token) : ""
                }
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("The host may photograph this code and send it to the visitor.")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textMuted
                }
            }

            Text {
                text: qsTr("Coming (%1)").arg(invitationList.count)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
            ListView {
                id: invitationList
                objectName: "invitationList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacingSmall
                model: invitations.all.filter(invitation => !invitation.cancelled)

                delegate: RowLayout {
                    id: row

                    required property var modelData
                    required property int index

                    objectName: "invitation-" + index
                    width: ListView.view.width
                    spacing: Theme.spacingSmall
                    Text {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: row.modelData.name + " · " + row.modelData.host + "\n" + row.modelData.window
                              + (row.modelData.used ? " · " + qsTr("checked in") : "")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontCaption
                        color: Theme.text
                    }
                    TouchButton {
                        objectName: "cancelInvitation-" + row.index
                        primary: false
                        font.pixelSize: Theme.fontBody
                        text: qsTr("Cancel")
                        onClicked: VisitDesk.cancelInvitation(row.modelData.id)
                    }
                }
            }
        }
    }
}
