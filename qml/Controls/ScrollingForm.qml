import QtQuick
import QtQuick.Controls

// A form's fields that scroll when the screen leaves them too little room — above all when the
// on-screen keyboard opens and the frame gives the form only what is left above it. The field
// being typed in is kept in view with its label: when it gets the focus (a tap, Tab) and when
// the form shrinks or grows around it. Every form with fields is one of these (docs/input.md,
// "Forms and the keyboard").
//
// Its one child, a layout, spans the width: `width: parent.width`. (A ColumnLayout of ours
// around it would be one layout more above the fields, and Qt 6.4 then keeps the heights of
// wrapped labels from before the form had its width.)
Flickable {
    id: form

    // The item with the keyboard focus in this window (a field, or a button reached by Tab).
    readonly property Item focusItem: form.Window.activeFocusItem

    // Scrolls the least that shows the focused item whole, with as much of what leads up to it
    // (its label, its group) as fits: its ancestors in the form are shown whole while they fit,
    // then the beginning of the next one (the caption above a search field) if that fits too.
    function revealFocusItem() {
        const item = form.focusItem
        if (item === null || form.height <= 0 || !form.holds(item))
            return
        const shown = item.mapToItem(form, 0, 0, item.width, item.height)
        let top = shown.y
        let bottom = shown.y + shown.height
        for (let group = item.parent; group !== null && group !== form.contentItem; group = group.parent) {
            const area = group.mapToItem(form, 0, 0, group.width, group.height)
            if (area.height <= form.height) {
                top = area.y
                bottom = area.y + area.height
            } else if (bottom - area.y <= form.height) {
                top = area.y
            } else {
                break
            }
        }
        let by = bottom > form.height ? bottom - form.height : 0
        if (top - by < 0)
            by = top // the top wins when it cannot all be shown
        form.contentY = Math.max(form.originY, Math.min(form.contentY + by,
                                                        form.originY + form.contentHeight - form.height))
    }

    function holds(item) {
        for (let parent = item.parent; parent !== null; parent = parent.parent) {
            if (parent === form.contentItem)
                return true
        }
        return false
    }

    contentWidth: width
    contentHeight: contentItem.childrenRect.height
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollIndicator.vertical: ScrollIndicator {}

    // At once, and again once this frame's layouts are done (a form just made, a field that
    // grew a problem line, the frame giving the keyboard its room).
    function keepFocusInView() {
        form.revealFocusItem()
        afterLayouts.restart()
    }

    Timer {
        id: afterLayouts
        interval: 0
        onTriggered: form.revealFocusItem()
    }

    onFocusItemChanged: form.keepFocusInView()
    onHeightChanged: form.keepFocusInView()
    onContentHeightChanged: form.keepFocusInView()
}
