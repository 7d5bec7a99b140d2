pragma ComponentBehavior: Bound
import QtQuick
import LobbyDesk.Theme
import LobbyDesk.Backend

// What the pass says about itself, to compare with the slip and the vehicle: number, unit,
// plate, validity window and who signed it, in one strip. Facts the pass lacks are left out.
Flow {
    id: facts

    spacing: Theme.spacingLarge

    Repeater {
        model: [
            { key: "number", label: qsTr("Pass"), value: PassCheck.number },
            { key: "unit", label: qsTr("Unit"), value: PassCheck.unit },
            { key: "plate", label: qsTr("Vehicle"), value: PassCheck.plate },
            { key: "window", label: qsTr("Valid"), value: PassCheck.window },
            { key: "signer", label: qsTr("Issued by"), value: PassCheck.signer }
        ]

        delegate: Column {
            id: fact

            required property var modelData

            objectName: "fact-" + fact.modelData.key
            visible: fact.modelData.value.length > 0
            spacing: 0

            Text {
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
                color: Theme.primaryText
                opacity: 0.85
                text: fact.modelData.label
            }
            Text {
                objectName: "factValue-" + fact.modelData.key
                width: Math.min(implicitWidth, facts.width)
                elide: Text.ElideRight
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontButton
                font.bold: true
                color: Theme.primaryText
                text: fact.modelData.value
            }
        }
    }
}
