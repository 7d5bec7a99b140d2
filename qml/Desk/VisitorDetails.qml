pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// The chosen visit: who, to whom, when, how they came and left, and what the desk can do now
// (approve or deny a waiting or held visitor, check out, print the slip again). Why a visitor
// was held is for staff only: the visitor was told nothing.
Rectangle {
    id: panel

    readonly property var visit: VisitDesk.selected
    // From the map itself, so that no binding sees a new id with the old map.
    readonly property bool chosen: visit.id !== undefined
    readonly property bool deciding: chosen && (visit.state === "waiting" || visit.state === "held")
    readonly property var viaNames: ({
        "kiosk": qsTr("Lobby kiosk"),
        "desk": qsTr("Front desk"),
        "invitation": qsTr("Invitation"),
        "scan": qsTr("Slip scanned"),
        "auto": qsTr("Closed automatically at the end of the day")
    })

    radius: Theme.radius
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: chosen && visit.held ? Theme.danger : Theme.border

    Text {
        anchors.centerIn: parent
        visible: !panel.chosen
        width: parent.width - 2 * Theme.margin
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: qsTr("Choose a visit from the list.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        color: Theme.textMuted
    }

    // The facts scroll in their own list; when the panel is too short even for the heading,
    // the note and its buttons (the on-screen keyboard open), the whole panel scrolls.
    ScrollingForm {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        visible: panel.chosen

        ColumnLayout {
            width: parent.width
            height: Math.max(implicitHeight, content.height)
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                Text {
                    objectName: "visitHeading"
                    Layout.fillWidth: true
                    text: panel.chosen ? panel.visit.name + "  " + panel.visit.number : ""
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Text {
                    objectName: "visitState"
                    text: panel.chosen ? panel.visit.stateText : ""
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: panel.chosen ? Theme[panel.visit.tone] : Theme.text
                }
            }

            // The alert: matched the deny list.
            Rectangle {
                objectName: "holdAlert"
                Layout.fillWidth: true
                visible: panel.chosen && panel.visit.held
                implicitHeight: holdText.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius / 2
                color: Theme.dangerSurface
                Text {
                    id: holdText
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    wrapMode: Text.WordWrap
                    text: panel.chosen ? qsTr("Matched the deny list: %1. The visitor was only asked to see the front desk; they were not told why.")
                                         .arg(panel.visit.holdReason) : ""
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.danger
                }
            }

            Flickable {
                id: facts
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                contentHeight: factColumn.implicitHeight
                boundsBehavior: Flickable.StopAtBounds

                ColumnLayout {
                    id: factColumn
                    width: facts.width
                    spacing: Theme.spacingSmall

                    Repeater {
                        model: !panel.chosen ? [] : [
                            [qsTr("Visiting"), [panel.visit.host, panel.visit.company].filter(p => p.length > 0).join(" · ")],
                            [qsTr("Where"), panel.visit.floor.length > 0 ? qsTr("Floor %1, unit %2").arg(panel.visit.floor).arg(panel.visit.unit) : panel.visit.unit],
                            [qsTr("Time in"), panel.visit.checkedInAt + " · " + (panel.viaNames[panel.visit.via] ?? panel.visit.via)],
                            [qsTr("Valid until"), panel.visit.validUntil],
                            [qsTr("Purpose"), panel.visit.purpose],
                            [qsTr("Phone"), panel.visit.phone],
                            [qsTr("Companions"), panel.visit.companions > 0 ? String(panel.visit.companions) : ""],
                            [qsTr("Vehicle"), panel.visit.plate],
                            [qsTr("ID"), panel.visit.idLast4.length > 0 ? qsTr("ending %1").arg(panel.visit.idLast4) : ""],
                            [qsTr("Carries"), panel.visit.items],
                            [qsTr("Decided"), panel.visit.decidedAt.length === 0 ? ""
                                              : panel.visit.decidedAt + ", " + panel.visit.decidedBy
                                                + (panel.visit.decisionNote.length > 0 ? " — " + panel.visit.decisionNote : "")],
                            [qsTr("Checked out"), panel.visit.checkedOutAt.length === 0 ? ""
                                                  : panel.visit.checkedOutAt + " · " + (panel.viaNames[panel.visit.checkoutHow] ?? panel.visit.checkoutHow)
                                                    + " · " + panel.visit.checkedOutTerminal]
                        ].filter(fact => fact[1].length > 0)

                        delegate: RowLayout {
                            id: fact

                            required property var modelData

                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            Text {
                                Layout.preferredWidth: Theme.tileHeight
                                Layout.alignment: Qt.AlignTop
                                text: fact.modelData[0]
                                wrapMode: Text.WordWrap
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontCaption
                                color: Theme.textMuted
                            }
                            Text {
                                Layout.fillWidth: true
                                text: fact.modelData[1]
                                wrapMode: Text.WordWrap
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                color: panel.visit.autoClosed && fact.modelData[0] === qsTr("Checked out") ? Theme.warning : Theme.text
                            }
                        }
                    }
                }
            }

            // The decision: the note with its buttons, kept in view together.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: false
                spacing: Theme.spacing

                TextField {
                    id: noteField
                    objectName: "visitDecisionNote"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget + Theme.spacing
                    visible: panel.deciding
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    placeholderText: panel.chosen && panel.visit.held
                                     ? qsTr("Why you let them in, or why you turn them away (required)")
                                     : qsTr("A note, or why you turn them away (required to deny)")
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    TouchButton {
                        objectName: "approveVisit"
                        visible: panel.deciding
                        text: qsTr("Let in and print slip")
                        onClicked: if (VisitDesk.approve(noteField.text)) noteField.clear()
                    }
                    TouchButton {
                        objectName: "denyVisit"
                        visible: panel.deciding
                        primary: false
                        text: qsTr("Turn away")
                        onClicked: if (VisitDesk.deny(noteField.text)) noteField.clear()
                    }
                    TouchButton {
                        objectName: "checkOutVisit"
                        visible: panel.chosen && panel.visit.state === "on_site"
                        text: qsTr("Check out")
                        onClicked: VisitDesk.checkOut()
                    }
                    TouchButton {
                        objectName: "reprintSlip"
                        visible: panel.chosen && panel.visit.state === "on_site"
                        primary: false
                        text: qsTr("Print slip again")
                        onClicked: VisitDesk.reprint()
                    }
                }
            }
        }
    }
}
