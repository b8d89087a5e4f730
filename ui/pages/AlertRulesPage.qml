pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// Alert rules: what opsdeskd watches and when it opens an incident. Each rule shows its
// condition, severity, switches and where it stands now (Normal, Pending since …, Alerting since
// … with a link to its incident, Recovering), live. Admins add, change, switch and delete
// rules; managers read them.
Rectangle {
    id: root

    color: Theme.background

    readonly property bool canEdit: rules.canEdit
    readonly property bool popupOpen: ruleDialog.opened || deleteDialog.opened

    function openNew() {
        if (root.canEdit && !root.popupOpen)
            ruleDialog.openFor(null)
    }

    AlertRuleListModel {
        id: rules
        workspace: Workspace
        onSaved: ruleDialog.close()
        onRemoved: deleteDialog.close()
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: root.visible && root.canEdit && !root.popupOpen
        onActivated: root.openNew()
    }

    // One rule: name and condition, severity, live state, switches and actions.
    component RuleRow: ItemDelegate {
        id: row

        required property var model
        required property string ruleId
        required property string name
        required property string conditionLabel
        required property string recoverLabel
        required property string severityLabel
        required property string severityMeaning
        required property bool enabled
        required property bool autoResolve
        required property string stateLabel
        required property string stateMeaning
        required property string lastValueLabel
        required property string incidentId

        width: ListView.view ? ListView.view.width : implicitWidth
        hoverEnabled: true
        Accessible.name: qsTr("Alert rule %1: %2, %3").arg(row.name).arg(row.conditionLabel).arg(row.stateLabel)
        onDoubleClicked: if (root.canEdit) ruleDialog.openFor(row.model)

        background: Rectangle {
            color: row.hovered ? Theme.hover : "transparent"
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.border
            }
        }
        contentItem: RowLayout {
            spacing: Theme.spacingM
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 3
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    Text {
                        objectName: "ruleName"
                        text: row.name
                        horizontalAlignment: Text.AlignLeft
                        elide: Text.ElideRight
                        Layout.maximumWidth: 320
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        color: row.enabled ? Theme.text : Theme.textMuted
                    }
                    ToneChip {
                        text: row.severityLabel
                        meaning: row.severityMeaning
                    }
                    Item { Layout.fillWidth: true }
                }
                Text {
                    objectName: "ruleCondition"
                    Layout.fillWidth: true
                    text: row.conditionLabel
                    horizontalAlignment: Text.AlignLeft
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
                Text {
                    Layout.fillWidth: true
                    text: row.recoverLabel + " · " + (row.autoResolve ? qsTr("resolves its incident by itself") : qsTr("incidents are resolved by hand"))
                    horizontalAlignment: Text.AlignLeft
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontCaption + 1
                    color: Theme.textMuted
                }
            }
            ColumnLayout {
                Layout.preferredWidth: 210
                spacing: 3
                ToneChip {
                    objectName: "ruleState"
                    text: row.stateLabel
                    meaning: row.stateMeaning
                }
                Text {
                    objectName: "ruleLastValue"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: row.lastValueLabel
                    horizontalAlignment: Text.AlignLeft
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontCaption + 1
                    color: Theme.textMuted
                }
                Text {
                    objectName: "ruleIncidentLink"
                    visible: row.incidentId.length > 0
                    text: qsTr("Open its incident →")
                    font.pixelSize: Theme.fontCaption + 1
                    color: Theme.accent
                    MouseArea {
                        anchors.fill: parent
                        hoverEnabled: true
                        cursorShape: Qt.PointingHandCursor
                        onClicked: Navigation.openAt("incidents", row.incidentId)
                    }
                }
            }
            Switch {
                objectName: "ruleEnabledSwitch"
                checked: row.enabled
                enabled: root.canEdit && !rules.busy
                Accessible.name: qsTr("Rule %1 on").arg(row.name)
                onToggled: rules.setEnabled(row.ruleId, checked)
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: row.enabled ? qsTr("On: evaluated every 10 seconds") : qsTr("Off: never fires")
                ToolTipArea {
                    visible: !root.canEdit
                    tip: rules.readOnlyReason
                }
            }
            Button {
                objectName: "ruleEditButton"
                Layout.preferredWidth: implicitContentWidth + Theme.spacingL * 2
                visible: root.canEdit
                text: qsTr("Edit", "@action:button")
                flat: true
                onClicked: ruleDialog.openFor(row.model)
            }
            Button {
                objectName: "ruleDeleteButton"
                Layout.preferredWidth: implicitContentWidth + Theme.spacingL * 2
                visible: root.canEdit
                text: qsTr("Delete", "@action:button")
                flat: true
                palette.windowText: Theme.danger
                palette.buttonText: Theme.danger
                onClicked: deleteDialog.ask(row.ruleId, row.name)
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: header.implicitHeight + Theme.spacingL * 2
            color: Theme.surface
            PageHeader {
                id: header
                anchors.fill: parent
                anchors.margins: Theme.spacingL
                title: qsTr("Alert rules", "@title:page")
                subtitle: qsTr("%n rule(s) · evaluated every 10 seconds by opsdeskd", "", rules.count)
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "newRuleButton"
                    visible: root.canEdit
                    text: qsTr("New rule…", "@action:button")
                    highlighted: true
                    enabled: !rules.busy
                    onClicked: root.openNew()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Ctrl+N")
                    ToolTip.delay: 500
                }
            }
        }
        Rectangle {
            Layout.fillWidth: true
            height: 1
            color: Theme.border
        }
        Rectangle {
            objectName: "rulesPageError"
            Layout.fillWidth: true
            visible: rules.actionError.length > 0 && !root.popupOpen
            implicitHeight: pageErrorText.implicitHeight + Theme.spacingM * 2
            color: Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.12)
            Text {
                id: pageErrorText
                objectName: "rulesPageErrorText"
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                anchors.leftMargin: Theme.spacingL
                anchors.rightMargin: Theme.spacingL
                text: qsTr("%1 (click to dismiss)").arg(rules.actionError)
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }
            MouseArea {
                anchors.fill: parent
                onClicked: rules.clearErrors()
            }
        }
        Text {
            objectName: "rulesReadOnlyNotice"
            Layout.fillWidth: true
            Layout.margins: Theme.spacingL
            Layout.bottomMargin: 0
            visible: !root.canEdit && Workspace.signedIn
            text: rules.readOnlyReason
            horizontalAlignment: Text.AlignLeft
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacingL
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            clip: true

            ListView {
                id: ruleList
                objectName: "ruleList"
                anchors.fill: parent
                anchors.margins: 1
                clip: true
                model: rules
                ScrollBar.vertical: ScrollBar {}
                delegate: RuleRow {}

                EmptyState {
                    objectName: "rulesEmpty"
                    anchors.fill: parent
                    visible: ruleList.count === 0
                    busy: rules.loading
                    error: rules.errorString.length > 0
                    icon: "◔"
                    title: error ? rules.errorString
                                 : busy ? qsTr("Loading alert rules…")
                                        : qsTr("No alert rules yet")
                    hint: error ? qsTr("Press F5 to try again. If it keeps failing, check that the database is reachable.")
                                : busy ? ""
                                       : root.canEdit
                                         ? qsTr("Press Ctrl+N to add one, e.g. “Delivery failure rate > 25 % for 1 min”: it opens an incident when failures climb and resolves it once they settle.")
                                         : qsTr("Admins add rules here, e.g. “Delivery failure rate > 25 % for 1 min”; their incidents then appear under Incidents.")
                }
            }
        }
    }

    AlertRuleDialog {
        id: ruleDialog
        rules: rules
    }

    Dialog {
        id: deleteDialog
        objectName: "ruleDeleteDialog"

        property string ruleId
        property string ruleName

        function ask(ruleId: string, ruleName: string) {
            rules.clearErrors()
            deleteDialog.ruleId = ruleId
            deleteDialog.ruleName = ruleName
            deleteDialog.open()
        }

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(460, parent.width - Theme.spacingXxl * 2)
        modal: true
        padding: Theme.spacingXl
        title: qsTr("Delete “%1”?").arg(deleteDialog.ruleName)

        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
        }
        header: Text {
            text: deleteDialog.title
            padding: Theme.spacingXl
            bottomPadding: 0
            horizontalAlignment: Text.AlignLeft
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            color: Theme.text
            elide: Text.ElideRight
        }
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingS
            LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
            LayoutMirroring.childrenInherit: true
            Text {
                Layout.fillWidth: true
                text: qsTr("It stops watching its metric at once. Incidents it opened stay, with their timelines; they no longer resolve by themselves.")
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            Text {
                Layout.fillWidth: true
                visible: rules.actionError.length > 0
                text: rules.actionError
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.danger
            }
        }
        footer: RowLayout {
            spacing: Theme.spacingS
            LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
            Item {
                Layout.fillWidth: true
            }
            Button {
                Layout.bottomMargin: Theme.spacingXl
                text: qsTr("Keep it")
                onClicked: deleteDialog.close()
            }
            Button {
                objectName: "ruleConfirmDelete"
                Layout.bottomMargin: Theme.spacingXl
                text: qsTr("Delete", "@action:button")
                enabled: !rules.busy
                palette.button: Theme.danger
                palette.buttonText: "white"
                onClicked: rules.remove(deleteDialog.ruleId)
            }
            Item { // the dialog's padding on the trailing side
                Layout.preferredWidth: Theme.spacingXl - Theme.spacingS
                Layout.preferredHeight: 1
            }
        }
    }
}
