import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import LobbyDesk.Controls
import LobbyDesk.Backend

// bench_input's window: a field and the app's keyboard panel, as on the kiosk.
Item {
    id: root

    property alias field: field
    readonly property int candidateCount: InputContext.inputEngine.wordCandidateListModel.count
    readonly property bool keyboardOpen: findPanel(root) !== null && findPanel(root).active

    width: 1080
    height: 1920

    function findPanel(item) {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child.objectName === "inputPanel")
                return child
            const found = findPanel(child)
            if (found !== null)
                return found
        }
        return null
    }

    function open() {
        field.forceActiveFocus()
        Qt.inputMethod.show() // qmllint disable
    }

    function key(letter) {
        InputContext.inputEngine.virtualKeyClick(Qt.Key_A + letter.charCodeAt(0) - 97, letter, 0)
    }

    function pickFirst() {
        InputContext.inputEngine.wordCandidateListModel.selectItem(0)
        field.clear()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        TextField {
            id: field
            Layout.fillWidth: true
        }
        Item {
            Layout.fillHeight: true
        }
        KeyboardPanel {
            Layout.fillWidth: true
        }
    }
}
