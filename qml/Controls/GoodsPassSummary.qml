pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Backend

// The whole request on one card, read before it is sent.
Rectangle {
    id: summary

    required property GoodsPassForm form

    radius: Theme.radius
    color: Theme.surface
    border.width: 1
    border.color: Theme.border
    implicitHeight: lines.implicitHeight + 2 * Theme.spacingLarge

    component Line: RowLayout {
        id: line
        property string label
        property string value
        Layout.fillWidth: true
        visible: value.length > 0
        spacing: Theme.spacing
        Text {
            Layout.preferredWidth: Theme.tileHeight * 1.2
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            text: line.label
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontButton
            color: Theme.text
            text: line.value
        }
    }

    ColumnLayout {
        id: lines
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        Line {
            label: qsTr("Applicant")
            value: summary.form.applicantName
        }
        Line {
            label: qsTr("Unit")
            value: summary.form.unit
        }
        Line {
            label: qsTr("Items")
            value: summary.form.itemLines.join("\n")
        }
        Line {
            label: qsTr("Carrier")
            value: [summary.form.carrierName, summary.form.carrierPhone,
                    summary.form.carrierIdLast4.length > 0 ? qsTr("ID …%1").arg(summary.form.carrierIdLast4) : ""]
                   .filter(part => part.length > 0).join("  ·  ")
        }
        Line {
            label: qsTr("When")
            value: summary.form.windowText
        }
        Line {
            label: qsTr("Vehicle")
            value: summary.form.plate
        }
        Line {
            label: qsTr("Comes back")
            value: summary.form.returnable ? summary.form.expectedReturnText : qsTr("No")
        }
        Line {
            label: qsTr("Reason")
            value: [summary.form.reasonLabel(summary.form.reason), summary.form.reasonNote]
                   .filter(part => part.length > 0).join(": ")
        }
    }
}
