pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import LobbyDesk.Theme

// The Chinese candidates above the keyboard, large enough for a finger, a page at a time:
// ‹ and › turn the page (or swipe). Tapping one picks it: it goes into the field, or, when it
// covers only the first syllables, the rest stays to convert (王 for "wang", then 小明).
Rectangle {
    id: bar

    readonly property var candidates: InputContext.inputEngine.wordCandidateListModel

    implicitHeight: Theme.buttonHeight
    color: Theme.header

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingSmall
        anchors.rightMargin: Theme.spacingSmall
        spacing: Theme.spacingSmall

        PageButton {
            objectName: "candidatesBack"
            text: "‹"
            enabled: !list.atXBeginning
            onClicked: list.contentX = Math.max(list.originX, list.contentX - list.width)
        }

        ListView {
            id: list
            objectName: "candidateList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: ListView.Horizontal
            clip: true
            spacing: Theme.spacingSmall
            boundsBehavior: Flickable.StopAtBounds
            model: bar.candidates
            onCountChanged: positionViewAtBeginning()

            delegate: Rectangle {
                id: cell

                required property string display
                required property int index

                objectName: "candidate" + index
                width: Math.max(Theme.buttonHeight, word.implicitWidth + 2 * Theme.spacing)
                height: ListView.view.height
                radius: Theme.radius / 2
                color: tap.pressed ? Theme.primaryPressed : index === 0 ? Theme.primary : "transparent"

                Text {
                    id: word
                    anchors.centerIn: parent
                    text: cell.display
                    color: Theme.headerText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                }
                MouseArea {
                    id: tap
                    anchors.fill: parent
                    onClicked: bar.candidates.selectItem(cell.index)
                }
            }
        }

        PageButton {
            objectName: "candidatesForward"
            text: "›"
            enabled: !list.atXEnd
            onClicked: list.contentX = Math.min(list.contentWidth - list.width + list.originX,
                                                list.contentX + list.width)
        }
    }

    component PageButton: Rectangle {
        id: pageButton

        property alias text: label.text
        signal clicked

        Layout.fillHeight: true
        implicitWidth: Theme.buttonHeight
        radius: Theme.radius / 2
        color: pageTap.pressed ? Theme.primaryPressed : "transparent"
        opacity: enabled ? 1 : 0.3

        Text {
            id: label
            anchors.centerIn: parent
            color: Theme.headerText
            font.pixelSize: Theme.fontHeadline
        }
        MouseArea {
            id: pageTap
            anchors.fill: parent
            onClicked: pageButton.clicked()
        }
    }
}
