pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// Opens an incident by hand: title, severity, description and who handles it. Alert rules open
// most incidents by themselves; this is for what no rule watches.
Dialog {
    id: root
    objectName: "newIncidentDialog"

    required property IncidentListModel incidents
    /// [{value, label}] of the severities and of the people it can be assigned to ("" = nobody).
    property var severityChoices: []
    property var assigneeChoices: []
    property string assigneeId
    property bool triedSubmit: false
    property string severity: "high"

    function ask() {
        root.incidents.clearErrors()
        root.triedSubmit = false
        titleField.text = ""
        descriptionField.text = ""
        root.severity = "high"
        root.assigneeId = ""
        root.open()
        titleField.forceActiveFocus()
    }
    function submit() {
        root.triedSubmit = true
        root.incidents.openIncident(titleField.text, root.severity, descriptionField.text,
                                    root.assigneeId)
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(580, parent.width - Theme.spacingXxl * 2)
    modal: true
    padding: Theme.spacingXl
    closePolicy: root.incidents.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    title: qsTr("New incident")
    onClosed: root.incidents.clearErrors()

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
            text: qsTr("Title")
            color: Theme.text
        }
        TextField {
            id: titleField
            objectName: "newIncidentTitle"
            Layout.fillWidth: true
            enabled: !root.incidents.busy
            maximumLength: 240
            placeholderText: qsTr("What is wrong, e.g. Customers get no delivery receipts")
            onTextEdited: root.incidents.clearErrors()
            onAccepted: descriptionField.forceActiveFocus()
        }
        FieldMessage {
            objectName: "newIncidentTitleError"
            Layout.fillWidth: true
            problem: root.incidents.titleError.length > 0 ? root.incidents.titleError
                     : root.triedSubmit ? root.incidents.titleProblem(titleField.text) : ""
            hint: qsTr("Up to 200 characters.")
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            spacing: Theme.spacingM
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                Label {
                    text: qsTr("Severity")
                    color: Theme.text
                }
                FilterCombo {
                    objectName: "newIncidentSeverity"
                    Layout.fillWidth: true
                    choices: root.severityChoices
                    value: root.severity
                    onPicked: value => root.severity = value
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                Label {
                    text: qsTr("Assignee")
                    color: Theme.text
                }
                FilterCombo {
                    objectName: "newIncidentAssignee"
                    Layout.fillWidth: true
                    choices: root.assigneeChoices
                    value: root.assigneeId
                    onPicked: value => root.assigneeId = value
                }
            }
        }

        Label {
            Layout.topMargin: Theme.spacingS
            text: qsTr("Description")
            color: Theme.text
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 110
            TextArea {
                id: descriptionField
                objectName: "newIncidentDescription"
                enabled: !root.incidents.busy
                wrapMode: TextArea.Wrap
                selectByMouse: true
                placeholderText: qsTr("What you see, since when, who is affected (optional)")
                background: Rectangle {
                    radius: Theme.radiusSmall
                    color: Theme.surfaceRaised
                    border.color: descriptionField.activeFocus ? Theme.accent : Theme.border
                }
            }
        }
        FieldMessage {
            Layout.fillWidth: true
            problem: root.incidents.descriptionError
            hint: qsTr("Optional, up to 4,000 characters.")
        }
        Text {
            objectName: "newIncidentError"
            Layout.fillWidth: true
            visible: root.incidents.actionError.length > 0
            text: root.incidents.actionError
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
            enabled: !root.incidents.busy
            onClicked: root.close()
        }
        Button {
            objectName: "newIncidentConfirm"
            Layout.bottomMargin: Theme.spacingXl
            text: root.incidents.busy ? qsTr("Opening…") : qsTr("Open incident", "@action:button")
            highlighted: true
            enabled: !root.incidents.busy
            onClicked: root.submit()
        }
        Item { // the dialog's padding on the trailing side
            Layout.preferredWidth: Theme.spacingXl - Theme.spacingS
            Layout.preferredHeight: 1
        }
    }
}
