import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// What is sent to the desk, and once sent, the reference to quote and what happens next.
ColumnLayout {
    id: summary

    required property CardRequestFlow flow
    property bool done: false

    spacing: Theme.spacing

    component Fact: Text {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        color: Theme.text
    }

    Fact {
        objectName: "summaryKind"
        font.bold: true
        text: summary.flow.kindLabel
    }
    Fact {
        text: qsTr("For: %1, unit %2").arg(summary.flow.kind === "temporary" ? summary.flow.holderName : summary.flow.personName).arg(summary.flow.unit)
    }
    Fact {
        visible: summary.flow.kind === "temporary"
        text: qsTr("Valid for %1 days").arg(summary.flow.days)
    }
    Fact {
        text: summary.flow.chargesText
    }
    Fact {
        objectName: "summaryReference"
        visible: summary.done
        font.pixelSize: Theme.fontHeadline
        font.bold: true
        text: qsTr("Reference: %1").arg(summary.flow.reference)
    }
    Fact {
        objectName: "summaryNext"
        color: Theme.textMuted
        text: summary.done
              ? (summary.flow.kind === "report-lost"
                 ? qsTr("The front desk confirms your report with you and then blocks the card on every terminal. Please go to the front desk with your ID.")
                 : qsTr("Please go to the front desk with your ID: the desk checks it, takes any fee and hands out the card."))
              : qsTr("Nothing is charged here: fees are paid at the front desk.")
    }
    ProblemText {
        objectName: "summaryPrintNote"
        Layout.fillWidth: true
        visible: summary.done
        text: summary.flow.printNote
    }
    Item {
        Layout.fillHeight: true
    }
}
