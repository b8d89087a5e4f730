pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk

// One conversation in the inbox: avatar, contact, last message, time, unread count, status; then
// how long the customer has waited (or until when it is snoozed), the assignee and the labels.
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
    required property string assigneeName
    required property bool isMine
    required property var labels
    required property bool isWaiting
    required property string waitingLabel
    required property bool isSnoozed
    required property string snoozedUntilLabel

    property bool selected: false

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: 88
    hoverEnabled: true
    focusPolicy: Qt.NoFocus
    Accessible.name: root.contactName + ", " + root.preview

    background: Rectangle {
        color: root.selected ? Theme.selection : root.hovered ? Theme.hover : "transparent"
        // The selected row is also marked on its leading edge, not by colour alone.
        Rectangle {
            anchors.left: parent.left
            width: 3
            height: parent.height
            visible: root.selected
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

        Avatar {
            initials: root.initials
            seed: root.contactPhone
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 3
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
                    objectName: "rowUnread"
                    count: root.unreadCount
                    Accessible.name: qsTr("%n unread", "", root.unreadCount)
                }
                StatusChip {
                    visible: root.status !== "open"
                    text: root.statusLabel
                    tone: Theme.conversationStatusColor(root.status)
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Text {
                    objectName: "rowWaiting"
                    visible: text.length > 0
                    text: root.isSnoozed ? "☾ " + root.snoozedUntilLabel
                                         : root.isWaiting ? "◷ " + root.waitingLabel : ""
                    font.pixelSize: Theme.fontCaption
                    font.weight: root.isWaiting && !root.isSnoozed ? Font.DemiBold : Font.Normal
                    color: root.isSnoozed ? Theme.info : Theme.warning
                }
                Text {
                    objectName: "rowAssignee"
                    Layout.maximumWidth: 130
                    text: root.isMine ? qsTr("You", "@label assignee is the signed-in person")
                          : root.assigneeName.length > 0 ? root.assigneeName
                          : qsTr("Unassigned")
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontCaption
                    font.italic: root.assigneeName.length === 0
                    color: root.isMine ? Theme.accent : Theme.textMuted
                }
                // As many labels as fit; the rest are counted.
                Item {
                    Layout.fillWidth: true
                    implicitHeight: 20
                    clip: true
                    Row {
                        width: parent.width
                        spacing: Theme.spacingXs
                        Repeater {
                            model: root.labels
                            delegate: LabelChip {
                                required property string modelData
                                text: modelData
                            }
                        }
                    }
                }
            }
        }
    }
}
