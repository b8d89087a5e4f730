import QtQuick
import QtQuick.Controls
import OpsDesk

// A compact text box for filter bars, with an optional glyph on its leading side.
TextField {
    id: root

    property string glyph

    readonly property int glyphSpace: root.glyph.length > 0 ? 30 : Theme.spacingM

    implicitHeight: 34
    // Paddings are physical sides: the glyph's space goes to the leading one.
    leftPadding: root.LayoutMirroring.enabled ? Theme.spacingM : root.glyphSpace
    rightPadding: root.LayoutMirroring.enabled ? root.glyphSpace : Theme.spacingM
    font.pixelSize: Theme.fontBody
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    selectionColor: Theme.accent
    selectedTextColor: "white"
    selectByMouse: true

    background: Rectangle {
        radius: Theme.radiusSmall
        color: Theme.surface
        border.color: root.activeFocus ? Theme.accent : Theme.border
        border.width: root.activeFocus ? 2 : 1

        Text {
            visible: root.glyph.length > 0
            anchors.left: parent.left
            anchors.leftMargin: 10
            anchors.verticalCenter: parent.verticalCenter
            text: root.glyph
            font.pixelSize: Theme.fontSubtitle
            color: root.activeFocus ? Theme.accent : Theme.textMuted
        }
    }
}
