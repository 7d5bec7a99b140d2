import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// "Tap your IC card", or say it is lost: then the tenant is identified by unit and phone.
// Setting a card PIN needs the card: there, no way round it is offered (offerLost: false).
ColumnLayout {
    id: step

    property bool offerLost: true

    signal tapped()
    signal lost()

    spacing: Theme.spacingLarge

    Item {
        Layout.fillHeight: true
    }
    Rectangle { // a card held over the reader
        Layout.alignment: Qt.AlignHCenter
        implicitWidth: Theme.tileHeight * 1.6
        implicitHeight: Theme.tileHeight
        radius: Theme.radius
        color: TenantCard.problem.length > 0 ? Theme.danger : Theme.primary

        Text {
            anchors.centerIn: parent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontDisplay
            font.bold: true
            color: Theme.primaryText
            text: TenantCard.problem.length > 0 ? "!" : "IC"
        }
    }
    Text {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        color: Theme.text
        text: qsTr("Hold your IC (access) card on the reader below the screen.")
    }
    ProblemText {
        objectName: "cardTapProblem"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.fontTitle
        text: TenantCard.problem
    }
    TouchButton {
        objectName: "cardLost"
        Layout.alignment: Qt.AlignHCenter
        visible: step.offerLost
        primary: false
        text: qsTr("I lost my card, or I have none")
        onClicked: step.lost()
    }
    Item {
        Layout.fillHeight: true
    }

    Connections {
        target: TenantCard
        function onPresented() {
            if (TenantCard.known)
                step.tapped()
        }
    }
}
