pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Backend

// What leaves the building: a card per item (its name typed on the on-screen keyboard, the
// quantity with − and +, how it is counted), rows added and removed with a finger.
GoodsPassStep {
    id: step

    spacing: Theme.spacing

    ProblemText {
        objectName: "itemsProblem"
        Layout.fillWidth: true
        text: step.problem("items")
    }

    // Rows, not a ListView: the step's page scrolls (GoodsPassRequestFlow), and keeps the name
    // being typed in view above the on-screen keyboard.
    Column {
        id: list
        objectName: "itemList"
        Layout.fillWidth: true
        spacing: Theme.spacing

        Repeater {
            id: rows
            model: step.form.items

            // A focus scope: focusing a row puts the keyboard in its name.
            delegate: FocusScope {
                id: row

                required property int index
                required property string name
                required property string quantity
                required property string unitOfMeasure

                objectName: "item" + index
                width: list.width
                implicitHeight: rowLines.implicitHeight + 2 * Theme.spacing

                Rectangle {
                    anchors.fill: parent
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: 1
                    border.color: Theme.border
                }
                ColumnLayout {
                    id: rowLines
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacingSmall

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing

                        Text {
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                            color: Theme.textMuted
                            text: (row.index + 1) + "."
                        }
                        TextField {
                            objectName: "itemName" + row.index
                            focus: true
                            Layout.fillWidth: true
                            implicitHeight: Theme.buttonHeight
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontTitle
                            placeholderText: qsTr("What is it? (e.g. office chair)")
                            inputMethodHints: Qt.ImhNoPredictiveText
                            text: row.name
                            onTextChanged: if (text !== row.name) step.form.items.setName(row.index, text)
                        }
                        TouchButton {
                            objectName: "removeItem" + row.index
                            primary: false
                            text: qsTr("Remove")
                            onClicked: step.form.items.removeRow(row.index)
                        }
                    }
                    ProblemText {
                        Layout.fillWidth: true
                        text: step.problem("item." + row.index + ".name")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing

                        StepperField {
                            Layout.preferredWidth: Theme.buttonHeight * 2 + Theme.touchTarget * 3
                            namePrefix: "quantity" + row.index
                            editable: true
                            value: row.quantity
                            onStepped: delta => step.form.items.step(row.index, delta)
                            onTyped: text => step.form.items.setQuantityText(row.index, text)
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.spacingSmall

                            Repeater {
                                model: step.form.unitsOfMeasure
                                delegate: ChoiceButton {
                                    required property var modelData
                                    objectName: "uom" + row.index + "_" + modelData.key
                                    text: modelData.label
                                    selected: row.unitOfMeasure === modelData.key
                                    onClicked: step.form.items.setUnitOfMeasure(row.index, modelData.key)
                                }
                            }
                        }
                    }
                    ProblemText {
                        Layout.fillWidth: true
                        text: {
                            const quantity = step.problem("item." + row.index + ".quantity")
                            const uom = step.problem("item." + row.index + ".uom")
                            return quantity.length > 0 && uom.length > 0 ? quantity + "  " + uom : quantity + uom
                        }
                    }
                }
            }
        }
    }

    TouchButton {
        objectName: "addItem"
        Layout.fillWidth: true
        primary: false
        enabled: step.form.items.count < 30
        text: qsTr("+ Add an item")
        onClicked: rows.itemAt(step.form.items.addRow()).forceActiveFocus() // to type its name
    }
    Item {
        Layout.fillHeight: true
    }

    // An empty list starts with one row to fill in.
    Component.onCompleted: if (step.form.items.count === 0) step.form.items.addRow()
}
