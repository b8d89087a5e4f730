pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk

// One webhook event: time, field, summary, signature and processing state.
ItemDelegate {
    id: root

    required property int index
    required property var eventId
    required property string timeLabel
    required property string fullTime
    required property string field
    required property string summary
    required property bool signatureValid
    required property string processing
    required property string processingLabel
    required property string error

    property bool selected: false

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: 56
    hoverEnabled: true

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
        Text {
            Layout.preferredWidth: 64
            text: root.timeLabel
            horizontalAlignment: Text.AlignLeft
            font.pixelSize: Theme.fontCaption
            font.family: Theme.monospace
            color: Theme.textMuted
            ToolTipArea { tip: root.fullTime }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 1
            Text {
                Layout.fillWidth: true
                text: root.summary
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Theme.fontBody
                color: Theme.text
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: root.error.length > 0 ? root.field + " · \u2068" + root.error + "\u2069" : root.field
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Theme.fontCaption
                color: root.processing === "failed" ? Theme.danger : Theme.textMuted
                elide: Text.ElideRight
            }
        }
        StatusChip {
            text: root.signatureValid ? qsTr("Signed") : qsTr("Unsigned")
            tone: root.signatureValid ? Theme.success : Theme.danger
        }
        StatusChip {
            text: root.processingLabel
            tone: Theme.processingColor(root.processing)
        }
    }
}
