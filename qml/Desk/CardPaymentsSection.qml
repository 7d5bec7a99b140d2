pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// Today's card fees, deposits and refunds with their receipt numbers, the day's total
// (payments minus refunds), and a receipt printed again.
ColumnLayout {
    spacing: Theme.spacing

    Text {
        objectName: "totalToday"
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontHeadline
        font.bold: true
        color: Theme.text
        text: qsTr("Total today: %1").arg(CardDesk.totalToday)
    }
    ListView {
        objectName: "paymentList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: Theme.spacingSmall
        model: CardDesk.payments
        delegate: RowLayout {
            id: paymentRow
            required property var modelData
            width: ListView.view.width
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.text
                text: [paymentRow.modelData.at, paymentRow.modelData.receipt, paymentRow.modelData.kind,
                    paymentRow.modelData.name, paymentRow.modelData.by].join(" · ")
            }
            Text {
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontButton
                font.bold: true
                color: paymentRow.modelData.amount.startsWith("¥-") ? Theme.danger : Theme.text
                text: paymentRow.modelData.amount
            }
            TouchButton {
                objectName: "reprint-" + paymentRow.modelData.receipt
                primary: false
                text: qsTr("Print again")
                onClicked: CardDesk.reprint(paymentRow.modelData.receipt)
            }
        }
    }
    Text {
        visible: CardDesk.payments.length === 0
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        text: qsTr("No payment today.")
    }
}
