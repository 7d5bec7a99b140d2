import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Backend

// Who carries the goods out: the guard at the exit checks them against this.
GoodsPassStep {
    id: step

    spacing: Theme.spacing

    LabeledField {
        id: name
        objectName: "carrierName"
        Layout.fillWidth: true
        label: qsTr("Carrier's name")
        placeholder: qsTr("As on their ID")
        text: step.form.carrierName
        problem: step.problem("carrier_name")
        onTextChanged: step.form.carrierName = text
    }
    LabeledField {
        objectName: "carrierPhone"
        Layout.fillWidth: true
        label: qsTr("Carrier's mobile number")
        hints: Qt.ImhDialableCharactersOnly
        text: step.form.carrierPhone
        problem: step.problem("carrier_phone")
        onTextChanged: step.form.carrierPhone = text
    }
    LabeledField {
        objectName: "carrierIdLast4"
        Layout.fillWidth: true
        label: qsTr("Last 4 characters of the carrier's ID card")
        hints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
        field.maximumLength: 4
        text: step.form.carrierIdLast4
        problem: step.problem("carrier_id_last4")
        onTextChanged: step.form.carrierIdLast4 = text
    }
    Item {
        Layout.fillHeight: true
    }

    Component.onCompleted: name.field.forceActiveFocus()
}
