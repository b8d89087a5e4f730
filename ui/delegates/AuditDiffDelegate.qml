pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpsDesk

// One field of an audit entry: its name, then what it was and what it became. Short values sit
// on one line (before → after); long ones are stacked, the old value above the new, like a code
// diff. Created rows show only new values, deleted rows only old ones.
ColumnLayout {
    id: root

    // One item of AuditLogModel.selectedDiff.
    required property var modelData
    required property int index

    readonly property string field: root.modelData.field
    readonly property string kind: root.modelData.kind // changed, added, removed
    readonly property string before: root.modelData.before
    readonly property string after: root.modelData.after
    readonly property bool beforeEmpty: root.modelData.beforeEmpty
    readonly property bool afterEmpty: root.modelData.afterEmpty
    readonly property bool oneLine: root.kind === "changed"
                                    && root.before.length + root.after.length < 44
                                    && root.before.indexOf("\n") < 0 && root.after.indexOf("\n") < 0

    spacing: Theme.spacingXs

    component Value: Rectangle {
        id: value

        property string text
        property bool empty
        property bool old

        readonly property color tone: value.old ? Theme.danger : Theme.success

        implicitWidth: valueText.implicitWidth + Theme.spacingS * 2
        implicitHeight: valueText.implicitHeight + Theme.spacingXs * 2
        radius: Theme.radiusSmall
        color: Qt.rgba(value.tone.r, value.tone.g, value.tone.b, Theme.dark ? 0.16 : 0.07)
        border.color: Qt.rgba(value.tone.r, value.tone.g, value.tone.b, 0.28)

        TextEdit {
            id: valueText
            anchors.fill: parent
            anchors.topMargin: Theme.spacingXs
            anchors.bottomMargin: Theme.spacingXs
            anchors.leftMargin: Theme.spacingS
            anchors.rightMargin: Theme.spacingS
            readOnly: true
            selectByMouse: true
            text: value.text
            wrapMode: TextEdit.Wrap
            // No explicit alignment: a value follows its own text direction (an English body
            // stays left-aligned in a Hebrew window, a Hebrew name right-aligned in an English one).
            font.pixelSize: Theme.fontBody
            font.family: Theme.monospace
            font.italic: value.empty
            color: value.empty ? Theme.textMuted : Theme.text
            selectionColor: Theme.accent
            selectedTextColor: "white"
        }
    }

    Text {
        Layout.fillWidth: true
        text: root.field
        horizontalAlignment: Text.AlignLeft
        font.pixelSize: Theme.fontCaption
        font.family: Theme.monospace
        font.weight: Font.DemiBold
        color: Theme.textMuted
        elide: Text.ElideRight
    }
    RowLayout {
        visible: root.oneLine
        Layout.fillWidth: true
        spacing: Theme.spacingS
        Value {
            text: root.before
            empty: root.beforeEmpty
            old: true
        }
        Text {
            // Reading order: in right-to-left layouts the new value is on the left.
            text: root.LayoutMirroring.enabled ? "←" : "→"
            font.pixelSize: Theme.fontSubtitle
            color: Theme.textMuted
        }
        Value {
            text: root.after
            empty: root.afterEmpty
            old: false
        }
        Item {
            Layout.fillWidth: true
        }
    }
    Value {
        visible: !root.oneLine && root.kind !== "added"
        Layout.fillWidth: true
        text: root.before
        empty: root.beforeEmpty
        old: true
    }
    Value {
        visible: !root.oneLine && root.kind !== "removed"
        Layout.fillWidth: true
        text: root.after
        empty: root.afterEmpty
        old: false
    }
}
