pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Backend

// The visitors' satisfaction rate of the last 7 days (satisfied / responses): a day under the
// 85% target is marked, as it calls for corrective action.
ColumnLayout {
    spacing: Theme.spacing

    Text {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        text: qsTr("Satisfied answers out of all answers after check-out, last 7 days. Target: 85% or more.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }

    Repeater {
        model: VisitDesk.satisfaction

        delegate: RowLayout {
            id: day

            required property var modelData
            required property int index

            objectName: "satisfaction-" + index
            Layout.fillWidth: true
            spacing: Theme.spacing

            Text {
                Layout.preferredWidth: Theme.tileHeight
                text: day.modelData.day
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: day.modelData.below
                color: day.modelData.below ? Theme.danger : Theme.text
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                radius: Theme.radius / 2
                color: Theme.background
                border.width: Theme.borderWidth
                border.color: day.modelData.below ? Theme.danger : Theme.border
                Rectangle {
                    width: parent.width * day.modelData.percent / 100
                    height: parent.height
                    radius: parent.radius
                    visible: day.modelData.responses > 0
                    color: day.modelData.below ? Theme.danger : Theme.ok
                }
                Rectangle { // the 85% target
                    x: parent.width * 0.85
                    width: Theme.borderWidth
                    height: parent.height
                    color: Theme.text
                }
            }
            Text {
                Layout.preferredWidth: Theme.tileHeight * 2
                text: day.modelData.responses === 0 ? qsTr("no answers")
                      : qsTr("%1% (%2 of %3)").arg(day.modelData.percent).arg(day.modelData.satisfied).arg(day.modelData.responses)
                        + (day.modelData.below ? " — " + qsTr("below target") : "")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: day.modelData.below
                color: day.modelData.below ? Theme.danger : Theme.text
            }
        }
    }
    Item {
        Layout.fillHeight: true
    }
}
