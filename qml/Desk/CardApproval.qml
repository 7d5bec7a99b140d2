import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// The selected request's facts and the desk's decision.
ColumnLayout {
    id: approval

    required property var request

    spacing: Theme.spacing

    component Fact: Text {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.text
    }

    // The fields scroll when the on-screen keyboard leaves little room; the buttons stay in view.
    ScrollingForm {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredHeight: contentHeight
        Layout.maximumHeight: contentHeight

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing

            Fact {
                objectName: "approvalTitle"
                font.pixelSize: Theme.fontTitle
                font.bold: true
                text: approval.request.kindText + " · " + approval.request.name
            }
            Fact {
                text: qsTr("Unit %1 · requested %2 at the %3 · reference %4").arg(approval.request.unit)
                      .arg(approval.request.requestedAt)
                      .arg(approval.request.via === "kiosk" ? qsTr("kiosk") : qsTr("desk"))
                      .arg(approval.request.reference)
            }
            Fact {
                objectName: "approvalProxy"
                visible: approval.request.proxy
                color: Theme.warning
                text: qsTr("Applied for by %1 on the tenant's behalf. Authorisation letter: %2")
                      .arg(approval.request.applicant).arg(approval.request.letter)
            }
            Fact {
                visible: approval.request.kind === "temporary"
                text: qsTr("Temporary card, valid until %1").arg(approval.request.expiresAt)
            }
            ChoiceButton { // a big toggle: the clerk ticks it with a finger
                id: identity
                objectName: "identityChecked"
                checkable: true
                selected: checked
                text: (checked ? "✓ " : "☐ ") + (approval.request.proxy
                      ? qsTr("Applicant's ID and the authorisation letter checked")
                      : qsTr("Applicant's proof of identity checked"))
            }
            RowLayout {
                Layout.fillWidth: true
                visible: approval.request.issuesCard
                spacing: Theme.spacing
                LabeledField {
                    id: fee
                    objectName: "feeField"
                    Layout.fillWidth: true
                    label: qsTr("Card fee (¥)")
                    text: approval.request.fee ?? ""
                }
                LabeledField {
                    id: deposit
                    objectName: "depositField"
                    Layout.fillWidth: true
                    label: qsTr("Deposit (¥)")
                    text: approval.request.deposit ?? ""
                }
            }
            LabeledField {
                id: note
                objectName: "decisionNote"
                Layout.fillWidth: true
                label: qsTr("Note, or the reason for a rejection")
            }
        }
    }
    RowLayout {
        spacing: Theme.spacing
        TouchButton {
            objectName: "approveCard"
            text: approval.request.kind === "report-lost" ? qsTr("Confirm and block")
                  : approval.request.kind === "cancel" ? qsTr("Confirm and cancel")
                  : qsTr("Approve and take payment")
            onClicked: CardDesk.approve(identity.checked, fee.text, deposit.text, note.text)
        }
        TouchButton {
            objectName: "rejectCard"
            primary: false
            text: qsTr("Reject")
            onClicked: CardDesk.reject(note.text)
        }
    }
    Item {
        Layout.fillHeight: true
    }
}
