pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// Conversations (read-only for now): the list on the leading side, the selected thread beside it.
// j/k or the arrow keys move through the list; the selection follows a conversation by id, so it
// stays put while live updates reorder the list.
Rectangle {
    id: root

    color: Theme.background

    readonly property var thread: Workspace.thread

    function selectRow(row: int) {
        if (row < 0 || row >= conversationList.count)
            return
        conversationList.currentIndex = row
        conversationList.positionViewAtIndex(row, ListView.Contain)
        const item = conversationList.itemAtIndex(row) as ConversationDelegate
        if (item)
            root.thread.conversationId = item.conversationId
    }
    function step(delta: int) {
        const current = Workspace.conversations.rowOf(root.thread.conversationId)
        root.selectRow(current < 0 ? 0 : current + delta)
    }

    Shortcut {
        sequences: ["J", "Down"]
        enabled: root.visible
        onActivated: root.step(1)
    }
    Shortcut {
        sequences: ["K", "Up"]
        enabled: root.visible
        onActivated: root.step(-1)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // The list
        Rectangle {
            Layout.preferredWidth: 360
            Layout.fillHeight: true
            color: Theme.surface

            ColumnLayout {
                anchors.fill: parent
                spacing: 0

                PageHeader {
                    Layout.fillWidth: true
                    Layout.margins: Theme.spacingL
                    title: qsTr("Conversations", "@title:page")
                    subtitle: qsTr("%1 loaded · J/K to move").arg(Workspace.conversations.count)
                }
                Rectangle {
                    Layout.fillWidth: true
                    height: 1
                    color: Theme.border
                }
                ListView {
                    id: conversationList
                    objectName: "conversationList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: Workspace.conversations
                    currentIndex: -1
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ConversationDelegate {
                        selected: conversationId === root.thread.conversationId
                        onClicked: root.thread.conversationId = conversationId
                    }
                    EmptyState {
                        anchors.fill: parent
                        visible: conversationList.count === 0
                        busy: Workspace.conversations.loading
                        error: Workspace.conversations.errorString.length > 0
                        title: error ? Workspace.conversations.errorString : busy ? qsTr("Loading conversations…") : qsTr("No conversations yet")
                        hint: error ? qsTr("Check the database connection; the list retries on the next change.") : qsTr("A conversation starts when a customer writes to your WhatsApp number.")
                    }
                }
            }
        }
        Rectangle {
            Layout.fillHeight: true
            width: 1
            color: Theme.border
        }

        // The thread
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            visible: root.thread.conversationId.length > 0

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: 68
                color: Theme.surface
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingL
                    anchors.rightMargin: Theme.spacingL
                    spacing: Theme.spacingM
                    Avatar {
                        initials: root.thread.contactInitials
                        seed: root.thread.contactPhone
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Text {
                            objectName: "threadContactName"
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            horizontalAlignment: Text.AlignLeft
                            text: root.thread.contactName
                            font.pixelSize: Theme.fontSubtitle
                            font.weight: Font.DemiBold
                            color: Theme.text
                        }
                        Text {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignLeft
                            text: root.thread.contactPhone
                            font.pixelSize: Theme.fontCaption
                            color: Theme.textMuted
                        }
                    }
                    StatusChip {
                        objectName: "windowChip"
                        text: root.thread.windowLabel
                        tone: root.thread.windowOpen ? Theme.success : Theme.warning
                    }
                    StatusChip {
                        text: root.thread.statusLabel
                        tone: Theme.accent
                    }
                }
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.border
                }
            }
            ListView {
                id: messageList
                objectName: "messageList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacingXs
                topMargin: Theme.spacingL
                bottomMargin: Theme.spacingL
                model: root.thread
                ScrollBar.vertical: ScrollBar {}
                delegate: MessageDelegate {}
                // Stay at the newest message while the user is at the bottom.
                property bool pinned: true
                onMovementEnded: pinned = atYEnd
                onCountChanged: if (pinned) scrollToEnd.restart()
                Timer {
                    id: scrollToEnd
                    interval: 0 // after the new delegate is laid out
                    onTriggered: messageList.positionViewAtEnd()
                }
                EmptyState {
                    anchors.fill: parent
                    visible: messageList.count === 0
                    busy: root.thread.loading
                    title: busy ? qsTr("Loading messages…") : qsTr("No messages in this conversation")
                }
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: 52
                color: Theme.surface
                Rectangle {
                    width: parent.width
                    height: 1
                    color: Theme.border
                }
                Text {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingL
                    anchors.rightMargin: Theme.spacingL
                    verticalAlignment: Text.AlignVCenter
                    text: qsTr("Read-only view: replying from OpsDesk comes with the support inbox.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
            }
        }
        EmptyState {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.thread.conversationId.length === 0
            icon: "✉"
            title: qsTr("Select a conversation")
            hint: qsTr("Pick one from the list, or press J to start at the top.")
        }
    }
}
