import QtQuick
import QtQuick.Controls
import OpsDesk

// A button that says why it is disabled: while `allowed` is false it cannot be pressed and
// hovering it shows `blockedReason` (a disabled Button gets no hover of its own). `tip` is the
// tooltip while it can be pressed.
Item {
    id: root

    property alias text: button.text
    property alias highlighted: button.highlighted
    property alias flat: button.flat
    property bool allowed: true
    property string blockedReason
    property string tip
    readonly property bool actionable: button.enabled
    readonly property Item control: button

    signal clicked()

    implicitWidth: button.implicitWidth
    implicitHeight: button.implicitHeight
    Accessible.role: Accessible.Button
    Accessible.name: button.text
    Accessible.description: button.enabled ? root.tip : root.blockedReason

    Button {
        id: button
        anchors.fill: parent
        enabled: root.allowed
        focusPolicy: Qt.TabFocus
        font.pixelSize: Theme.fontBody
        opacity: button.enabled ? 1 : 0.45
        onClicked: root.clicked()
        background: Rectangle {
            implicitWidth: 88
            implicitHeight: 34
            radius: Theme.radiusSmall
            color: button.highlighted ? (button.down ? Qt.darker(Theme.accent, 1.2) : Theme.accent)
                   : button.down ? Theme.selection : button.hovered ? Theme.hover : Theme.surface
            border.color: button.highlighted ? "transparent" : button.visualFocus ? Theme.accent : Theme.border
        }
        ToolTip.visible: button.hovered && root.tip.length > 0
        ToolTip.text: root.tip
        ToolTip.delay: 500
    }
    ToolTipArea {
        visible: !button.enabled && root.blockedReason.length > 0
        tip: root.blockedReason
    }
}
