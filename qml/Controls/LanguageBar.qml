pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import LobbyDesk.Theme
import LobbyDesk.Backend

// The three languages, always one tap away; each named in its own language.
Row {
    id: bar

    property bool onDark: true

    spacing: Theme.spacingSmall

    Repeater {
        model: LanguageSwitcher.languages

        delegate: AbstractButton {
            id: choice

            required property var modelData
            readonly property bool selected: modelData.code === LanguageSwitcher.current

            objectName: "language-" + modelData.code
            implicitHeight: Theme.touchTarget + Theme.spacingSmall
            implicitWidth: Math.max(Theme.touchTarget * 2, contentItem.implicitWidth + 2 * Theme.spacing)
            onClicked: LanguageSwitcher.select(modelData.code)

            background: Rectangle {
                radius: Theme.radius / 2
                color: choice.selected ? (bar.onDark ? Theme.headerText : Theme.primary) : "transparent"
                border.width: Theme.borderWidth
                border.color: bar.onDark ? Theme.headerText : Theme.primary
            }
            contentItem: Text {
                text: choice.modelData.name
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                color: choice.selected ? (bar.onDark ? Theme.header : Theme.primaryText)
                                       : (bar.onDark ? Theme.headerText : Theme.primary)
            }
        }
    }
}
