import QtQuick
import QtQuick.Controls
import OpsDesk

// Shows a tooltip over its parent while hovered.
MouseArea {
    id: root

    property string tip

    anchors.fill: parent
    hoverEnabled: true
    acceptedButtons: Qt.NoButton
    ToolTip.visible: root.containsMouse && root.tip.length > 0
    ToolTip.text: root.tip
    ToolTip.delay: 500
}
