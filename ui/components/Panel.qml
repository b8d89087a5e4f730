import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk

// A titled surface with an optional header action; children fill the body.
Rectangle {
    id: root

    property string title
    property string actionText
    default property alias body: content.data

    signal actionTriggered()

    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    clip: true

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingL
            Text {
                Layout.fillWidth: true
                text: root.title
                font.pixelSize: Theme.fontSubtitle
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Text {
                visible: root.actionText.length > 0
                text: root.actionText
                font.pixelSize: Theme.fontBody
                color: Theme.accent
                MouseArea {
                    anchors.fill: parent
                    cursorShape: Qt.PointingHandCursor
                    onClicked: root.actionTriggered()
                }
            }
        }
        Rectangle {
            Layout.fillWidth: true
            height: 1
            color: Theme.border
        }
        Item {
            id: content
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
