import QtQuick
import QtTest
import LobbyDesk.Controls
import LobbyDesk.Theme

TestCase {
    id: testCase
    name: "ServiceTile"
    width: 800
    height: 400
    when: windowShown
    visible: true // TestCase is hidden by default: hidden items get no taps

    Component {
        id: tileComponent
        ServiceTile {
            text: "Visitor check-in"
            subtitle: "Register your visit"
            symbol: "V"
        }
    }
    SignalSpy {
        id: clicked
        signalName: "clicked"
    }

    function test_big_enough_to_hit() {
        const tile = createTemporaryObject(tileComponent, testCase)
        verify(tile.height >= 2 * Theme.touchTarget)
        verify(tile.width >= 2 * Theme.touchTarget)
    }

    function test_a_tap_anywhere_on_it_opens_the_service() {
        const tile = createTemporaryObject(tileComponent, testCase)
        clicked.target = tile
        mouseClick(tile, tile.width - 5, tile.height / 2) // on the text side, not the symbol
        mouseClick(tile, 10, 10)
        compare(clicked.count, 2)
    }
}
