pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpsDesk

// One message bubble: inbound on the leading side, ours on the trailing side, private notes in
// amber; non-text messages as a typed placeholder; delivery ticks and failure reason for ours.
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
                                           errorText.visible ? errorText.implicitWidth : 0) + Theme.spacingM * 2)
        height: column.implicitHeight + Theme.spacingS * 2
        radius: Theme.radius
        color: root.isNote ? Theme.bubbleNote : root.isOutbound ? Theme.bubbleOutbound : Theme.bubbleInbound
        border.color: root.isFailed ? Theme.danger : Theme.border
        border.width: root.isFailed ? 1.5 : 1

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.spacingS
            anchors.leftMargin: Theme.spacingM
            anchors.rightMargin: Theme.spacingM
            spacing: 2

            Text {
                id: noteLabel
                visible: root.isNote
                text: qsTr("Private note · not sent to the customer")
                font.pixelSize: Theme.fontCaption
                font.weight: Font.DemiBold
                color: Theme.warning
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
                    text: root.mediaInfo
                    visible: root.mediaInfo.length > 0
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
            Text {
                id: errorText
                Layout.fillWidth: true
                Layout.maximumWidth: bubble.maxWidth - Theme.spacingM * 2
                visible: root.isFailed && root.errorLabel.length > 0
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
