pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// Adds or changes an alert rule: the metric it watches (with its unit), the comparison and
// threshold, how long the condition must hold before an incident opens, how long it must stay
// clear before the rule counts as recovered, the severity of its incidents and its switches.
// Each field says what is wrong with it, as the table's CHECKs would.
Dialog {
    id: root
    objectName: "alertRuleDialog"

    required property AlertRuleListModel rules
    property string ruleId
    property bool triedSubmit: false
    property int seriesId: -1
    property string comparator: ">"
    property string severity: "high"
    readonly property string severityLabel: {
        const choice = root.rules.severityChoices.find(c => c.value === root.severity)
        return choice ? choice.label : root.severity
    }
    readonly property bool creating: root.ruleId.length === 0
    readonly property string unit: root.rules.unitOf(root.seriesId)
    readonly property string preview: root.rules.previewCondition(root.seriesId, root.comparator, thresholdField.text, forField.text)

    /// @p rule: {ruleId, name, seriesId, comparator, thresholdText, forSeconds, recoverSeconds,
    /// severity, enabled, autoResolve}, or null for a new rule.
    function openFor(rule: var) {
        root.rules.clearErrors()
        root.triedSubmit = false
        root.ruleId = rule ? rule.ruleId : ""
        nameField.text = rule ? rule.name : ""
        root.seriesId = rule ? rule.seriesId : -1
        root.comparator = rule ? rule.comparator : ">"
        thresholdField.text = rule ? rule.thresholdText : ""
        forField.text = rule ? String(rule.forSeconds) : "60"
        recoverField.text = rule ? String(rule.recoverSeconds) : "60"
        root.severity = rule ? rule.severity : "high"
        enabledSwitch.checked = rule ? rule.enabled : true
        autoResolveSwitch.checked = rule ? rule.autoResolve : true
        root.open()
        nameField.forceActiveFocus()
    }
    function submit() {
        root.triedSubmit = true
        root.rules.save(root.ruleId, nameField.text, root.seriesId, root.comparator, thresholdField.text,
                        forField.text, recoverField.text, root.severity, enabledSwitch.checked,
                        autoResolveSwitch.checked)
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(620, parent.width - Theme.spacingXxl * 2)
    modal: true
    padding: Theme.spacingXl
    closePolicy: root.rules.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    title: root.creating ? qsTr("New alert rule") : qsTr("Edit alert rule")
    onClosed: root.rules.clearErrors()

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
    }
    header: Text {
        text: root.title
        padding: Theme.spacingXl
        bottomPadding: 0
        horizontalAlignment: Text.AlignLeft
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        color: Theme.text
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingXs
        LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
        LayoutMirroring.childrenInherit: true

        Label {
            text: qsTr("Name")
            color: Theme.text
        }
        TextField {
            id: nameField
            objectName: "ruleNameField"
            Layout.fillWidth: true
            enabled: !root.rules.busy
            maximumLength: 140
            placeholderText: qsTr("e.g. Delivery failures high")
            onTextEdited: root.rules.clearErrors()
        }
        FieldMessage {
            objectName: "ruleNameError"
            Layout.fillWidth: true
            problem: root.rules.nameError.length > 0 ? root.rules.nameError
                     : root.triedSubmit ? root.rules.nameProblem(nameField.text, root.ruleId) : ""
            hint: qsTr("Also the title of the incidents it opens.")
        }

        Label {
            Layout.topMargin: Theme.spacingS
            text: qsTr("Metric")
            color: Theme.text
        }
        FilterCombo {
            objectName: "ruleSeriesField"
            Layout.fillWidth: true
            choices: root.rules.seriesChoices
            value: root.seriesId
            displayText: currentIndex < 0 ? qsTr("Pick a metric…") : currentText
            onPicked: value => {
                root.seriesId = value
                root.rules.clearErrors()
            }
        }
        FieldMessage {
            objectName: "ruleSeriesError"
            Layout.fillWidth: true
            problem: root.rules.seriesError.length > 0 ? root.rules.seriesError
                     : root.triedSubmit ? root.rules.seriesProblem(root.seriesId) : ""
            hint: root.unit.length > 0 ? qsTr("Measured in %1.").arg(root.unit) : ""
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            spacing: Theme.spacingM
            ColumnLayout {
                Layout.preferredWidth: 1
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                Label {
                    text: qsTr("Fires when the value is")
                    color: Theme.text
                }
                FilterCombo {
                    objectName: "ruleComparatorField"
                    Layout.fillWidth: true
                    choices: root.rules.comparatorChoices
                    value: root.comparator
                    onPicked: value => root.comparator = value
                }
            }
            ColumnLayout {
                Layout.preferredWidth: 1
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                Label {
                    text: root.unit.length > 0 ? qsTr("Threshold (%1)").arg(root.unit) : qsTr("Threshold")
                    color: Theme.text
                }
                TextField {
                    id: thresholdField
                    objectName: "ruleThresholdField"
                    Layout.fillWidth: true
                    enabled: !root.rules.busy
                    placeholderText: qsTr("e.g. 25")
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    onTextEdited: root.rules.clearErrors()
                }
            }
        }
        FieldMessage {
            objectName: "ruleThresholdError"
            Layout.fillWidth: true
            problem: root.rules.thresholdError.length > 0 ? root.rules.thresholdError
                     : root.triedSubmit || thresholdField.text.length > 0 ? root.rules.thresholdProblem(thresholdField.text) : ""
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            spacing: Theme.spacingM
            ColumnLayout {
                Layout.preferredWidth: 1
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                Label {
                    text: qsTr("For (seconds)")
                    color: Theme.text
                }
                TextField {
                    id: forField
                    objectName: "ruleForField"
                    Layout.fillWidth: true
                    enabled: !root.rules.busy
                    inputMethodHints: Qt.ImhDigitsOnly
                    onTextEdited: root.rules.clearErrors()
                }
                FieldMessage {
                    objectName: "ruleForError"
                    Layout.fillWidth: true
                    problem: root.rules.forError.length > 0 ? root.rules.forError : root.rules.secondsProblem(forField.text)
                    hint: qsTr("How long it must hold before an incident opens; 0 opens at once.")
                }
            }
            ColumnLayout {
                Layout.preferredWidth: 1
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                Label {
                    text: qsTr("Recovery (seconds)")
                    color: Theme.text
                }
                TextField {
                    id: recoverField
                    objectName: "ruleRecoverField"
                    Layout.fillWidth: true
                    enabled: !root.rules.busy
                    inputMethodHints: Qt.ImhDigitsOnly
                    onTextEdited: root.rules.clearErrors()
                }
                FieldMessage {
                    objectName: "ruleRecoverError"
                    Layout.fillWidth: true
                    problem: root.rules.recoverError.length > 0 ? root.rules.recoverError : root.rules.secondsProblem(recoverField.text)
                    hint: qsTr("How long it must stay clear before the rule counts as recovered.")
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            spacing: Theme.spacingM
            Label {
                text: qsTr("Severity")
                color: Theme.text
            }
            FilterCombo {
                objectName: "ruleSeverityField"
                Layout.preferredWidth: 150
                choices: root.rules.severityChoices
                value: root.severity
                onPicked: value => root.severity = value
            }
            Item { Layout.fillWidth: true }
        }
        Switch {
            id: enabledSwitch
            objectName: "ruleEnabledField"
            text: qsTr("On: evaluated every 10 seconds")
            enabled: !root.rules.busy
        }
        Switch {
            id: autoResolveSwitch
            objectName: "ruleAutoResolveField"
            text: qsTr("Resolve its incident by itself once recovered")
            enabled: !root.rules.busy
        }
        Text {
            objectName: "rulePreview"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            visible: root.preview.length > 0
            text: qsTr("Opens an incident of severity %1 when %2.").arg(root.severityLabel).arg(root.preview)
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        Text {
            objectName: "ruleDialogError"
            Layout.fillWidth: true
            visible: root.rules.actionError.length > 0
            text: root.rules.actionError
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
            text: qsTr("Cancel")
            enabled: !root.rules.busy
            onClicked: root.close()
        }
        Button {
            objectName: "ruleSaveButton"
            Layout.bottomMargin: Theme.spacingXl
            text: root.rules.busy ? qsTr("Saving…") : root.creating ? qsTr("Add rule", "@action:button") : qsTr("Save", "@action:button")
            highlighted: true
            enabled: !root.rules.busy
            onClicked: root.submit()
        }
        Item { // the dialog's padding on the trailing side
            Layout.preferredWidth: Theme.spacingXl - Theme.spacingS
            Layout.preferredHeight: 1
        }
    }
}
