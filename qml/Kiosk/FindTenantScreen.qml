pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// Where is a company or a person in this building? Typed on the on-screen keyboard in any
// of the kiosk's languages; the answer is the floor and units, and the way to check in.
Item {
    id: screen

    property var chosen: null

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        ScreenTitle {
            Layout.fillWidth: true
            text: qsTr("Find a company or person")
        }

        Rectangle {
            objectName: "chosenHost"
            Layout.fillWidth: true
            visible: screen.chosen !== null
            implicitHeight: chosenLines.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.primary

            RowLayout {
                id: chosenLines
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing

                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    color: Theme.text
                    text: screen.chosen === null ? ""
                          : screen.chosen.floor.length > 0
                            ? qsTr("%1: floor %2").arg(screen.chosen.name).arg(screen.chosen.floor)
                            : screen.chosen.name
                }
                TouchButton {
                    objectName: "checkInFromSearch"
                    text: qsTr("Visitor check-in")
                    onClicked: Navigator.open("visitor-checkin")
                }
            }
        }

        HostSearchField {
            id: hostSearch
            Layout.fillWidth: true
            Layout.fillHeight: true
            onPicked: hit => screen.chosen = hit
        }
    }

    // Typing is all this screen is for: the field takes the focus and the keyboard opens.
    Component.onCompleted: {
        hostSearch.field.forceActiveFocus()
        Qt.inputMethod.show() // qmllint disable
    }
}
