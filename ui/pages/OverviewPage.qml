pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// Today at a glance: live counters, the newest webhook events and the most recent conversations.
Rectangle {
    id: root

    color: Theme.background

    readonly property var overview: Workspace.overview

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingXl

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Overview", "@title:page")
            subtitle: qsTr("Today's WhatsApp activity, updated live")
        }

        Text {
            visible: root.overview.errorString.length > 0
            text: root.overview.errorString
            color: Theme.danger
            font.pixelSize: Theme.fontBody
        }

        GridLayout {
            Layout.fillWidth: true
            columns: root.width > 1100 ? 4 : 2
            columnSpacing: Theme.spacingL
            rowSpacing: Theme.spacingL

            StatCard {
                objectName: "cardWebhookEvents"
                Layout.fillWidth: true
                label: qsTr("Webhook events today")
                value: root.overview.loaded ? Number(root.overview.webhookEventsToday).toLocaleString(Qt.locale(), "f", 0) : "–"
                caption: qsTr("Signed deliveries from WhatsApp")
                tone: Theme.info
            }
            StatCard {
                objectName: "cardInbound"
                Layout.fillWidth: true
                label: qsTr("Inbound messages today")
                value: root.overview.loaded ? Number(root.overview.inboundMessagesToday).toLocaleString(Qt.locale(), "f", 0) : "–"
                caption: qsTr("Customers writing in")
                tone: Theme.accent
            }
            StatCard {
                objectName: "cardFailed"
                Layout.fillWidth: true
                label: qsTr("Failed deliveries today")
                value: root.overview.loaded ? Number(root.overview.failedDeliveriesToday).toLocaleString(Qt.locale(), "f", 0) : "–"
                caption: root.overview.failedDeliveriesToday > 0 ? qsTr("Check the failing threads") : qsTr("All replies delivered")
                tone: root.overview.failedDeliveriesToday > 0 ? Theme.danger : Theme.success
            }
            StatCard {
                objectName: "cardOpen"
                Layout.fillWidth: true
                label: qsTr("Open conversations")
                value: root.overview.loaded ? Number(root.overview.openConversations).toLocaleString(Qt.locale(), "f", 0) : "–"
                caption: qsTr("Open or pending")
                tone: Theme.warning
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingL

            Panel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("Latest webhook events")
                actionText: qsTr("All events (Ctrl+3)")
                onActionTriggered: Navigation.open("events")

                ListView {
                    anchors.fill: parent
                    clip: true
                    interactive: false
                    model: Workspace.webhookEvents
                    delegate: WebhookEventDelegate {
                        onClicked: {
                            Workspace.webhookEvents.selectEvent(eventId)
                            Navigation.open("events")
                        }
                    }
                    EmptyState {
                        anchors.fill: parent
                        visible: parent.count === 0
                        busy: Workspace.webhookEvents.loading
                        title: qsTr("No webhook events yet")
                        hint: qsTr("Point your WhatsApp app's webhook at opsdeskd serve: /webhooks/whatsapp")
                    }
                }
            }
            Panel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("Recent conversations")
                actionText: qsTr("Inbox (Ctrl+2)")
                onActionTriggered: Navigation.open("conversations")

                ListView {
                    anchors.fill: parent
                    clip: true
                    interactive: false
                    model: Workspace.conversations
                    delegate: ConversationDelegate {
                        onClicked: {
                            Workspace.thread.conversationId = conversationId
                            Navigation.open("conversations")
                        }
                    }
                    EmptyState {
                        anchors.fill: parent
                        visible: parent.count === 0
                        busy: Workspace.conversations.loading
                        title: qsTr("No conversations yet")
                        hint: qsTr("They appear as soon as a customer writes to your WhatsApp number.")
                    }
                }
            }
        }
    }
}
