pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// The bar under a thread: a reply (free text up to WhatsApp's 4,096 characters) or a private
// note for the team, canned responses typed as /shortcut, and approved templates (Ctrl+T), the
// only thing WhatsApp lets through once the customer's 24-hour window has closed.
// Enter sends, Shift+Enter starts a new line.
Rectangle {
    id: root

    // The conversation to write to (conversations.id); empty shows the bar disabled.
    property string conversationId
    // The signed-in person may write to customers; managers may not (the database refuses them
    // anyway). Defaults to what their role allows.
    property bool canSend: controller.permitted
    // What the bar says instead when canSend is false.
    property string readOnlyReason: qsTr("Managers can read conversations but not reply.")
    // The 24-hour customer service window as the composer sees it (followed live, to the second).
    readonly property bool windowOpen: controller.windowOpen
    readonly property string windowLabel: controller.windowLabel
    readonly property bool noteMode: controller.mode === ComposerController.Note
    // The state behind the bar (text, mode, window, sending), for the page and tests.
    readonly property ComposerController composerController: controller

    // A reply, template or note was stored (and, except notes, queued for sending).
    signal sent(string messageId)

    function focusInput() {
        if (input.enabled)
            input.forceActiveFocus()
        else if (chooseTemplate.visible)
            chooseTemplate.forceActiveFocus()
    }
    function openTemplatePicker() {
        if (!root.canSend || root.conversationId.length === 0 || picker.visible)
            return
        controller.clearError()
        picker.openFresh()
    }
    function submit() {
        if (root.canSend && controller.canSend)
            controller.send()
    }
    function pickSuggestion(row: int) {
        const suggestions = controller.cannedSuggestions
        if (row < 0 || row >= suggestions.length)
            return
        controller.expandCanned(suggestions[row].shortcut)
        input.cursorPosition = input.length
    }

    // Escape hides the canned suggestions until the text changes again.
    property bool suggestionsDismissed: false
    readonly property bool suggesting: controller.cannedSuggestions.length > 0 && input.activeFocus
                                       && !root.suggestionsDismissed

    implicitHeight: column.implicitHeight + Theme.spacingM * 2
    // A note is written on amber, like the notes in the thread: never mistaken for a reply.
    color: root.noteMode ? Theme.bubbleNote : Theme.surface

    // Reply / Private note: the active one tinted in its mode's colour.
    component ModeButton: Button {
        id: modeButton
        property bool active: false
        property color tone: Theme.accent
        flat: true
        font.pixelSize: Theme.fontBody
        font.weight: modeButton.active ? Font.DemiBold : Font.Normal
        topPadding: Theme.spacingXs
        bottomPadding: Theme.spacingXs
        Accessible.role: Accessible.RadioButton
        Accessible.checked: modeButton.active
        background: Rectangle {
            radius: Theme.radiusSmall
            color: modeButton.active ? Qt.rgba(modeButton.tone.r, modeButton.tone.g, modeButton.tone.b, 0.16)
                                     : modeButton.hovered ? Theme.hover : "transparent"
            border.color: modeButton.active ? modeButton.tone : "transparent"
        }
        contentItem: Text {
            text: modeButton.text
            font: modeButton.font
            color: modeButton.active ? Theme.text : Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }

    ComposerController {
        id: controller
        workspace: Workspace
        conversationId: root.conversationId
        onSent: messageId => root.sent(messageId)
        onTextChanged: root.suggestionsDismissed = false
    }

    Shortcut {
        sequence: "Ctrl+T"
        enabled: root.visible && root.canSend && root.conversationId.length > 0
        onActivated: root.openTemplatePicker()
    }

    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: root.noteMode ? 2 : 1
        color: root.noteMode ? Theme.warning : Theme.border
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        spacing: Theme.spacingS

        // Reply or private note, and what the chosen mode means.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            visible: root.canSend

            ModeButton {
                objectName: "composerReplyMode"
                text: qsTr("Reply", "@option:radio composer mode")
                active: !root.noteMode
                onClicked: {
                    controller.mode = ComposerController.Reply
                    root.focusInput()
                }
            }
            ModeButton {
                objectName: "composerNoteMode"
                text: qsTr("Private note", "@option:radio composer mode")
                tone: Theme.warning
                active: root.noteMode
                onClicked: {
                    controller.mode = ComposerController.Note
                    root.focusInput()
                }
            }
            Text {
                objectName: "composerModeHint"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingS
                text: root.noteMode ? qsTr("Only your team sees notes. They are never sent to the customer.")
                                    : controller.windowLabel
                horizontalAlignment: Text.AlignLeft
                elide: Text.ElideRight
                font.pixelSize: Theme.fontCaption + 1
                font.weight: root.noteMode ? Font.DemiBold : Font.Normal
                color: root.noteMode ? Theme.warning : Theme.textMuted
            }
        }

        // Managers read along.
        Text {
            objectName: "composerReadOnlyNotice"
            Layout.fillWidth: true
            visible: !root.canSend
            text: root.readOnlyReason
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }

        // Outside the 24-hour window a reply can only be an approved template.
        Rectangle {
            objectName: "composerClosedBanner"
            Layout.fillWidth: true
            visible: root.canSend && controller.templateOnly
            implicitHeight: bannerRow.implicitHeight + Theme.spacingM * 2
            radius: Theme.radius
            color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, Theme.dark ? 0.2 : 0.12)
            border.color: Theme.warning

            RowLayout {
                id: bannerRow
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                spacing: Theme.spacingM
                Text {
                    objectName: "composerClosedReason"
                    Layout.fillWidth: true
                    text: controller.windowClosedReason
                    horizontalAlignment: Text.AlignLeft
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
                Button {
                    id: chooseTemplate
                    objectName: "composerChooseTemplate"
                    text: qsTr("Choose template…", "@action:button")
                    highlighted: true
                    enabled: !controller.sending
                    onClicked: root.openTemplatePicker()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Ctrl+T")
                    ToolTip.delay: 500
                }
            }
        }

        // The text, the template button and Send.
        RowLayout {
            Layout.fillWidth: true
            visible: root.canSend && !controller.templateOnly
            spacing: Theme.spacingS

            Rectangle {
                id: inputBox
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignBottom
                // Grows with the text up to six lines, then scrolls.
                implicitHeight: Math.min(input.implicitHeight, metrics.lineSpacing * 6 + input.topPadding + input.bottomPadding)
                radius: Theme.radius
                color: root.noteMode ? Qt.lighter(Theme.bubbleNote, Theme.dark ? 1.15 : 1.02) : Theme.surfaceRaised
                border.color: input.activeFocus ? (root.noteMode ? Theme.warning : Theme.accent) : Theme.border
                border.width: input.activeFocus ? 1.5 : 1

                FontMetrics {
                    id: metrics
                    font: input.font
                }

                ScrollView {
                    id: scroller
                    anchors.fill: parent
                    clip: true

                    TextArea {
                        id: input
                        objectName: "composerInput"
                        enabled: root.canSend && root.conversationId.length > 0 && !controller.templateOnly
                        text: controller.text
                        onTextChanged: controller.text = input.text
                        wrapMode: TextArea.Wrap
                        selectByMouse: true
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        placeholderText: root.noteMode ? qsTr("Write a private note for your team…")
                                                       : qsTr("Write a reply… Type / for canned responses")
                        placeholderTextColor: Theme.textMuted
                        leftPadding: Theme.spacingM
                        rightPadding: Theme.spacingM
                        topPadding: Theme.spacingS
                        bottomPadding: Theme.spacingS
                        background: null
                        Accessible.name: root.noteMode ? qsTr("Private note") : qsTr("Reply")

                        // The suggestions keep the keys they need while shown.
                        Keys.onShortcutOverride: event => {
                            if (root.suggesting && [Qt.Key_Up, Qt.Key_Down, Qt.Key_Tab, Qt.Key_Escape,
                                                    Qt.Key_Return, Qt.Key_Enter].includes(event.key))
                                event.accepted = true
                        }
                        Keys.onPressed: event => {
                            const enter = event.key === Qt.Key_Return || event.key === Qt.Key_Enter
                            const shift = (event.modifiers & Qt.ShiftModifier) !== 0
                            if (root.suggesting) {
                                if (event.key === Qt.Key_Down) {
                                    suggestionList.currentIndex = (suggestionList.currentIndex + 1) % suggestionList.count
                                    event.accepted = true
                                } else if (event.key === Qt.Key_Up) {
                                    suggestionList.currentIndex = (suggestionList.currentIndex + suggestionList.count - 1) % suggestionList.count
                                    event.accepted = true
                                } else if ((enter && !shift) || event.key === Qt.Key_Tab) {
                                    root.pickSuggestion(suggestionList.currentIndex)
                                    event.accepted = true
                                } else if (event.key === Qt.Key_Escape) {
                                    root.suggestionsDismissed = true
                                    event.accepted = true
                                }
                                if (event.accepted)
                                    return
                            }
                            if (!enter)
                                return
                            event.accepted = true
                            if (shift)
                                input.insert(input.cursorPosition, "\n")
                            else if ((event.modifiers & ~Qt.KeypadModifier) === Qt.NoModifier)
                                root.submit()
                        }
                    }
                }

                // Canned responses for the "/word" being typed, above the text.
                Popup {
                    id: suggestionPopup
                    objectName: "composerSuggestions"
                    visible: root.suggesting
                    y: -suggestionPopup.height - Theme.spacingXs
                    width: inputBox.width
                    height: Math.min(suggestionList.contentHeight, 280) + suggestionPopup.topPadding + suggestionPopup.bottomPadding
                    padding: Theme.spacingXs
                    closePolicy: Popup.NoAutoClose
                    background: Rectangle {
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.border
                    }

                    ListView {
                        id: suggestionList
                        objectName: "composerSuggestionList"
                        anchors.fill: parent
                        clip: true
                        model: controller.cannedSuggestions
                        currentIndex: 0
                        onCountChanged: suggestionList.currentIndex = 0
                        delegate: ItemDelegate {
                            id: suggestion
                            required property var modelData
                            required property int index
                            width: ListView.view.width
                            highlighted: ListView.isCurrentItem
                            onClicked: root.pickSuggestion(suggestion.index)
                            contentItem: ColumnLayout {
                                spacing: 0
                                RowLayout {
                                    spacing: Theme.spacingS
                                    Text {
                                        text: "/" + suggestion.modelData.shortcut
                                        font.family: Theme.monospace
                                        font.pixelSize: Theme.fontBody
                                        font.weight: Font.DemiBold
                                        color: Theme.accent
                                    }
                                    Text {
                                        Layout.fillWidth: true
                                        text: suggestion.modelData.title
                                        horizontalAlignment: Text.AlignLeft
                                        elide: Text.ElideRight
                                        font.pixelSize: Theme.fontBody
                                        color: Theme.text
                                    }
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: suggestion.modelData.preview
                                    horizontalAlignment: Text.AlignLeft
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontCaption
                                    color: Theme.textMuted
                                }
                            }
                            background: Rectangle {
                                radius: Theme.radiusSmall
                                color: suggestion.highlighted ? Theme.selection : suggestion.hovered ? Theme.hover : "transparent"
                            }
                        }
                    }
                }
            }
            Button {
                objectName: "composerTemplateButton"
                Layout.alignment: Qt.AlignBottom
                enabled: root.conversationId.length > 0 && !controller.sending
                text: qsTr("Template", "@action:button")
                flat: true
                onClicked: root.openTemplatePicker()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Send an approved template (Ctrl+T)")
                ToolTip.delay: 500
            }
            Button {
                objectName: "composerSend"
                Layout.alignment: Qt.AlignBottom
                text: controller.sending ? qsTr("Sending…")
                                         : root.noteMode ? qsTr("Add note", "@action:button")
                                                         : qsTr("Send", "@action:button")
                highlighted: true
                enabled: root.canSend && controller.canSend
                // Basic style draws a highlighted button with dark + brightText: amber for notes.
                palette.dark: root.noteMode ? Theme.warning : Theme.accent
                palette.brightText: "white"
                // The palette colours every state alike: disabled has to look it.
                opacity: enabled ? 1 : 0.4
                onClicked: root.submit()
            }
        }

        // Keys, and how much of WhatsApp's limit is used.
        RowLayout {
            Layout.fillWidth: true
            visible: root.canSend && !controller.templateOnly
            spacing: Theme.spacingM
            Text {
                Layout.fillWidth: true
                text: root.noteMode ? qsTr("Enter adds the note · Shift+Enter for a new line")
                                    : qsTr("Enter to send · Shift+Enter for a new line · / for canned responses · Ctrl+T for templates")
                horizontalAlignment: Text.AlignLeft
                elide: Text.ElideRight
                font.pixelSize: Theme.fontCaption
                color: Theme.textMuted
            }
            Text {
                objectName: "composerCounter"
                Layout.alignment: Qt.AlignRight
                text: controller.counterLabel
                font.pixelSize: Theme.fontCaption
                font.weight: controller.overLimit ? Font.DemiBold : Font.Normal
                color: controller.overLimit ? Theme.danger : Theme.textMuted
                ToolTipArea {
                    tip: controller.overLimit ? qsTr("WhatsApp takes at most %1 characters in one message.").arg(controller.characterLimit) : ""
                }
            }
        }

        // Why the last send was refused, in the database's words.
        Text {
            objectName: "composerError"
            Layout.fillWidth: true
            visible: controller.errorString.length > 0 && !picker.visible
            text: controller.errorString
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.danger
        }
    }

    TemplatePickerDialog {
        id: picker
        sending: controller.sending
        errorText: controller.errorString
        onTemplateChosen: (name, language, parameters) => controller.sendTemplate(name, language, parameters)
        onClosed: root.focusInput()
    }
    Connections {
        target: controller
        function onSent() {
            if (picker.visible)
                picker.close()
        }
        // A draft brought back continues where it ends.
        function onConversationIdChanged() {
            input.cursorPosition = input.length
        }
    }
}
