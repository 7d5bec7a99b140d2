import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// The desk's IC cards: requests to approve, cards to issue by a tap on the reader, lost and
// blocked cards (and blocked cards tapped anywhere), today's payments. Which part shows is
// CardDesk.section; every decision is CardDesk's.
Item {
    id: screen

    Component.onCompleted: CardDesk.refresh()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ScreenTitle {
                text: ServiceNames.titles["ic-cards"]
            }
            Text {
                objectName: "cardsSummary"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: CardDesk.tapsToAcknowledge > 0 ? Theme.danger : Theme.textMuted
                elide: Text.ElideLeft
                text: qsTr("%1 to approve · %2 to issue · %3 blocked-card taps to acknowledge · today %4")
                      .arg(CardDesk.pending.length).arg(CardDesk.toIssue.length)
                      .arg(CardDesk.tapsToAcknowledge).arg(CardDesk.totalToday)
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Repeater {
                model: [["requests", qsTr("Requests to approve"), CardDesk.pending.length],
                    ["issue", qsTr("Issue"), CardDesk.toIssue.length],
                    ["lost", qsTr("Lost & blocked"), CardDesk.tapsToAcknowledge],
                    ["payments", qsTr("Payments today"), -1]]

                delegate: ChoiceButton {
                    required property var modelData

                    objectName: "cardSection-" + modelData[0]
                    selected: CardDesk.section === modelData[0]
                    alarm: modelData[0] === "lost" && modelData[2] > 0 // taps to acknowledge
                    text: modelData[2] > 0 ? modelData[1] + " (" + modelData[2] + ")" : modelData[1]
                    onClicked: CardDesk.section = modelData[0]
                }
            }
        }

        ProblemText {
            objectName: "cardDeskMessage"
            Layout.fillWidth: true
            color: CardDesk.problem ? Theme.danger : Theme.ok
            text: CardDesk.message
        }

        Loader {
            objectName: "cardSection"
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: ({
                "requests": requestsComponent,
                "issue": issueComponent,
                "lost": lostComponent,
                "payments": paymentsComponent
            })[CardDesk.section] ?? requestsComponent
        }
    }

    Component {
        id: requestsComponent
        CardRequestsSection {}
    }
    Component {
        id: issueComponent
        CardIssueSection {}
    }
    Component {
        id: lostComponent
        CardLostSection {}
    }
    Component {
        id: paymentsComponent
        CardPaymentsSection {}
    }
}
