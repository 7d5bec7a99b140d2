pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// Report a card lost at the desk (blocks it here at once, on the other terminals with the next
// sync), the blocked cards, and blocked cards tapped anywhere on the site, which the desk
// acknowledges (docs/ic-cards.md).
RowLayout {
    id: section

    property var people: []

    function refreshPeople() {
        section.people = CardDesk.peopleAt(unit.text)
    }

    spacing: Theme.spacingLarge

    ScrollingForm {
        Layout.preferredWidth: section.width * 0.45
        Layout.fillHeight: true

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing

            Text {
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                text: qsTr("Report a card lost")
            }
            LabeledField {
                id: unit
                objectName: "lostUnit"
                Layout.fillWidth: true
                label: qsTr("Unit of the card holder")
                field.onTextChanged: section.refreshPeople()
            }
            Repeater {
                model: section.people
                delegate: RowLayout {
                    id: personRow
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Text {
                        Layout.fillWidth: true
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        text: personRow.modelData.name + " · "
                              + (personRow.modelData.cards.length > 0 ? personRow.modelData.cards.join(", ")
                                                                      : qsTr("no active card"))
                    }
                    TouchButton {
                        objectName: "reportLost-" + personRow.modelData.id
                        visible: personRow.modelData.cards.length > 0
                        text: qsTr("Block now")
                        onClicked: {
                            CardDesk.reportLost(personRow.modelData.id, "")
                            // Later: the new list replaces this row, and this button with it.
                            Qt.callLater(section.refreshPeople)
                        }
                    }
                }
            }
            Repeater {
                model: CardDesk.flags
                delegate: Text {
                    required property var modelData
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.warning
                    text: "⚑ " + modelData.text
                }
            }
        }
    }

    // Blocked cards tapped anywhere on the site, those to acknowledge first, then the blocked
    // cards.
    ScrollingForm {
        Layout.fillWidth: true
        Layout.fillHeight: true

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingSmall

            Text {
                objectName: "tapsHeading"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: CardDesk.tapsToAcknowledge > 0 ? Theme.danger : Theme.text
                text: CardDesk.tapsToAcknowledge > 0
                      ? qsTr("Blocked cards tapped: %1 to acknowledge").arg(CardDesk.tapsToAcknowledge)
                      : qsTr("Blocked cards tapped")
            }
            Repeater {
                model: CardDesk.taps
                delegate: CardTapRow {
                    required property var modelData
                    objectName: "blockedTap-" + modelData.uid
                    Layout.fillWidth: true
                    tap: modelData
                }
            }
            Text {
                visible: CardDesk.taps.length === 0
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                text: qsTr("None.")
            }
            Text {
                Layout.topMargin: Theme.spacing
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                text: qsTr("Blocked cards")
            }
            Repeater {
                model: CardDesk.blocked
                // A card blocked elsewhere (a tenant at a kiosk with their PIN) still shows the keys
                // its holder has out, as a block at this desk does.
                delegate: ColumnLayout {
                    id: blockedRow
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 0
                    Text {
                        objectName: "blocked-" + blockedRow.modelData.uid
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        text: qsTr("%1 · %2, unit %3 · since %4").arg(blockedRow.modelData.uid)
                              .arg(blockedRow.modelData.name).arg(blockedRow.modelData.unit)
                              .arg(blockedRow.modelData.at)
                    }
                    Text {
                        objectName: "blockedReason-" + blockedRow.modelData.uid
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textMuted
                        text: blockedRow.modelData.reason
                    }
                    Repeater {
                        model: blockedRow.modelData.flags
                        delegate: Text {
                            required property string modelData
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            color: Theme.warning
                            text: "⚑ " + modelData
                        }
                    }
                }
            }
        }
    }
}
