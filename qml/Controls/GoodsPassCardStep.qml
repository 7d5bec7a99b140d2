import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Backend

// "Tap your IC card": the card's holder becomes the applicant and is greeted by name; a card
// the building does not know gets a clear answer.
GoodsPassStep {
    id: step

    spacing: Theme.spacingLarge

    Item {
        Layout.fillHeight: true
    }
    Rectangle { // a card held over the reader
        Layout.alignment: Qt.AlignHCenter
        implicitWidth: Theme.tileHeight * 1.6
        implicitHeight: Theme.tileHeight
        radius: Theme.radius
        color: TenantCard.known ? Theme.ok : TenantCard.problem.length > 0 ? Theme.danger : Theme.primary

        Text {
            anchors.centerIn: parent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontDisplay
            font.bold: true
            color: Theme.primaryText
            text: TenantCard.known ? "✓" : TenantCard.problem.length > 0 ? "!" : "IC"
        }
    }
    Text {
        objectName: "cardGreeting"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: TenantCard.known ? Theme.fontHeadline : Theme.fontTitle
        font.bold: TenantCard.known
        color: Theme.text
        text: TenantCard.known ? TenantCard.greeting
              : qsTr("Hold your IC (access) card on the reader below the screen.")
    }
    Text {
        objectName: "cardHint"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        visible: TenantCard.known
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        color: Theme.textMuted
        text: qsTr("Tap Next to ask for a goods-release pass.")
    }
    ProblemText {
        objectName: "cardProblem"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.fontTitle
        text: TenantCard.problem.length > 0 ? TenantCard.problem : step.problem("applicant")
    }
    Item {
        Layout.fillHeight: true
    }

    Connections {
        target: TenantCard
        function onPresented() {
            if (TenantCard.known)
                step.form.setApplicant(TenantCard.personId)
            else
                step.form.setApplicant("")
        }
    }
}
