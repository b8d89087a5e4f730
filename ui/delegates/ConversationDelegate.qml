pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk

// One conversation in the list: avatar, contact, last message, time, unread count, status.
ItemDelegate {
    id: root

    required property int index
    required property string conversationId
    required property string contactName
    required property string contactPhone
    required property string initials
    required property string status
    required property string statusLabel
    required property string preview
    required property bool previewIsOutbound
    required property string timeLabel
    required property int unreadCount
    required property bool windowOpen

    property bool selected: false

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: 68
    hoverEnabled: true
    Accessible.name: root.contactName + ", " + root.preview

    background: Rectangle {
        color: root.selected ? Theme.selection : root.hovered ? Theme.hover : "transparent"
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.border
        }
    }

    contentItem: RowLayout {
        spacing: Theme.spacingM

        Avatar {
            initials: root.initials
            seed: root.contactPhone
            Layout.alignment: Qt.AlignVCenter
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Text {
                    Layout.fillWidth: true
                    text: root.contactName
                    horizontalAlignment: Text.AlignLeft // mirrors in right-to-left layouts
                    font.pixelSize: Theme.fontBody
                    font.weight: root.unreadCount > 0 ? Font.Bold : Font.DemiBold
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Text {
                    text: root.timeLabel
                    font.pixelSize: Theme.fontCaption
                    color: root.unreadCount > 0 ? Theme.accent : Theme.textMuted
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Text {
                    Layout.fillWidth: true
                    // The customer's text is isolated so its direction does not reorder the prefix.
                    text: (root.previewIsOutbound ? qsTr("You: ", "@label:prefix of own message") : "")
                          + "\u2068" + root.preview + "\u2069"
                    horizontalAlignment: Text.AlignLeft
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    elide: Text.ElideRight
                    maximumLineCount: 1
                }
                CountBadge {
                    count: root.unreadCount
                }
                StatusChip {
                    visible: root.status !== "open"
                    text: root.statusLabel
                    tone: Theme.conversationStatusColor(root.status)
                }
            }
        }
    }
}
