import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// The desk's visitor reception: today's visits and approvals, check-in and check-out at the
// desk, invitations, the deny list, the evacuation roll call and the satisfaction rate. Which
// part shows is VisitDesk.section; every decision is VisitDesk's.
Item {
    id: screen

    readonly property var counts: VisitDesk.counts

    Component.onCompleted: VisitDesk.refresh()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.bottomMargin: message.visible ? message.height + 2 * Theme.spacing : Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ScreenTitle {
                text: ServiceNames.titles["visitors"]
            }
            Text {
                objectName: "onSiteSummary"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                horizontalAlignment: Text.AlignRight
                text: qsTr("%1 on site · %2 waiting for the desk").arg(VisitDesk.onSiteCount)
                                                                   .arg(screen.counts["approvals"] ?? 0)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: (screen.counts["approvals"] ?? 0) > 0 ? Theme.danger : Theme.textMuted
                elide: Text.ElideLeft
            }
        }

        VisitorSectionBar {
            Layout.fillWidth: true
        }

        Loader {
            objectName: "visitorSection"
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: ({
                "visits": todayComponent,
                "checkin": checkInComponent,
                "invitations": invitationsComponent,
                "deny": denyComponent,
                "evacuation": evacuationComponent,
                "satisfaction": satisfactionComponent
            })[VisitDesk.section] ?? todayComponent
        }
    }

    Component {
        id: todayComponent
        VisitorsToday {}
    }
    Component {
        id: checkInComponent
        VisitorForm {
            invitation: false
        }
    }
    Component {
        id: invitationsComponent
        VisitorInvitations {}
    }
    Component {
        id: denyComponent
        VisitorDenyList {}
    }
    Component {
        id: evacuationComponent
        VisitorEvacuation {}
    }
    Component {
        id: satisfactionComponent
        VisitorSatisfaction {}
    }

    // What the last action did, or why it could not (the printer's own words included).
    Rectangle {
        id: message
        objectName: "visitMessage"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        visible: VisitDesk.message.length > 0
        implicitHeight: messageText.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: VisitDesk.problem ? Theme.danger : Theme.ok

        Text {
            id: messageText
            objectName: "visitMessageText"
            anchors.fill: parent
            anchors.margins: Theme.spacing
            wrapMode: Text.WordWrap
            text: VisitDesk.message
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.primaryText
        }
    }

    // A slip the printer could not print: its QR on screen, to scan or photograph.
    VisitorSlipQr {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        visible: VisitDesk.slipQr.length > 0
    }
}
