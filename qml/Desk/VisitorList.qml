pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// The visits of one list (today, on site, waiting for approval, checked out, all) with a
// counter on each tab and a search by name, phone, number, unit or company. Held visitors
// stand out: the desk has to go and talk to them.
ColumnLayout {
    spacing: Theme.spacing

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        Repeater {
            model: [["today", qsTr("Today")], ["on_site", qsTr("On site")],
                ["approvals", qsTr("Waiting for approval")], ["checked_out", qsTr("Checked out")],
                ["all", qsTr("All")]]

            delegate: ChoiceButton {
                required property var modelData

                objectName: "visitList-" + modelData[0]
                selected: VisitDesk.list === modelData[0]
                implicitHeight: Theme.touchTarget + Theme.spacing
                font.pixelSize: Theme.fontBody
                text: modelData[1] + " " + (VisitDesk.counts[modelData[0]] ?? 0)
                onClicked: VisitDesk.list = modelData[0]
            }
        }
    }

    TextField {
        id: searchField
        objectName: "visitSearch"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget + Theme.spacing
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        placeholderText: qsTr("Search by name, phone, number, unit or company")
        text: VisitDesk.search
        onTextEdited: VisitDesk.search = text
    }

    ListView {
        id: visitList
        objectName: "visitList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: Theme.spacingSmall
        model: VisitDesk.visits

        delegate: Rectangle {
            id: row

            required property var modelData
            required property int index

            objectName: "visit-" + index
            width: ListView.view.width
            implicitHeight: lines.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: VisitDesk.selectedId === modelData.id ? Qt.lighter(Theme.primary, 1.9)
                   : modelData.held ? Theme.dangerSurface : Theme.surface
            border.width: modelData.held ? 2 * Theme.borderWidth : Theme.borderWidth
            border.color: modelData.held ? Theme.danger : Theme.border

            ColumnLayout {
                id: lines
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: 4

                RowLayout {
                    Layout.fillWidth: true
                    Text {
                        Layout.fillWidth: true
                        text: row.modelData.name + (row.modelData.companions > 0 ? " +" + row.modelData.companions : "")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    Text {
                        text: row.modelData.stateText
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontCaption
                        font.bold: true
                        color: Theme[row.modelData.tone]
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: [row.modelData.timeIn, row.modelData.number,
                           row.modelData.company.length > 0 ? row.modelData.company : row.modelData.host,
                           row.modelData.unit, row.modelData.maskedPhone]
                          .filter(part => part.length > 0).join(" · ")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
            }
            MouseArea {
                anchors.fill: parent
                onClicked: VisitDesk.select(row.modelData.id)
            }
        }

        Text {
            anchors.centerIn: parent
            visible: visitList.count === 0
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: searchField.text.length > 0 ? qsTr("No visit matches this search.")
                                              : qsTr("Nothing in this list.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
    }
}
