pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Backend

// Search the building directory for a company or a person: a field and what matches, each
// with its company and floor (never a phone number). The list narrows with every keystroke,
// pinyin still being converted included, and stays empty under two characters.
ColumnLayout {
    id: search

    signal picked(var hit)

    property alias field: input
    // What is typed plus the pinyin the input method is still converting ("zs" before 张三).
    readonly property string query: HostSearch.searchText(input.text, input.preeditText)
    readonly property var hits: HostSearch.find(search.query)

    spacing: Theme.spacing

    TextField {
        id: input
        objectName: "hostSearchField"
        Layout.fillWidth: true
        implicitHeight: Theme.buttonHeight
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        placeholderText: qsTr("Company, unit, name or its initials (e.g. zs)")
        inputMethodHints: Qt.ImhNoPredictiveText
    }

    Text {
        objectName: "hostSearchHint"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: HostSearch.problem.length > 0 ? Theme.danger : Theme.textMuted
        text: HostSearch.problem.length > 0
              ? qsTr("The building directory cannot be read on this terminal; please ask at the front desk")
              : HostSearch.tooShort(search.query) ? qsTr("Type at least 2 characters")
              : search.hits.length === 0 ? qsTr("Nobody in this building matches “%1”").arg(search.query.trim())
              : ""
    }

    ListView {
        objectName: "hostResults"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: Theme.spacingSmall
        model: search.hits

        delegate: Rectangle {
            id: row

            required property var modelData
            required property int index

            objectName: "hostHit" + index
            width: ListView.view.width
            implicitHeight: Math.max(Theme.buttonHeight, lines.implicitHeight + 2 * Theme.spacing)
            radius: Theme.radius
            color: tap.pressed ? Theme.background : Theme.surface
            border.width: 1
            border.color: Theme.border

            ColumnLayout {
                id: lines
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: Theme.spacing
                spacing: 2

                Text {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontButton
                    font.bold: true
                    color: Theme.text
                    text: row.modelData.name
                }
                Text {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    text: [row.modelData.company,
                           row.modelData.floor.length > 0 ? qsTr("Floor %1").arg(row.modelData.floor) : "",
                           row.modelData.units]
                          .filter(part => part.length > 0).join("  ·  ")
                }
            }
            MouseArea {
                id: tap
                anchors.fill: parent
                onClicked: search.picked(row.modelData)
            }
        }
    }
}
