pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// Who is on site, as this terminal knows it: visitors checked in here or synced from the
// site's other terminals and not yet checked out.
Item {
    objectName: "onSiteScreen"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        ScreenTitle {
            objectName: "onSiteTitle"
            Layout.fillWidth: true
            text: qsTr("On site now: %1").arg(OnSiteVisitors.count)
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            text: qsTr("Visitors and their companions. Check-ins at other terminals appear once this terminal has synced.")
        }
        ListView {
            objectName: "onSiteList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            model: OnSiteVisitors.visitors

            delegate: Rectangle {
                id: row

                required property var modelData

                width: ListView.view.width
                height: Theme.buttonHeight
                radius: Theme.radius
                color: Theme.surface

                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacing
                    anchors.rightMargin: Theme.spacing
                    spacing: Theme.spacing

                    Text {
                        Layout.preferredWidth: parent.width * 0.3
                        elide: Text.ElideRight
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontButton
                        font.bold: true
                        color: Theme.text
                        text: row.modelData.name + (row.modelData.companions > 0 ? " +" + row.modelData.companions : "")
                    }
                    Text {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        text: row.modelData.host + " · " + row.modelData.place
                    }
                    Text {
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                        text: row.modelData.timeIn
                    }
                }
            }
        }
    }
}
