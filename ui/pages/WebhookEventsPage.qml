pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// Every webhook event as received, newest first; the selected one's payload pretty-printed.
Rectangle {
    id: root

    color: Theme.background

    readonly property var events: Workspace.webhookEvents

    function step(delta: int) {
        const next = Math.max(0, Math.min(eventList.count - 1, eventList.currentIndex + delta))
        eventList.currentIndex = next
        const item = eventList.itemAtIndex(next) as WebhookEventDelegate
        if (item)
            root.events.selectEvent(item.eventId)
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

        Rectangle {
            Layout.fillWidth: true
            Layout.minimumWidth: 420
            Layout.fillHeight: true
            color: Theme.surface

            ColumnLayout {
                anchors.fill: parent
                spacing: 0
                PageHeader {
                    Layout.fillWidth: true
                    Layout.margins: Theme.spacingL
                    title: qsTr("Webhook events", "@title:page")
                    subtitle: qsTr("Newest first · %1 loaded · J/K to move").arg(root.events.count)
                }
                Rectangle {
                    Layout.fillWidth: true
                    height: 1
                    color: Theme.border
                }
                ListView {
                    id: eventList
                    objectName: "eventList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    currentIndex: -1
                    model: root.events
                    ScrollBar.vertical: ScrollBar {}
                    delegate: WebhookEventDelegate {
                        selected: eventId === root.events.selectedEventId
                        onClicked: {
                            eventList.currentIndex = index
                            root.events.selectEvent(eventId)
                        }
                    }
                    EmptyState {
                        anchors.fill: parent
                        visible: eventList.count === 0
                        busy: root.events.loading
                        error: root.events.errorString.length > 0
                        title: error ? root.events.errorString : busy ? qsTr("Loading webhook events…") : qsTr("No webhook events yet")
                        hint: qsTr("Events appear here the moment WhatsApp delivers them to opsdeskd serve.")
                    }
                }
            }
        }
        Rectangle {
            Layout.fillHeight: true
            width: 1
            color: Theme.border
        }
        Rectangle {
            Layout.preferredWidth: root.width * 0.45
            Layout.fillHeight: true
            color: Theme.surfaceRaised

            ColumnLayout {
                anchors.fill: parent
                spacing: 0
                PageHeader {
                    Layout.fillWidth: true
                    Layout.margins: Theme.spacingL
                    title: qsTr("Payload")
                    subtitle: root.events.selectedEventId > 0 ? qsTr("Event #%1").arg(root.events.selectedEventId) : qsTr("Select an event to see what WhatsApp sent")
                }
                ScrollView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: root.events.selectedEventId > 0
                    // JSON reads left to right whatever the UI language, scrollbar included.
                    LayoutMirroring.enabled: false
                    LayoutMirroring.childrenInherit: true
                    TextArea {
                        objectName: "payloadView"
                        readOnly: true
                        selectByMouse: true
                        text: root.events.selectedPayload
                        font.family: Theme.monospace
                        font.pixelSize: Theme.fontCaption + 1
                        color: Theme.text
                        wrapMode: TextEdit.NoWrap
                        background: null
                        horizontalAlignment: TextEdit.AlignLeft
                    }
                }
                EmptyState {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: root.events.selectedEventId <= 0
                    icon: "{ }"
                    title: qsTr("No event selected")
                    hint: qsTr("Click an event, or press J.")
                }
            }
        }
    }
}
