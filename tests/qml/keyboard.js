// Helpers of the keyboard tests (tst_ChineseInput*.qml): keys found on the real keyboard and
// tapped as a finger does.
.pragma library

// The key of the keyboard showing `text` (a letter is shown in either case), or null.
function findKey(item, text) {
    for (let i = 0; i < item.children.length; ++i) {
        const child = item.children[i]
        if (child.visible && child.key !== undefined && child.text !== undefined
                && child.text.toLowerCase() === text && child.width > 0)
            return child
        const found = findKey(child, text)
        if (found !== null)
            return found
    }
    return null
}

// The key sending the key code `code` (Qt.Key_Backspace…), or null.
function findKeyCode(item, code) {
    for (let i = 0; i < item.children.length; ++i) {
        const child = item.children[i]
        if (child.visible && child.key === code && child.width > 0)
            return child
        const found = findKeyCode(child, code)
        if (found !== null)
            return found
    }
    return null
}

// Taps each character of `keys` on `panel` through `testCase` (press, release).
function tap(testCase, panel, keys) {
    for (const ch of keys) {
        const key = findKey(panel, ch)
        testCase.verify(key !== null, "no key " + ch + " on the keyboard")
        testCase.mousePress(key)
        testCase.mouseRelease(key)
    }
}
