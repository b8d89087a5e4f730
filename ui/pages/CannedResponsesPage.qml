pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// Canned responses: replies the team reuses, inserted in the composer by typing /shortcut.
// Support and admins add, change and delete them; managers read them.
Rectangle {
    id: root

    color: Theme.background

    readonly property bool canEdit: responses.canEdit

    function openNew() {
        if (root.canEdit && !editor.visible && !deleteDialog.visible)
            editor.openFor("", "", "", "")
    }

    CannedResponseModel {
        id: responses
        workspace: Workspace
        onSaved: editor.close()
        onRemoved: deleteDialog.close()
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: root.visible && root.canEdit
        onActivated: root.openNew()
    }

    // One canned response: its shortcut, title and the start of its text.
    component ResponseRow: ItemDelegate {
        id: row

        required property string responseId
        required property string shortcut
        required property string title
        required property string body
        required property string bodyPreview
        property bool canEdit: false

        signal editRequested(string responseId, string shortcut, string title, string body)
        signal deleteRequested(string responseId, string shortcut)

        width: ListView.view ? ListView.view.width : implicitWidth
        hoverEnabled: true
        Accessible.name: qsTr("Canned response /%1, %2").arg(row.shortcut).arg(row.title)
        onDoubleClicked: if (row.canEdit) row.editRequested(row.responseId, row.shortcut, row.title, row.body)

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
            Text {
                objectName: "cannedShortcut"
                Layout.preferredWidth: 180
                Layout.maximumWidth: 180
                text: "/" + row.shortcut
                horizontalAlignment: Text.AlignLeft
                elide: Text.ElideRight
                font.family: Theme.monospace
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.accent
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: row.title
                    horizontalAlignment: Text.AlignLeft
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Text {
                    Layout.fillWidth: true
                    text: row.bodyPreview
                    horizontalAlignment: Text.AlignLeft
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontCaption + 1
                    color: Theme.textMuted
                    ToolTipArea { tip: row.body }
                }
            }
            Button {
                objectName: "cannedEditButton"
                visible: row.canEdit
                text: qsTr("Edit", "@action:button")
                flat: true
                onClicked: row.editRequested(row.responseId, row.shortcut, row.title, row.body)
            }
            Button {
                objectName: "cannedDeleteButton"
                visible: row.canEdit
                text: qsTr("Delete", "@action:button")
                flat: true
                palette.windowText: Theme.danger
                palette.buttonText: Theme.danger
                onClicked: row.deleteRequested(row.responseId, row.shortcut)
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
                title: qsTr("Canned responses", "@title:page")
                subtitle: qsTr("%n saved · type /shortcut in the composer to insert one", "", responses.count)
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "newCannedButton"
                    visible: root.canEdit
                    text: qsTr("New canned response…", "@action:button")
                    highlighted: true
                    enabled: !responses.busy
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

        // A failed delete (the dialog is closed by then).
        Rectangle {
            objectName: "cannedPageError"
            Layout.fillWidth: true
            visible: responses.actionError.length > 0 && !editor.visible && !deleteDialog.visible
            implicitHeight: pageErrorText.implicitHeight + Theme.spacingM * 2
            color: Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.12)
            Text {
                id: pageErrorText
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                anchors.leftMargin: Theme.spacingL
                anchors.rightMargin: Theme.spacingL
                text: qsTr("%1 (click to dismiss)").arg(responses.actionError)
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }
            MouseArea {
                anchors.fill: parent
                onClicked: responses.clearErrors()
            }
        }
        Text {
            objectName: "cannedReadOnlyNotice"
            Layout.fillWidth: true
            Layout.margins: Theme.spacingL
            Layout.bottomMargin: 0
            visible: !root.canEdit && Workspace.signedIn
            text: qsTr("Managers can read canned responses; support and admins add and change them.")
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
                id: responseList
                objectName: "cannedList"
                anchors.fill: parent
                anchors.margins: 1
                clip: true
                model: responses
                ScrollBar.vertical: ScrollBar {}
                delegate: ResponseRow {
                    canEdit: root.canEdit
                    onEditRequested: (responseId, shortcut, title, body) => editor.openFor(responseId, shortcut, title, body)
                    onDeleteRequested: (responseId, shortcut) => deleteDialog.ask(responseId, shortcut)
                }

                EmptyState {
                    anchors.fill: parent
                    visible: responseList.count === 0
                    busy: responses.loading
                    error: responses.errorString.length > 0
                    icon: "/"
                    title: error ? responses.errorString
                                 : busy ? qsTr("Loading canned responses…")
                                        : qsTr("No canned responses yet")
                    hint: error ? qsTr("Press F5 to try again. If it keeps failing, check that the database is reachable.")
                                : busy ? ""
                                       : root.canEdit
                                         ? qsTr("Press Ctrl+N to save a reply you write often, with a shortcut such as thanks. Then type /thanks in the composer and press Tab to insert it.")
                                         : qsTr("Support and admins save replies here; everyone then inserts them in the composer by typing /shortcut.")
                }
            }
        }
    }

    // Add or change one canned response.
    Dialog {
        id: editor
        objectName: "cannedEditor"

        property string responseId
        property bool triedSubmit: false
        readonly property bool creating: editor.responseId.length === 0

        function openFor(responseId: string, shortcut: string, title: string, body: string) {
            responses.clearErrors()
            editor.responseId = responseId
            editor.triedSubmit = false
            shortcutField.text = shortcut
            titleField.text = title
            bodyField.text = body
            editor.open()
            shortcutField.forceActiveFocus()
        }
        function submit() {
            editor.triedSubmit = true
            responses.save(editor.responseId, shortcutField.text, titleField.text, bodyField.text)
        }

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(600, parent.width - Theme.spacingXxl * 2)
        modal: true
        padding: Theme.spacingXl
        closePolicy: responses.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
        title: editor.creating ? qsTr("New canned response") : qsTr("Edit /%1").arg(shortcutField.text)
        onClosed: responses.clearErrors()

        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
        }
        header: Text {
            text: editor.title
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
                text: qsTr("Shortcut")
                color: Theme.text
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                // A shortcut reads left to right whatever the UI language.
                LayoutMirroring.enabled: false
                Text {
                    text: "/"
                    font.family: Theme.monospace
                    font.pixelSize: Theme.fontSubtitle
                    color: Theme.textMuted
                }
                TextField {
                    id: shortcutField
                    objectName: "cannedShortcutField"
                    Layout.fillWidth: true
                    enabled: !responses.busy
                    maximumLength: 40
                    placeholderText: qsTr("thanks")
                    font.family: Theme.monospace
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhLowercaseOnly
                    horizontalAlignment: TextInput.AlignLeft
                    onTextEdited: responses.clearErrors()
                    onAccepted: titleField.forceActiveFocus()
                }
            }
            FieldMessage {
                objectName: "cannedShortcutError"
                Layout.fillWidth: true
                problem: responses.shortcutError.length > 0 ? responses.shortcutError
                                                            : editor.triedSubmit || shortcutField.text.length > 0
                                                              ? responses.shortcutProblem(shortcutField.text, editor.responseId) : ""
                hint: qsTr("Lower-case letters, digits, - and _; up to 32 characters.")
            }

            Label {
                Layout.topMargin: Theme.spacingS
                text: qsTr("Title")
                color: Theme.text
            }
            TextField {
                id: titleField
                objectName: "cannedTitleField"
                Layout.fillWidth: true
                enabled: !responses.busy
                maximumLength: 120
                placeholderText: qsTr("e.g. Thank you")
                onTextEdited: responses.clearErrors()
                onAccepted: bodyField.forceActiveFocus()
            }
            FieldMessage {
                objectName: "cannedTitleError"
                Layout.fillWidth: true
                problem: responses.titleError.length > 0 ? responses.titleError
                                                         : editor.triedSubmit ? responses.titleProblem(titleField.text) : ""
                hint: qsTr("Shown next to the shortcut when someone types /.")
            }

            Label {
                Layout.topMargin: Theme.spacingS
                text: qsTr("Text")
                color: Theme.text
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: 140
                TextArea {
                    id: bodyField
                    objectName: "cannedBodyField"
                    enabled: !responses.busy
                    wrapMode: TextArea.Wrap
                    selectByMouse: true
                    onTextChanged: if (responses.bodyError.length > 0) responses.clearErrors()
                    placeholderText: qsTr("The reply it inserts, e.g. Thank you for your patience! Is there anything else I can help with?")
                    background: Rectangle {
                        radius: Theme.radiusSmall
                        color: Theme.surfaceRaised
                        border.color: bodyField.activeFocus ? Theme.accent : Theme.border
                    }
                }
            }
            FieldMessage {
                objectName: "cannedBodyError"
                Layout.fillWidth: true
                problem: responses.bodyError.length > 0 ? responses.bodyError
                                                        : editor.triedSubmit ? responses.bodyProblem(bodyField.text) : ""
                hint: qsTr("Up to 4,096 characters, WhatsApp's limit for one message.")
            }
            Text {
                objectName: "cannedEditorError"
                Layout.fillWidth: true
                visible: responses.actionError.length > 0
                text: responses.actionError
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
                enabled: !responses.busy
                onClicked: editor.close()
            }
            Button {
                objectName: "cannedSaveButton"
                Layout.bottomMargin: Theme.spacingXl
                text: responses.busy ? qsTr("Saving…") : editor.creating ? qsTr("Add", "@action:button") : qsTr("Save", "@action:button")
                highlighted: true
                enabled: !responses.busy
                onClicked: editor.submit()
            }
            Item { // the dialog's padding on the trailing side
                Layout.preferredWidth: Theme.spacingXl - Theme.spacingS
                Layout.preferredHeight: 1
            }
        }
    }

    Dialog {
        id: deleteDialog
        objectName: "cannedDeleteDialog"

        property string responseId
        property string shortcut

        function ask(responseId: string, shortcut: string) {
            responses.clearErrors()
            deleteDialog.responseId = responseId
            deleteDialog.shortcut = shortcut
            deleteDialog.open()
        }

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(460, parent.width - Theme.spacingXxl * 2)
        modal: true
        padding: Theme.spacingXl
        title: qsTr("Delete /%1?").arg(deleteDialog.shortcut)

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
                text: qsTr("Nobody on the team can insert it with /%1 any more. Messages already sent with it stay as they are.").arg(deleteDialog.shortcut)
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            Text {
                Layout.fillWidth: true
                visible: responses.actionError.length > 0
                text: responses.actionError
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
                objectName: "cannedConfirmDelete"
                Layout.bottomMargin: Theme.spacingXl
                text: qsTr("Delete", "@action:button")
                enabled: !responses.busy
                palette.button: Theme.danger
                palette.buttonText: "white"
                onClicked: responses.remove(deleteDialog.responseId)
            }
            Item { // the dialog's padding on the trailing side
                Layout.preferredWidth: Theme.spacingXl - Theme.spacingS
                Layout.preferredHeight: 1
            }
        }
    }
}
