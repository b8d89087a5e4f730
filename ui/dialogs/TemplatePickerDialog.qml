pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// Pick an approved WhatsApp template, fill in its {{1}}, {{2}}, … and see the message the
// customer will read before sending it. Templates are the only messages WhatsApp delivers
// outside the 24-hour customer service window. Esc cancels.
Dialog {
    id: root

    // A send is in progress (the owner sends; the dialog only asks).
    property bool sending: false
    // Why the last send was refused, shown above the buttons.
    property string errorText

    // The person chose template name/language with these body parameters.
    signal templateChosen(string name, string language, var parameters)

    function openFresh() {
        search.text = ""
        root.focusedParameter = -1
        templates.clearSelection()
        root.open()
        search.forceActiveFocus()
    }
    function submit() {
        if (templates.readyToSend && !root.sending)
            root.templateChosen(templates.selectedName, templates.selectedLanguage, templates.parametersToSend())
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(880, parent.width - Theme.spacingXxl * 2)
    height: Math.min(600, parent.height - Theme.spacingXxl * 2)
    modal: true
    padding: Theme.spacingXl
    closePolicy: root.sending ? Popup.NoAutoClose : Popup.CloseOnEscape
    title: qsTr("Send a template", "@title:window")

    TemplateListModel {
        id: templates
        workspace: Workspace
        filterText: search.text
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
    }
    header: ColumnLayout {
        spacing: Theme.spacingXs
        Text {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingXl
            Layout.bottomMargin: 0
            text: root.title
            horizontalAlignment: Text.AlignLeft
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            color: Theme.text
            elide: Text.ElideRight
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXl
            Layout.rightMargin: Theme.spacingXl
            text: qsTr("Approved by WhatsApp in advance, templates can be sent at any time, also after the 24-hour customer service window has closed.")
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingL
        LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
        LayoutMirroring.childrenInherit: true

        // The templates, searchable by name.
        ColumnLayout {
            Layout.preferredWidth: 300
            Layout.maximumWidth: 300
            Layout.fillHeight: true
            spacing: Theme.spacingS

            TextField {
                id: search
                objectName: "templateSearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Search templates by name")
                Keys.onDownPressed: {
                    templateList.forceActiveFocus()
                    if (templateList.currentIndex < 0 && templateList.count > 0)
                        templateList.currentIndex = 0
                }
                onAccepted: {
                    if (templateList.count > 0) {
                        templates.select(0)
                        root.focusFirstParameter()
                    }
                }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surfaceRaised
                border.color: Theme.border
                clip: true

                ListView {
                    id: templateList
                    objectName: "templateList"
                    anchors.fill: parent
                    anchors.margins: 1
                    clip: true
                    model: templates
                    currentIndex: -1
                    keyNavigationEnabled: true
                    ScrollBar.vertical: ScrollBar {}
                    Keys.onReturnPressed: {
                        templates.select(templateList.currentIndex)
                        root.focusFirstParameter()
                    }
                    delegate: ItemDelegate {
                        id: templateRow
                        required property int index
                        required property string name
                        required property string language
                        required property string categoryLabel
                        required property int parameterCount
                        required property bool selected

                        objectName: "template_" + templateRow.name
                        width: ListView.view.width
                        highlighted: templateRow.selected
                        onClicked: {
                            templateList.currentIndex = templateRow.index
                            templates.select(templateRow.index)
                            root.focusFirstParameter()
                        }
                        background: Rectangle {
                            color: templateRow.selected ? Theme.selection
                                                        : templateRow.hovered || templateRow.ListView.isCurrentItem ? Theme.hover : "transparent"
                            Rectangle {
                                anchors.bottom: parent.bottom
                                width: parent.width
                                height: 1
                                color: Theme.border
                            }
                        }
                        contentItem: ColumnLayout {
                            spacing: 2
                            Text {
                                Layout.fillWidth: true
                                text: templateRow.name
                                horizontalAlignment: Text.AlignLeft
                                elide: Text.ElideRight
                                font.family: Theme.monospace
                                font.pixelSize: Theme.fontBody
                                font.weight: Font.DemiBold
                                color: Theme.text
                            }
                            Text {
                                Layout.fillWidth: true
                                text: templateRow.parameterCount > 0
                                      ? qsTr("%1 · %2 · %n parameter(s)", "", templateRow.parameterCount).arg(templateRow.language).arg(templateRow.categoryLabel)
                                      : qsTr("%1 · %2 · no parameters").arg(templateRow.language).arg(templateRow.categoryLabel)
                                horizontalAlignment: Text.AlignLeft
                                elide: Text.ElideRight
                                font.pixelSize: Theme.fontCaption
                                color: Theme.textMuted
                            }
                        }
                    }

                    EmptyState {
                        anchors.fill: parent
                        visible: templateList.count === 0
                        busy: templates.loading
                        error: templates.errorString.length > 0
                        title: error ? templates.errorString
                                     : busy ? qsTr("Loading templates…")
                                            : templates.totalCount > 0 ? qsTr("No template matches “%1”").arg(search.text)
                                                                       : qsTr("No approved templates")
                        hint: error || busy ? ""
                                            : templates.totalCount > 0 ? qsTr("Try part of the name.")
                                                                       : qsTr("Create templates in WhatsApp Manager; once Meta approves them, opsdeskd syncs them here.")
                    }
                }
            }
        }

        // The chosen template: its parameters and the message as the customer will see it.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingS

            EmptyState {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: !templates.hasSelection
                icon: "☰"
                title: qsTr("Choose a template")
                hint: qsTr("Its parameters and a preview of the message appear here.")
            }

            RowLayout {
                Layout.fillWidth: true
                visible: templates.hasSelection
                spacing: Theme.spacingS
                Text {
                    Layout.fillWidth: true
                    text: templates.selectedName
                    horizontalAlignment: Text.AlignLeft
                    elide: Text.ElideRight
                    font.family: Theme.monospace
                    font.pixelSize: Theme.fontSubtitle
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                StatusChip {
                    text: templates.selectedLanguage
                    tone: Theme.info
                }
                StatusChip {
                    text: templates.selectedCategoryLabel
                    tone: Theme.accent
                }
            }

            // One field per {{n}}.
            GridLayout {
                id: parameterGrid
                Layout.fillWidth: true
                visible: templates.hasSelection && templates.selectedParameterCount > 0
                columns: 2
                columnSpacing: Theme.spacingM
                rowSpacing: Theme.spacingXs

                Repeater {
                    id: parameterFields
                    model: templates.hasSelection ? templates.selectedParameterCount : 0
                    delegate: ParameterRow {
                        id: parameterItem
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        value: parameterItem.index < templates.parameters.length ? templates.parameters[parameterItem.index] : ""
                        wantsFocus: root.focusedParameter === parameterItem.index
                        onEdited: text => templates.setParameter(parameterItem.index, text)
                        onAccepted: {
                            if (parameterItem.index + 1 < templates.selectedParameterCount)
                                root.focusedParameter = parameterItem.index + 1
                            else
                                root.submit()
                        }
                    }
                }
            }

            Label {
                Layout.topMargin: Theme.spacingS
                visible: templates.hasSelection
                text: qsTr("Preview")
                color: Theme.textMuted
                font.pixelSize: Theme.fontCaption
            }
            // The message as a WhatsApp bubble, on the chat's own background.
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: templates.hasSelection
                radius: Theme.radius
                color: Theme.background
                border.color: Theme.border
                clip: true

                Flickable {
                    id: previewFlick
                    anchors.fill: parent
                    anchors.margins: Theme.spacingM
                    contentHeight: bubble.height
                    clip: true
                    ScrollBar.vertical: ScrollBar {}

                    Rectangle {
                        id: bubble
                        anchors.right: parent.right
                        width: Math.min(previewFlick.width, preview.implicitWidth + Theme.spacingM * 2)
                        height: preview.implicitHeight + Theme.spacingS * 2
                        radius: Theme.radius
                        color: Theme.bubbleOutbound
                        border.color: Theme.border

                        Text {
                            id: preview
                            objectName: "templatePreview"
                            anchors.fill: parent
                            anchors.margins: Theme.spacingS
                            anchors.leftMargin: Theme.spacingM
                            anchors.rightMargin: Theme.spacingM
                            text: templates.selectedPreview
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                        }
                    }
                }
            }
            FieldMessage {
                objectName: "templateProblem"
                Layout.fillWidth: true
                visible: templates.hasSelection
                problem: ""
                hint: templates.parametersProblem
            }
        }
    }

    footer: ColumnLayout {
        spacing: Theme.spacingS
        LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
        LayoutMirroring.childrenInherit: true

        Text {
            objectName: "templateSendError"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXl
            Layout.rightMargin: Theme.spacingXl
            visible: root.errorText.length > 0
            text: root.errorText
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.danger
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacingXl
            spacing: Theme.spacingS
            Item { // the dialog's padding on the leading side
                Layout.preferredWidth: Theme.spacingXl - Theme.spacingS
                Layout.preferredHeight: 1
            }
            Button {
                objectName: "templateSyncButton"
                text: qsTr("Sync from WhatsApp", "@action:button")
                flat: true
                onClicked: Workspace.requestTemplateSync()
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Templates approved in WhatsApp Manager since the last sync appear here within seconds.")
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "templateCancelButton"
                text: qsTr("Cancel")
                enabled: !root.sending
                onClicked: root.reject()
            }
            Button {
                objectName: "templateSendButton"
                text: root.sending ? qsTr("Sending…") : qsTr("Send template", "@action:button")
                highlighted: true
                enabled: templates.readyToSend && !root.sending
                onClicked: root.submit()
            }
            Item { // the dialog's padding on the trailing side
                Layout.preferredWidth: Theme.spacingXl - Theme.spacingS
                Layout.preferredHeight: 1
            }
        }
    }

    // The parameter field that should have the keyboard (-1: none), e.g. {{1}} once a template
    // is chosen.
    property int focusedParameter: -1
    function focusFirstParameter() {
        root.focusedParameter = -1
        root.focusedParameter = 0
    }

    // "{{n}}" and its value.
    component ParameterRow: RowLayout {
        id: parameterRow

        required property int index
        property string value
        // Takes the keyboard when this becomes true (or is created with it true).
        property bool wantsFocus: false

        signal edited(string text)
        signal accepted()

        onWantsFocusChanged: if (parameterRow.wantsFocus) field.forceActiveFocus()
        Component.onCompleted: if (parameterRow.wantsFocus) field.forceActiveFocus()

        spacing: Theme.spacingM
        Label {
            Layout.preferredWidth: 44
            text: "{{" + (parameterRow.index + 1) + "}}"
            font.family: Theme.monospace
            color: Theme.textMuted
        }
        TextField {
            id: field
            objectName: "templateParameter" + (parameterRow.index + 1)
            Layout.fillWidth: true
            maximumLength: 1024
            text: parameterRow.value
            placeholderText: qsTr("Value for {{%1}}").arg(parameterRow.index + 1)
            Accessible.name: qsTr("Parameter %1").arg(parameterRow.index + 1)
            onTextEdited: parameterRow.edited(field.text)
            onAccepted: parameterRow.accepted()
        }
    }
}
