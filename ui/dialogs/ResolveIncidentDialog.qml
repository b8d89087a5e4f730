import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// Resolving needs a summary of what happened and what fixed it (the database refuses a resolve
// without one: ODI04). The summary goes into the timeline and the report.
Dialog {
    id: root
    objectName: "resolveDialog"

    required property IncidentDetail detail
    property bool triedSubmit: false
    readonly property string problem: root.detail.summaryProblem(summaryField.text)

    function ask() {
        root.detail.clearActionError()
        root.triedSubmit = false
        summaryField.text = ""
        root.open()
        summaryField.forceActiveFocus()
    }
    function submit() {
        root.triedSubmit = true
        if (root.problem.length === 0)
            root.detail.resolve(summaryField.text)
        else
            summaryField.forceActiveFocus()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent.width - Theme.spacingXxl * 2)
    modal: true
    padding: Theme.spacingXl
    closePolicy: root.detail.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    title: qsTr("Resolve “%1”").arg(root.detail.title)

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
        elide: Text.ElideRight
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingXs
        LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
        LayoutMirroring.childrenInherit: true

        Label {
            text: qsTr("Summary")
            color: Theme.text
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 130
            TextArea {
                id: summaryField
                objectName: "resolveSummaryField"
                enabled: !root.detail.busy
                wrapMode: TextArea.Wrap
                selectByMouse: true
                placeholderText: qsTr("What happened, what fixed it, and what follows, e.g. The Cloud API rejected our token; rotated it at 14:20 and the failures stopped.")
                onTextChanged: if (root.detail.actionError.length > 0) root.detail.clearActionError()
                Keys.onPressed: event => {
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                        root.submit()
                        event.accepted = true
                    }
                }
                background: Rectangle {
                    radius: Theme.radiusSmall
                    color: Theme.surfaceRaised
                    border.color: summaryField.activeFocus ? Theme.accent : Theme.border
                }
            }
        }
        FieldMessage {
            objectName: "resolveSummaryError"
            Layout.fillWidth: true
            problem: root.triedSubmit ? root.problem : ""
            hint: qsTr("Required. It goes into the timeline and the incident report. Ctrl+Enter resolves.")
        }
        Text {
            objectName: "resolveError"
            Layout.fillWidth: true
            visible: root.detail.actionError.length > 0
            text: root.detail.actionError
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
            enabled: !root.detail.busy
            onClicked: root.close()
        }
        Button {
            objectName: "resolveConfirm"
            Layout.bottomMargin: Theme.spacingXl
            text: root.detail.busy ? qsTr("Resolving…") : qsTr("Resolve", "@action:button")
            highlighted: true
            enabled: !root.detail.busy
            onClicked: root.submit()
        }
        Item { // the dialog's padding on the trailing side
            Layout.preferredWidth: Theme.spacingXl - Theme.spacingS
            Layout.preferredHeight: 1
        }
    }
}
