pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk

// One audit entry: when, who, what they did to which resource, a one-line summary and where
// from.
ItemDelegate {
    id: root

    required property int index
    required property var entryId
    required property string timeLabel
    required property string fullTime
    required property string actor
    required property string actorName
    required property string actorInitials
    required property string actionLabel
    required property string actionTone
    required property string resourceLabel
    required property string resourceId
    required property string summary
    required property string origin

    property bool selected: false

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: 60
    hoverEnabled: true
    Accessible.name: root.actorName + ", " + root.actionLabel + ", " + root.resourceLabel

    background: Rectangle {
        color: root.selected ? Theme.selection : root.hovered ? Theme.hover : "transparent"
        Rectangle {
            visible: root.selected
            width: 3
            height: parent.height
            anchors.left: parent.left
            color: Theme.accent
        }
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.border
        }
    }

    contentItem: RowLayout {
        spacing: Theme.spacingM

        Text {
            Layout.preferredWidth: 88
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 4
            text: root.timeLabel
            horizontalAlignment: Text.AlignLeft
            font.pixelSize: Theme.fontCaption
            font.family: Theme.monospace
            color: Theme.textMuted
            elide: Text.ElideRight
            ToolTipArea { tip: root.fullTime }
        }
        Avatar {
            Layout.preferredWidth: 28
            Layout.preferredHeight: 28
            Layout.alignment: Qt.AlignVCenter
            initials: root.actorInitials
            seed: root.actor
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 3
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Text {
                    // Names keep their width up to a point; the resource label gives way first.
                    Layout.preferredWidth: Math.min(implicitWidth, 220)
                    Layout.minimumWidth: Math.min(implicitWidth, 60)
                    text: root.actorName
                    horizontalAlignment: Text.AlignLeft
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.text
                    elide: Text.ElideRight
                    ToolTipArea { tip: root.actor }
                }
                ToneChip {
                    text: root.actionLabel
                    meaning: root.actionTone
                }
                Text {
                    Layout.fillWidth: true
                    text: root.resourceLabel
                    horizontalAlignment: Text.AlignLeft
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    elide: Text.ElideRight
                    ToolTipArea { tip: root.resourceId }
                }
            }
            Text {
                Layout.fillWidth: true
                // Isolated: a value in another script must not reorder the line around it.
                text: "\u2068" + root.summary + "\u2069"
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Theme.fontCaption + 1
                color: Theme.textMuted
                elide: Text.ElideRight
                maximumLineCount: 1
            }
        }
        Text {
            Layout.maximumWidth: 150
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 4
            text: root.origin
            horizontalAlignment: Text.AlignRight
            font.pixelSize: Theme.fontCaption
            color: Theme.textMuted
            elide: Text.ElideLeft
            ToolTipArea { tip: root.origin }
        }
    }
}
