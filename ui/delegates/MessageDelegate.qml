pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpsDesk

// One message bubble: inbound on the leading side, ours on the trailing side with who wrote it,
// private notes in amber with a lock and a "Private note" caption (never sent); non-text messages
// as a typed placeholder with their metadata, templates marked with their name; delivery ticks
// and the failure reason for ours.
Item {
    id: root

    required property string messageId
    required property bool isOutbound
    required property string kind
    required property string kindLabel
    required property string body
    required property bool isNote
    required property string status
    required property string statusLabel
    required property string ticks
    required property bool isRead
    required property bool isFailed
    required property string errorLabel
    required property string timeLabel
    required property string fullTime
    required property string mediaInfo
    required property string authorName
    required property bool isTemplate
    required property string templateName

    width: ListView.view ? ListView.view.width : 400
    implicitHeight: bubble.height + Theme.spacingS

    Rectangle {
        id: bubble
        readonly property real maxWidth: Math.min(root.width * 0.72, 560)
        anchors.right: root.isOutbound || root.isNote ? parent.right : undefined
        anchors.left: root.isOutbound || root.isNote ? undefined : parent.left
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        // Invisible parts keep an implicit width, so only the shown ones count.
        width: Math.min(maxWidth, Math.max(content.visible ? content.implicitWidth : 0, meta.implicitWidth,
                                           mediaRow.visible ? mediaRow.implicitWidth : 0,
                                           noteLabel.visible ? noteLabel.implicitWidth : 0,
                                           authorText.visible ? authorText.implicitWidth : 0,
                                           errorText.visible ? errorText.implicitWidth : 0) + Theme.spacingM * 2)
        height: column.implicitHeight + Theme.spacingS * 2
        radius: Theme.radius
        color: root.isNote ? Theme.bubbleNote : root.isOutbound ? Theme.bubbleOutbound : Theme.bubbleInbound
        border.color: root.isFailed ? Theme.danger : root.isNote ? Theme.warning : Theme.border
        border.width: root.isFailed || root.isNote ? 1.5 : 1

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.spacingS
            anchors.leftMargin: Theme.spacingM
            anchors.rightMargin: Theme.spacingM
            spacing: 2

            // A private note: a drawn padlock (no font here has one), what it is, who wrote it.
            RowLayout {
                id: noteLabel
                objectName: "noteLabel"
                visible: root.isNote
                spacing: Theme.spacingXs
                Item {
                    implicitWidth: 10
                    implicitHeight: 12
                    Rectangle { // shackle
                        x: 2
                        y: 0
                        width: 6
                        height: 8
                        radius: 3
                        color: "transparent"
                        border.color: Theme.warning
                        border.width: 1.5
                    }
                    Rectangle { // body
                        y: 5
                        width: 10
                        height: 7
                        radius: 1.5
                        color: Theme.warning
                    }
                }
                Text {
                    text: root.authorName.length > 0
                          ? qsTr("Private note · %1 · not sent to the customer").arg(root.authorName)
                          : qsTr("Private note · not sent to the customer")
                    font.pixelSize: Theme.fontCaption
                    font.weight: Font.DemiBold
                    color: Theme.warning
                }
            }
            Text {
                id: authorText
                objectName: "messageAuthor"
                visible: root.isOutbound && !root.isNote && root.authorName.length > 0
                text: root.authorName
                font.pixelSize: Theme.fontCaption
                font.weight: Font.DemiBold
                color: Theme.accent
            }
            // Media and other non-text messages are typed placeholders with their metadata.
            RowLayout {
                id: mediaRow
                visible: root.kindLabel.length > 0 && !root.isNote
                spacing: Theme.spacingS
                Rectangle {
                    implicitWidth: kindText.implicitWidth + Theme.spacingM
                    implicitHeight: kindText.implicitHeight + Theme.spacingXs
                    radius: Theme.radiusSmall
                    color: Qt.rgba(0, 0, 0, Theme.dark ? 0.25 : 0.06)
                    Text {
                        id: kindText
                        anchors.centerIn: parent
                        text: root.kindLabel
                        font.pixelSize: Theme.fontCaption
                        font.weight: Font.DemiBold
                        color: Theme.textMuted
                    }
                }
                Text {
                    objectName: "messageMediaInfo"
                    text: root.isTemplate && root.templateName.length > 0 ? root.templateName : root.mediaInfo
                    visible: text.length > 0
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textMuted
                    elide: Text.ElideRight
                    Layout.maximumWidth: bubble.maxWidth - kindText.implicitWidth - Theme.spacingXxl * 2
                }
            }
            Text {
                id: content
                Layout.fillWidth: true
                Layout.maximumWidth: bubble.maxWidth - Theme.spacingM * 2
                visible: root.body.length > 0
                text: root.body
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            // Why it failed, or why retries stopped for one still queued.
            Text {
                id: errorText
                objectName: "messageError"
                Layout.fillWidth: true
                Layout.maximumWidth: bubble.maxWidth - Theme.spacingM * 2
                visible: root.errorLabel.length > 0
                text: root.errorLabel
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontCaption
                color: Theme.danger
            }
            RowLayout {
                id: meta
                Layout.alignment: Qt.AlignRight
                spacing: Theme.spacingXs
                Text {
                    text: root.timeLabel
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textMuted
                    ToolTipArea { tip: root.fullTime }
                }
                Text {
                    objectName: "ticks"
                    visible: root.isOutbound && root.ticks.length > 0
                    text: root.ticks
                    font.pixelSize: Theme.fontCaption
                    font.weight: Font.Bold
                    color: root.isFailed ? Theme.danger : root.isRead ? Theme.readTick : Theme.textMuted
                    Accessible.name: root.statusLabel
                    ToolTipArea { tip: root.statusLabel }
                }
            }
        }
    }
}
