import QtQuick
import QtQuick.Layouts
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// How a check-in came out. Admitted: take the slip — or, when the printer failed, the slip's
// QR and visit number on screen to photograph. Waiting or held: the service's words, neutral,
// never why. Back to the home screen after a while, or on a tap.
ColumnLayout {
    id: result

    required property VisitorCheckIn form
    readonly property bool admitted: form.outcome === "admitted" || form.outcome === "already"
    readonly property bool showCode: admitted && !form.printed

    signal finish()

    spacing: Theme.spacingLarge

    Item {
        Layout.fillHeight: true
    }
    Text {
        objectName: "resultTitle"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontHeadline
        font.bold: true
        color: result.admitted ? Theme.ok : Theme.text
        text: !result.admitted ? qsTr("Thank you")
              : result.form.printed ? qsTr("Please take your visitor slip")
              : qsTr("%1, you are checked in").arg(result.form.visitorName)
    }
    Text {
        objectName: "resultMessage"
        Layout.fillWidth: true
        visible: !result.showCode // it says "take your slip": the note below says what instead
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        color: Theme.text
        text: result.form.message
    }
    Text {
        objectName: "printNote"
        Layout.fillWidth: true
        visible: result.showCode
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontButton
        font.bold: true
        color: Theme.warning
        text: result.form.slipToken.length > 0
              ? qsTr("%1 Take a photo of this code instead and show it when you leave.").arg(result.form.printNote)
              : qsTr("%1 Note your visit number and give it when you leave.").arg(result.form.printNote)
    }
    Image {
        objectName: "slipQr"
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: 420
        Layout.preferredHeight: 420
        visible: result.showCode && result.form.slipToken.length > 0
        fillMode: Image.PreserveAspectFit
        smooth: false
        source: visible ? "image://qr/" + encodeURIComponent(result.form.slipToken) : ""
    }
    Text {
        objectName: "visitNumber"
        Layout.fillWidth: true
        visible: result.admitted
        horizontalAlignment: Text.AlignHCenter
        font.family: Theme.fontFamily
        font.pixelSize: result.showCode ? Theme.fontHeadline : Theme.fontTitle
        font.bold: result.showCode
        font.letterSpacing: 2
        color: Theme.text
        text: qsTr("Visit number %1").arg(result.form.visitNumber)
    }
    TouchButton {
        objectName: "finish"
        Layout.alignment: Qt.AlignHCenter
        text: qsTr("Done")
        onClicked: result.finish()
    }
    Item {
        Layout.fillHeight: true
    }

    // Nothing to type here: the keyboard makes way for the slip's code.
    function makeWay() {
        result.forceActiveFocus()
        Qt.inputMethod.hide() // qmllint disable
    }
    onVisibleChanged: if (visible) makeWay()
    Component.onCompleted: if (visible) makeWay()

    // Long enough to read (and to photograph the code), then ready for the next visitor.
    Timer {
        running: result.visible
        interval: result.showCode ? 90000 : 20000
        onTriggered: result.finish()
    }
}
