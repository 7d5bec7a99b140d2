import QtQuick
import QtTest
import LobbyDesk.Controls
import LobbyDesk.Theme

TestCase {
    id: testCase
    name: "TouchButton"
    width: 600
    height: 400
    when: windowShown
    visible: true // TestCase is hidden by default: hidden items get no taps

    Component {
        id: buttonComponent
        TouchButton {}
    }
    SignalSpy {
        id: clicked
        signalName: "clicked"
    }

    function init() {
        clicked.clear()
    }

    function test_never_smaller_than_the_touch_target_data() {
        return [{ tag: "one letter", text: "x" }, { tag: "empty", text: "" }, { tag: "words", text: "Print visitor slip" }]
    }
    function test_never_smaller_than_the_touch_target(data) {
        const button = createTemporaryObject(buttonComponent, testCase, { text: data.text })
        verify(button.width >= Theme.touchTarget, "width " + button.width)
        verify(button.height >= Theme.touchTarget, "height " + button.height)
    }

    function test_a_tap_clicks_once() {
        const button = createTemporaryObject(buttonComponent, testCase, { text: "OK" })
        clicked.target = button
        mouseClick(button)
        compare(clicked.count, 1)
    }

    function test_a_tap_near_the_edge_still_counts() {
        const button = createTemporaryObject(buttonComponent, testCase, { text: "OK" })
        clicked.target = button
        mouseClick(button, 2, button.height - 2)
        compare(clicked.count, 1)
    }

    function test_a_tap_beside_it_does_not() {
        const button = createTemporaryObject(buttonComponent, testCase, { text: "OK", x: 100, y: 100 })
        clicked.target = button
        mouseClick(testCase, 95, 95)
        compare(clicked.count, 0)
    }
}
