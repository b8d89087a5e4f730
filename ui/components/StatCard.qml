import QtQuick
import QtQuick.Layouts
import OpsDesk

// One KPI tile: label, big value, caption; the accent strip carries the tile's meaning.
Rectangle {
    id: root

    property string label
    property string value
    property string caption
    property color tone: Theme.accent

    implicitHeight: 128
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    Rectangle {
        width: 4
        radius: 2
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.margins: Theme.spacingM
        color: root.tone
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingXl + Theme.spacingS
        anchors.rightMargin: Theme.spacingL
        anchors.topMargin: Theme.spacingL
        anchors.bottomMargin: Theme.spacingL
        spacing: Theme.spacingXs

        Text {
            text: root.label
            horizontalAlignment: Text.AlignLeft
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
        Text {
            objectName: "statValue"
            text: root.value
            horizontalAlignment: Text.AlignLeft
            font.pixelSize: Theme.fontDisplay
            font.weight: Font.DemiBold
            color: Theme.text
            Layout.fillWidth: true
        }
        Text {
            text: root.caption
            horizontalAlignment: Text.AlignLeft
            font.pixelSize: Theme.fontCaption
            color: Theme.textMuted
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
    }
}
