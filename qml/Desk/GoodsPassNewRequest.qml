pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// A goods pass request made at the desk on a tenant's behalf: first who applies (their card
// tapped on the desk's reader, or found by name), then the same questions as at the kiosk.
Rectangle {
    id: panel

    property string applicantId: ""

    // The request was sent, or the clerk gave up.
    signal closed()

    color: Theme.background

    Connections {
        target: TenantCard
        function onPresented() {
            if (TenantCard.known && panel.applicantId.length === 0)
                panel.applicantId = TenantCard.personId
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        visible: panel.applicantId.length === 0

        ScreenTitle {
            Layout.fillWidth: true
            text: qsTr("New goods pass request: who applies?")
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Tap the applicant's IC card on the reader, or find them by name. The desk checks their ID.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        Text {
            objectName: "applicantCardProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.WordWrap
            text: TenantCard.problem
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.danger
        }
        TextField {
            id: who
            objectName: "applicantSearch"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget + Theme.spacing
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Name, unit or pinyin initials")
        }
        ListView {
            id: people
            objectName: "applicantList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            model: HostSearch.tooShort(who.text) ? [] : HostSearch.findPeople(who.text)

            delegate: TouchButton {
                id: person

                required property var modelData
                required property int index

                objectName: "applicant-" + index
                width: ListView.view.width
                primary: false
                text: person.modelData.name + "  ·  " + person.modelData.company + "  ·  "
                      + qsTr("unit %1").arg(person.modelData.units)
                onClicked: panel.applicantId = person.modelData.id
            }
        }
        TouchButton {
            objectName: "cancelNewRequest"
            primary: false
            text: qsTr("Cancel")
            onClicked: panel.closed()
        }
    }

    // The flow needs its applicant when it starts: made once one is chosen.
    Repeater {
        model: panel.applicantId.length > 0 ? 1 : 0

        delegate: GoodsPassRequestFlow {
            x: Theme.margin
            y: Theme.margin
            width: panel.width - 2 * Theme.margin
            height: panel.height - 2 * Theme.margin
            mode: "desk"
            applicantId: panel.applicantId
            actor: TerminalInfo.name.length > 0 ? TerminalInfo.name : TerminalInfo.terminalId
            onFinished: panel.closed()
        }
    }
}
