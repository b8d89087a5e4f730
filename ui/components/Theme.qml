pragma Singleton
import QtQuick
import OpsDesk.Models

// One visual system for every screen: spacing scale, type scale and colours that carry meaning.
// Light and dark palettes follow Workspace.darkMode (set from the system palette, or --theme).
QtObject {
    id: root

    readonly property bool dark: Workspace.darkMode

    // Spacing scale (px)
    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 12
    readonly property int spacingL: 16
    readonly property int spacingXl: 24
    readonly property int spacingXxl: 32
    readonly property int radius: 8
    readonly property int radiusSmall: 4

    // Type scale (px)
    readonly property int fontCaption: 11
    readonly property int fontBody: 13
    readonly property int fontSubtitle: 15
    readonly property int fontTitle: 20
    readonly property int fontDisplay: 30
    readonly property string monospace: "DejaVu Sans Mono"

    // Surfaces and text
    readonly property color background: dark ? "#111418" : "#f4f6f8"
    readonly property color surface: dark ? "#1a1e24" : "#ffffff"
    readonly property color surfaceRaised: dark ? "#222830" : "#fbfcfd"
    readonly property color sidebar: dark ? "#0c0f12" : "#1f2a33"
    readonly property color sidebarText: "#c9d3db"
    readonly property color sidebarActive: dark ? "#1f3b35" : "#2c4a44"
    readonly property color border: dark ? "#2c333c" : "#e1e6ea"
    readonly property color text: dark ? "#e8edf1" : "#16202a"
    readonly property color textMuted: dark ? "#8d99a6" : "#5f6d7a"
    readonly property color selection: dark ? "#203a35" : "#e3f3ef"
    readonly property color hover: dark ? "#20262e" : "#f0f3f5"

    // Colours with meaning
    readonly property color accent: "#128c7e"        // brand, primary actions, live
    readonly property color success: dark ? "#3ccf8e" : "#1a9a5c"
    readonly property color warning: dark ? "#f2b84b" : "#b7791f"
    readonly property color danger: dark ? "#ff6b6b" : "#c9302c"
    readonly property color info: dark ? "#5ab0ff" : "#1e6fd9"
    readonly property color readTick: "#34b7f1"      // WhatsApp's read ticks
    readonly property color bubbleInbound: dark ? "#222a31" : "#ffffff"
    readonly property color bubbleOutbound: dark ? "#144d44" : "#dcf8c6"
    readonly property color bubbleNote: dark ? "#4a3f1d" : "#fff4c2"

    // Charts: the series line, its fill under the hover read-out, grid and axis labels.
    readonly property color chartLine: dark ? "#2ec4a9" : "#128c7e"
    readonly property color chartGrid: dark ? "#262d35" : "#edf0f3"
    readonly property color chartAxis: dark ? "#39424c" : "#d3d9df"
    readonly property color chartLabel: textMuted
    readonly property color chartCrosshair: dark ? "#8d99a6" : "#7b8794"
    readonly property real chartBreachOpacity: dark ? 0.22 : 0.14
    readonly property int chartLabelSize: 10

    // Incident and alert rule severities (threshold lines, breach shading, the health banner).
    readonly property color severityCritical: danger
    readonly property color severityHigh: dark ? "#ff9a52" : "#d9541e"
    readonly property color severityMedium: warning
    readonly property color severityLow: info

    function severityColor(severity) {
        switch (severity) {
        case "critical": return root.severityCritical
        case "high": return root.severityHigh
        case "medium": return root.severityMedium
        case "low": return root.severityLow
        default: return root.textMuted
        }
    }
    // A meaning decided in C++ (success, info, warning, danger, neutral) as a colour.
    function meaningColor(meaning) {
        switch (meaning) {
        case "success": return root.success
        case "info": return root.info
        case "warning": return root.warning
        case "danger": return root.danger
        default: return root.textMuted
        }
    }

    function processingColor(state) {
        switch (state) {
        case "processed": return root.success
        case "failed": return root.danger
        case "ignored": return root.textMuted
        default: return root.warning
        }
    }
    function conversationStatusColor(state) {
        switch (state) {
        case "open": return root.accent
        case "pending": return root.warning
        case "snoozed": return root.info
        default: return root.textMuted
        }
    }
}
