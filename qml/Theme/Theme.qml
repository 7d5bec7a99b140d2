pragma Singleton
import QtQuick
import LobbyDesk.Backend

// Design tokens: every size, colour and font on every screen comes from here.
QtObject {
    // Touch: nothing a finger must hit is smaller than this (9 mm on a 21" lobby panel).
    readonly property int touchTarget: 48
    readonly property int buttonHeight: 72
    readonly property int tileHeight: 200
    // The most of a window's height the open on-screen keyboard takes. Kiosk visitors have only
    // it; desk and guard staff also have a physical keyboard, and their landscape screen keeps
    // most of its height for the form above the keyboard (keys stay 62 px high at 1080).
    readonly property real keyboardShare: 0.45
    readonly property real keyboardShareStaff: 0.3

    readonly property int spacingSmall: 8
    readonly property int spacing: 16
    readonly property int spacingLarge: 32
    readonly property int margin: 40
    readonly property int radius: 16
    readonly property int borderWidth: 2

    readonly property string fontFamily: LanguageSwitcher.fontFamily
    readonly property int fontCaption: 18
    readonly property int fontBody: 22
    readonly property int fontButton: 26
    readonly property int fontTitle: 34
    readonly property int fontHeadline: 48
    readonly property int fontDisplay: 64
    readonly property int fontVerdict: 112 // the guard's verdict word, read from two metres

    readonly property color background: "#F3F5F8"
    readonly property color surface: "#FFFFFF"
    readonly property color header: "#0F2A44"
    readonly property color headerText: "#FFFFFF"
    readonly property color primary: "#0B63B6"
    readonly property color primaryPressed: "#084C8C"
    readonly property color primaryText: "#FFFFFF"
    readonly property color accent: "#C8102E"
    readonly property color text: "#1B2633"
    readonly property color textMuted: "#5A6B7D"
    readonly property color border: "#D3DAE2"
    readonly property color ok: "#1E7F3C"
    readonly property color warning: "#A86200"
    readonly property color danger: "#B3261E"
    readonly property color dangerSurface: "#FBE9E7" // behind what the desk must act on
    readonly property color neutral: "#7A8896"
}
