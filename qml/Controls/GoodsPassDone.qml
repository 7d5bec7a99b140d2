import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Backend

// The request is recorded: its reference in large type, and the receipt — printed, or what
// went wrong with the printer, said plainly (the request stays recorded either way).
ColumnLayout {
    id: done

    required property GoodsPassForm form

    signal finish()

    spacing: Theme.spacingLarge

    Item {
        Layout.fillHeight: true
    }
    Text {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        color: Theme.textMuted
        text: qsTr("Your reference")
    }
    Text {
        objectName: "reference"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontDisplay
        font.bold: true
        font.letterSpacing: 4
        color: Theme.text
        text: done.form?.reference ?? ""
    }
    Text {
        objectName: "printNote"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        color: done.form?.printed ? Theme.ok : Theme.warning
        text: done.form?.printed ? qsTr("Please take your receipt.") : (done.form?.printNote ?? "")
    }
    Text {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.text
        text: qsTr("This is not a pass yet. The front desk checks your request; collect the pass slip with its QR code there.")
    }
    TouchButton {
        objectName: "finish"
        Layout.alignment: Qt.AlignHCenter
        text: qsTr("Finish")
        onClicked: done.finish()
    }
    Item {
        Layout.fillHeight: true
    }
}
