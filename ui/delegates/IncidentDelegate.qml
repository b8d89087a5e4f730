pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk

// One incident in the list: severity chip, title, status, then assignee, age and where it came
// from (an alert rule or by hand). Colours carry meaning; the text says it too.
ItemDelegate {
    id: root

    required property int index
    required property string incidentId
    required property string title
    required property string severity
    required property string severityLabel
    required property string severityMeaning
    required property string status
    required property string statusLabel
    required property string statusMeaning
    required property string assigneeName
    required property string ageLabel
    required property string openedAtLabel
    required property string sourceLabel
    required property bool isResolved

    property bool selected: false

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: 74
    hoverEnabled: true
    focusPolicy: Qt.NoFocus
    Accessible.name: qsTr("%1 incident %2, %3, %4", "@info accessible: severity, title, status, age")
                     .arg(root.severityLabel).arg(root.title).arg(root.statusLabel).arg(root.ageLabel)

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

    contentItem: ColumnLayout {
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            ToneChip {
                objectName: "incidentSeverityChip"
                text: root.severityLabel
                meaning: root.severityMeaning
            }
            Text {
                objectName: "incidentRowTitle"
                Layout.fillWidth: true
                text: root.title
                horizontalAlignment: Text.AlignLeft
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                font.weight: root.isResolved ? Font.Normal : Font.DemiBold
                color: root.isResolved ? Theme.textMuted : Theme.text
            }
            ToneChip {
                objectName: "incidentStatusChip"
                text: root.statusLabel
                meaning: root.statusMeaning
            }
        }
        Text {
            objectName: "incidentRowMeta"
            Layout.fillWidth: true
            text: root.ageLabel + "  ·  " + (root.assigneeName.length > 0 ? root.assigneeName : qsTr("Unassigned")) + "  ·  " + root.sourceLabel
            horizontalAlignment: Text.AlignLeft
            elide: Text.ElideRight
            font.pixelSize: Theme.fontCaption + 1
            color: Theme.textMuted
            ToolTipArea { tip: root.openedAtLabel }
        }
    }
}
