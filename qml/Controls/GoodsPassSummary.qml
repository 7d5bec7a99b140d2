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

    // The parts that say something, one after another.
    function joined(parts: list<string>, separator: string): string {
        return parts.filter(part => part.length > 0).join(separator)
    }

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
            value: summary.joined(summary.form.itemLines, "\n")
        }
        Line {
            label: qsTr("Carrier")
            value: summary.joined([summary.form.carrierName, summary.form.carrierPhone,
                                   summary.form.carrierIdLast4.length > 0 ? qsTr("ID …%1").arg(summary.form.carrierIdLast4) : ""],
                                  "  ·  ")
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
            value: summary.joined([summary.form.reasonLabel(summary.form.reason), summary.form.reasonNote], ": ")
        }
    }
}
