import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk

// A sidebar entry: icon, label and the keyboard shortcut that opens the same page.
AbstractButton {
    id: root

    property string glyph
    property string shortcutHint
    property bool current: false

    implicitHeight: 40
    Layout.fillWidth: true
    hoverEnabled: true
    Accessible.role: Accessible.PageTab
    Accessible.name: root.text

    background: Rectangle {
        radius: Theme.radiusSmall
        color: root.current ? Theme.sidebarActive : root.hovered ? Qt.rgba(1, 1, 1, 0.06) : "transparent"
        Rectangle {
            visible: root.current
            width: 3
            height: parent.height - Theme.spacingS * 2
            anchors.verticalCenter: parent.verticalCenter
            anchors.left: parent.left
            radius: 2
            color: Theme.accent
        }
    }
    contentItem: RowLayout {
        spacing: Theme.spacingM
        Text {
            Layout.leftMargin: Theme.spacingM
            text: root.glyph
            font.pixelSize: Theme.fontSubtitle
            color: root.current ? "white" : Theme.sidebarText
        }
        Text {
            Layout.fillWidth: true
            text: root.text
            font.pixelSize: Theme.fontBody
            font.weight: root.current ? Font.DemiBold : Font.Normal
            color: root.current ? "white" : Theme.sidebarText
            elide: Text.ElideRight
        }
        Text {
            Layout.rightMargin: Theme.spacingM
            text: root.shortcutHint
            font.pixelSize: Theme.fontCaption
            color: Qt.rgba(1, 1, 1, 0.35)
        }
    }
}
