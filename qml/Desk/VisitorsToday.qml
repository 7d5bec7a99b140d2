import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme

// Today's visits: the filtered list on the left, the chosen visit and its decisions on the right.
RowLayout {
    spacing: Theme.spacingLarge

    VisitorList {
        // A fixed share: the tabs would otherwise ask for one long row.
        Layout.preferredWidth: parent.width * 0.42
        Layout.maximumWidth: parent.width * 0.42
        Layout.fillHeight: true
    }
    VisitorDetails {
        Layout.fillWidth: true
        Layout.fillHeight: true
    }
}
