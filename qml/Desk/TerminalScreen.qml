pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// Facts about this terminal that support staff ask for on the phone.
Item {
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacingLarge

        ScreenTitle {
            text: ServiceNames.titles["terminal"]
        }

        Repeater {
            model: [
                [qsTr("Terminal id"), TerminalInfo.terminalId],
                [qsTr("Terminal name"), TerminalInfo.name.length > 0 ? TerminalInfo.name : qsTr("(not set)")],
                [qsTr("Database"), TerminalInfo.databasePath],
                [qsTr("Schema version"), String(TerminalInfo.schemaVersion)],
                [qsTr("Events recorded"), String(SyncStatus.recorded)],
                [qsTr("Waiting for the hub"), String(SyncStatus.queued)],
                [qsTr("Site"), SyncStatus.hubConfigured ? SyncStatus.siteName : qsTr("not enrolled with a hub")],
                [qsTr("Refused by the hub"), String(SyncStatus.parked)],
                [qsTr("Last sync problem"), SyncStatus.lastError.length > 0 ? SyncStatus.lastError : qsTr("none")],
                [qsTr("LobbyDesk version"), TerminalInfo.version]
            ]

            delegate: RowLayout {
                required property var modelData

                Layout.fillWidth: true
                spacing: Theme.spacingLarge

                Text {
                    Layout.preferredWidth: Theme.tileHeight * 1.5
                    text: parent.modelData[0]
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
                Text {
                    Layout.fillWidth: true
                    text: parent.modelData[1]
                    elide: Text.ElideMiddle
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
            }
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
