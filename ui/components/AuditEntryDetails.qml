pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// The selected audit entry: what happened to which resource, who did it, when and from where,
// every field before → after, and the way to the resource itself.
Rectangle {
    id: root

    required property AuditLogModel audit
    readonly property bool hasEntry: root.audit.selectedId > 0

    // The resource button was pressed (the page navigates).
    signal openRequested()

    color: Theme.surfaceRaised

    component Fact: RowLayout {
        id: fact
        property string label
        property string value
        property bool monospace: false
        Layout.fillWidth: true
        visible: fact.value.length > 0
        spacing: Theme.spacingM
        Text {
            id: factLabel
            Layout.preferredWidth: 96
            Layout.alignment: Qt.AlignTop
            text: fact.label
            horizontalAlignment: Text.AlignLeft
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        TextEdit {
            Layout.fillWidth: true
            readOnly: true
            selectByMouse: true
            text: fact.value
            wrapMode: TextEdit.Wrap
            horizontalAlignment: TextEdit.AlignLeft
            font.pixelSize: Theme.fontBody
            font.family: fact.monospace ? Theme.monospace : factLabel.font.family
            color: Theme.text
            selectionColor: Theme.accent
            selectedTextColor: "white"
        }
    }

    EmptyState {
        anchors.fill: parent
        visible: !root.hasEntry
        icon: "⇄"
        title: qsTr("No entry selected")
        hint: qsTr("Click an entry, or press J, to see who changed what, field by field.")
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        visible: root.hasEntry
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            x: Theme.spacingXl
            width: scroll.availableWidth - Theme.spacingXl * 2
            spacing: Theme.spacingL

            Item {
                implicitHeight: Theme.spacingS
            }

            // What happened, to what.
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    ToneChip {
                        text: root.audit.selectedActionLabel
                        meaning: root.audit.selectedActionTone
                    }
                    Text {
                        Layout.fillWidth: true
                        text: root.audit.selectedResourceLabel
                        horizontalAlignment: Text.AlignLeft
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                }
                TextEdit {
                    objectName: "auditSelectedResource"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    readOnly: true
                    selectByMouse: true
                    text: root.audit.selectedResourceId
                    wrapMode: TextEdit.WrapAnywhere
                    horizontalAlignment: TextEdit.AlignLeft
                    font.pixelSize: Theme.fontCaption + 1
                    font.family: Theme.monospace
                    color: Theme.textMuted
                    selectionColor: Theme.accent
                    selectedTextColor: "white"
                }
            }

            // Who, when, from where.
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Fact {
                    label: qsTr("When")
                    value: root.audit.selectedFullTime
                }
                Fact {
                    label: qsTr("Who")
                    value: root.audit.selectedActorName === root.audit.selectedActor
                           ? root.audit.selectedActor
                           : qsTr("%1 (%2)", "@info person (sign-in name)").arg(root.audit.selectedActorName).arg(root.audit.selectedActor)
                }
                Fact {
                    label: qsTr("On behalf of")
                    value: root.audit.selectedOnBehalfOf
                    monospace: true
                }
                Fact {
                    label: qsTr("From")
                    value: root.audit.selectedOrigin
                }
                Fact {
                    label: qsTr("Entry")
                    value: "#" + root.audit.selectedId
                    monospace: true
                }
            }

            // The way to the resource, or why there is none.
            Button {
                objectName: "auditOpenResource"
                visible: root.audit.linkPage.length > 0
                text: root.audit.linkLabel + (root.LayoutMirroring.enabled ? "  ←" : "  →")
                onClicked: root.openRequested()
            }
            Text {
                Layout.fillWidth: true
                visible: root.audit.linkPage.length === 0 && root.audit.linkLabel.length > 0
                text: root.audit.linkLabel
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Theme.fontBody
                font.italic: true
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: 1
                color: Theme.border
            }

            // Field by field.
            Text {
                Layout.fillWidth: true
                text: root.audit.selectedDiffTitle
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Theme.fontSubtitle
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Repeater {
                objectName: "auditDiff"
                model: root.audit.selectedDiff
                delegate: AuditDiffDelegate {
                    Layout.fillWidth: true
                }
            }

            Item {
                implicitHeight: Theme.spacingL
            }
        }
    }
}
