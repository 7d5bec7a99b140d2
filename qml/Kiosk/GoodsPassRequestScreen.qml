import QtQuick
import LobbyDesk.Theme
import LobbyDesk.Controls
import LobbyDesk.Backend

// A tenant asks for a goods-release pass: their IC card says who they are, then one question
// per screen (GoodsPassRequestFlow, which the desk uses too).
Item {
    GoodsPassRequestFlow {
        anchors.fill: parent
        anchors.margins: Theme.margin
        mode: "kiosk"
        onFinished: Navigator.home()
    }
}
