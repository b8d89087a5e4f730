pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// The support inbox: views (All, Mine, Unassigned) with unread counts, status filter, sort and
// search above the list on the leading side; the selected thread beside it with its header
// (contact, window, status, assignee, snooze, labels, who else is viewing) and actions.
//
// Keys (never while a text field has focus): J/K or the arrows move, Enter goes to the reply
// area, A assigns to me, E resolves (Shift+E reopens), S or Z snoozes, L adds a label, Ctrl+K
// opens the command palette, Ctrl+F searches, Esc closes palette and menus (and clears search).
// The selection follows a conversation by id, so it stays put while live updates reorder the
// list.
Rectangle {
    id: root

    color: Theme.background

    readonly property MessageListModel thread: Workspace.thread
    readonly property ConversationListModel inbox: Workspace.conversations
    readonly property bool hasThread: root.thread.conversationId.length > 0
    readonly property bool canAct: root.hasThread && root.thread.canAct
    readonly property string blockedReason: !root.hasThread ? qsTr("Open a conversation first")
                                                            : root.thread.readOnlyReason
    // Single-key shortcuts stay out of the way of anything being typed (search, labels, composer).
    readonly property Item focusItem: root.Window.activeFocusItem
    readonly property bool typing: root.focusItem instanceof TextInput || root.focusItem instanceof TextEdit
    readonly property bool popupOpen: palette.opened || assignMenu.opened || snoozeMenu.opened
                                      || customSnooze.opened
    readonly property bool keysEnabled: root.visible && !root.popupOpen
    property int lastRow: -1

    function selectRow(row: int) {
        const id = root.inbox.idAt(row)
        if (id.length === 0)
            return
        root.lastRow = row
        conversationList.currentIndex = row
        conversationList.positionViewAtIndex(row, ListView.Contain)
        root.thread.conversationId = id
    }
    function step(delta: int) {
        const current = root.inbox.rowOf(root.thread.conversationId)
        if (current >= 0)
            root.selectRow(Math.max(0, Math.min(conversationList.count - 1, current + delta)))
        else if (root.lastRow >= 0) // the open one left the list (resolved): its neighbours
            root.selectRow(Math.max(0, Math.min(conversationList.count - 1, delta > 0 ? root.lastRow : root.lastRow - 1)))
        else
            root.selectRow(0)
    }
    function focusSearch() {
        searchField.forceActiveFocus()
        searchField.selectAll()
    }
    function focusReply() {
        if (!root.hasThread)
            root.step(0)
        composerSlot.forceActiveFocus()
    }
    function openAssignMenu() {
        assignMenu.popup(assignButton, 0, assignButton.height)
    }
    function openSnoozeMenu() {
        snoozeMenu.popup(snoozeButton, 0, snoozeButton.height)
    }
    function openCustomSnooze() {
        customSnoozeField.text = root.thread.snoozePresets[2].value
        customSnooze.open()
        customSnoozeField.forceActiveFocus()
        customSnoozeField.selectAll()
    }
    function focusLabelField() {
        labelField.forceActiveFocus()
    }
    function addLabel() {
        if (labelField.text.trim().length === 0)
            return
        root.thread.addLabel(labelField.text)
        labelField.text = ""
    }

    // What Ctrl+K offers; every entry also says why it cannot run now.
    readonly property var paletteActions: {
        const thread = root.thread
        const ok = root.canAct
        const reason = root.blockedReason
        const actions = [
            { id: "assignToMe", label: qsTr("Assign to me", "@action"), shortcut: "A",
              enabled: ok && !thread.assignedToMe,
              reason: ok ? qsTr("Already assigned to you") : reason },
            { id: "unassign", label: qsTr("Unassign", "@action"),
              enabled: ok && thread.assigneeId.length > 0,
              reason: ok ? qsTr("Nobody is assigned") : reason }
        ]
        for (const person of thread.assignees) {
            if (!person.isMe)
                actions.push({ id: "assign:" + person.id, label: qsTr("Assign to %1", "@action").arg(person.name),
                               enabled: ok && person.id !== thread.assigneeId,
                               reason: ok ? qsTr("Already assigned to %1").arg(person.name) : reason })
        }
        actions.push({ id: "resolve", label: qsTr("Resolve", "@action"), shortcut: "E",
                       enabled: ok && !thread.resolved, reason: ok ? qsTr("Already resolved") : reason })
        actions.push({ id: "reopen", label: qsTr("Reopen", "@action"), shortcut: "Shift+E",
                       enabled: ok && thread.status !== "open", reason: ok ? qsTr("Already open") : reason })
        actions.push({ id: "pending", label: qsTr("Set pending", "@action"),
                       enabled: ok && thread.status !== "pending", reason: ok ? qsTr("Already pending") : reason })
        for (const preset of thread.snoozePresets)
            actions.push({ id: "snooze:" + preset.key, label: qsTr("Snooze · %1", "@action").arg(preset.label),
                           detail: preset.detail, shortcut: "S", enabled: ok, reason: reason })
        actions.push({ id: "snoozeCustom", label: qsTr("Snooze until a date and time…", "@action"),
                       enabled: ok, reason: reason })
        actions.push({ id: "addLabel", label: qsTr("Add a label…", "@action"), shortcut: "L",
                       enabled: ok, reason: reason })
        for (const label of thread.labels)
            actions.push({ id: "removeLabel:" + label, label: qsTr("Remove label “%1”", "@action").arg(label),
                           enabled: ok, reason: reason })
        actions.push({ id: "view:all", label: qsTr("Show all conversations", "@action"), enabled: true })
        actions.push({ id: "view:mine", label: qsTr("Show conversations assigned to me", "@action"), enabled: true })
        actions.push({ id: "view:unassigned", label: qsTr("Show unassigned conversations", "@action"), enabled: true })
        actions.push({ id: "sort:waiting", label: qsTr("Sort by waiting longest", "@action"),
                       enabled: root.inbox.sortBy !== "waiting", reason: qsTr("Already sorted so") })
        actions.push({ id: "sort:activity", label: qsTr("Sort by last activity", "@action"),
                       enabled: root.inbox.sortBy !== "activity", reason: qsTr("Already sorted so") })
        actions.push({ id: "search", label: qsTr("Search conversations", "@action"), shortcut: "Ctrl+F", enabled: true })
        return actions
    }
    function runAction(actionId: string) {
        const colon = actionId.indexOf(":")
        const verb = colon < 0 ? actionId : actionId.slice(0, colon)
        const argument = colon < 0 ? "" : actionId.slice(colon + 1)
        switch (verb) {
        case "assignToMe": root.thread.assignToMe(); break
        case "unassign": root.thread.unassign(); break
        case "assign": root.thread.assign(argument); break
        case "resolve": root.thread.resolve(); break
        case "reopen": root.thread.reopen(); break
        case "pending": root.thread.setStatus("pending"); break
        case "snooze": root.thread.snoozePreset(argument); break
        case "snoozeCustom": root.openCustomSnooze(); break
        case "addLabel": root.focusLabelField(); break
        case "removeLabel": root.thread.removeLabel(argument); break
        case "view": root.inbox.view = argument; break
        case "sort": root.inbox.sortBy = argument; break
        case "search": root.focusSearch(); break
        }
    }

    // Presence and mark-read only while this page is on screen and the person is looking at it:
    // not while the window is minimised or in the background (the window is active only while
    // the application is).
    Binding {
        target: root.thread
        property: "active"
        value: root.visible && root.Window.active && root.Window.visibility !== Window.Minimized
    }

    Shortcut {
        sequences: ["J", "Down"]
        enabled: root.keysEnabled && !root.typing
        onActivated: root.step(1)
    }
    Shortcut {
        sequences: ["K", "Up"]
        enabled: root.keysEnabled && !root.typing
        onActivated: root.step(-1)
    }
    Shortcut {
        sequences: ["Return", "Enter"]
        enabled: root.keysEnabled && !root.typing
        onActivated: root.focusReply()
    }
    Shortcut {
        sequence: "A"
        enabled: root.keysEnabled && !root.typing && root.canAct
        onActivated: root.thread.assignToMe()
    }
    Shortcut {
        sequence: "E"
        enabled: root.keysEnabled && !root.typing && root.canAct
        onActivated: root.thread.resolve()
    }
    Shortcut {
        sequence: "Shift+E"
        enabled: root.keysEnabled && !root.typing && root.canAct
        onActivated: root.thread.reopen()
    }
    Shortcut {
        sequences: ["S", "Z"]
        enabled: root.keysEnabled && !root.typing && root.canAct
        onActivated: root.openSnoozeMenu()
    }
    Shortcut {
        sequence: "L"
        enabled: root.keysEnabled && !root.typing && root.canAct
        onActivated: root.focusLabelField()
    }
    Shortcut {
        sequence: "Ctrl+K"
        enabled: root.keysEnabled && !root.typing
        onActivated: palette.openPalette()
    }
    Shortcut {
        sequence: "Ctrl+F"
        enabled: root.keysEnabled
        onActivated: root.focusSearch()
    }

    CommandPalette {
        id: palette
        actions: root.paletteActions
        onTriggered: actionId => root.runAction(actionId)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // ---- The inbox
        Rectangle {
            Layout.preferredWidth: 380
            Layout.fillHeight: true
            color: Theme.surface

            ColumnLayout {
                anchors.fill: parent
                spacing: 0

                PageHeader {
                    Layout.fillWidth: true
                    Layout.margins: Theme.spacingL
                    Layout.bottomMargin: Theme.spacingS
                    title: qsTr("Conversations", "@title:page")
                    subtitle: qsTr("%n shown · J/K to move · Ctrl+K for actions", "", root.inbox.count)
                }

                // Views, each with its number of conversations waiting to be read.
                RowLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingL
                    Layout.rightMargin: Theme.spacingL
                    spacing: Theme.spacingXs
                    Repeater {
                        model: [
                            { view: "all", name: "viewAll", label: qsTr("All", "@title:tab inbox view"), unread: root.inbox.unreadAll },
                            { view: "mine", name: "viewMine", label: qsTr("Mine", "@title:tab inbox view"), unread: root.inbox.unreadMine },
                            { view: "unassigned", name: "viewUnassigned", label: qsTr("Unassigned", "@title:tab inbox view"), unread: root.inbox.unreadUnassigned }
                        ]
                        delegate: AbstractButton {
                            id: tab
                            required property var modelData
                            readonly property bool current: root.inbox.view === tab.modelData.view
                            readonly property int unread: tab.modelData.unread
                            objectName: tab.modelData.name
                            Layout.fillWidth: true
                            implicitHeight: 34
                            focusPolicy: Qt.NoFocus
                            hoverEnabled: true
                            Accessible.role: Accessible.PageTab
                            Accessible.name: tab.modelData.label
                            Accessible.description: qsTr("%n unread", "", tab.unread)
                            onClicked: root.inbox.view = tab.modelData.view
                            background: Rectangle {
                                radius: Theme.radiusSmall
                                color: tab.current ? Theme.selection : tab.hovered ? Theme.hover : "transparent"
                                Rectangle {
                                    anchors.bottom: parent.bottom
                                    width: parent.width
                                    height: 2
                                    visible: tab.current
                                    color: Theme.accent
                                }
                            }
                            contentItem: RowLayout {
                                spacing: Theme.spacingXs
                                Item { Layout.fillWidth: true }
                                Text {
                                    text: tab.modelData.label
                                    font.pixelSize: Theme.fontBody
                                    font.weight: tab.current ? Font.DemiBold : Font.Normal
                                    color: tab.current ? Theme.text : Theme.textMuted
                                }
                                CountBadge {
                                    objectName: tab.modelData.name + "Unread"
                                    count: tab.unread
                                }
                                Item { Layout.fillWidth: true }
                            }
                        }
                    }
                }

                FilterField {
                    id: searchField
                    objectName: "inboxSearch"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingL
                    Layout.rightMargin: Theme.spacingL
                    Layout.topMargin: Theme.spacingS
                    glyph: "⌕"
                    placeholderText: qsTr("Search name, number or message   Ctrl+F")
                    text: root.inbox.search
                    onTextEdited: root.inbox.search = searchField.text
                    Keys.onEscapePressed: {
                        searchField.text = ""
                        root.inbox.search = ""
                        conversationList.forceActiveFocus()
                    }
                    Keys.onDownPressed: {
                        conversationList.forceActiveFocus()
                        root.step(1)
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingL
                    Layout.rightMargin: Theme.spacingL
                    Layout.topMargin: Theme.spacingS
                    Layout.bottomMargin: Theme.spacingM
                    spacing: Theme.spacingS
                    FilterCombo {
                        objectName: "statusFilter"
                        Layout.fillWidth: true
                        focusPolicy: Qt.NoFocus
                        choices: root.inbox.statusChoices
                        value: root.inbox.statusFilterKey
                        onPicked: value => root.inbox.statusFilterKey = value
                        Accessible.name: qsTr("Status")
                    }
                    Button {
                        objectName: "sortToggle"
                        implicitHeight: 34
                        focusPolicy: Qt.NoFocus
                        font.pixelSize: Theme.fontBody
                        text: root.inbox.sortBy === "waiting" ? qsTr("⇅ Waiting longest", "@action:button sort order")
                                                              : qsTr("⇅ Last activity", "@action:button sort order")
                        onClicked: root.inbox.sortBy = root.inbox.sortBy === "waiting" ? "activity" : "waiting"
                        ToolTip.visible: hovered
                        ToolTip.delay: 500
                        ToolTip.text: root.inbox.sortBy === "waiting" ? qsTr("The customer waiting longest first. Click for the most recent activity first.")
                                                                      : qsTr("Most recent activity first. Click for the customer waiting longest first.")
                    }
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: 1
                    color: Theme.border
                }
                ListView {
                    id: conversationList
                    objectName: "conversationList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: root.inbox
                    currentIndex: -1
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ConversationDelegate {
                        selected: conversationId === root.thread.conversationId
                        onClicked: {
                            root.lastRow = index
                            conversationList.currentIndex = index
                            root.thread.conversationId = conversationId
                        }
                    }
                    EmptyState {
                        objectName: "inboxEmpty"
                        anchors.fill: parent
                        visible: conversationList.count === 0
                        busy: root.inbox.loading && root.inbox.errorString.length === 0
                        error: root.inbox.errorString.length > 0
                        icon: root.inbox.filtered ? "⌕" : "✉"
                        title: error ? root.inbox.errorString
                               : busy ? qsTr("Loading conversations…")
                               : root.inbox.filtered ? qsTr("No conversations match")
                               : root.inbox.view === "mine" ? qsTr("Nothing assigned to you")
                               : root.inbox.view === "unassigned" ? qsTr("Every open conversation has someone on it")
                               : qsTr("No open conversations")
                        hint: error ? qsTr("Check the database connection, then press F5 to try again.")
                              : busy ? ""
                              : root.inbox.filtered ? qsTr("Clear the search or pick “All statuses” to see more.")
                              : root.inbox.view === "mine" ? qsTr("Open one from Unassigned and press A to take it.")
                              : qsTr("A conversation starts when a customer writes to your WhatsApp number.")
                    }
                }
            }
        }
        Rectangle {
            Layout.fillHeight: true
            implicitWidth: 1
            color: Theme.border
        }

        // ---- The thread
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            visible: root.hasThread

            Rectangle {
                objectName: "threadHeader"
                Layout.fillWidth: true
                implicitHeight: headerColumn.implicitHeight + Theme.spacingM * 2
                color: Theme.surface

                ColumnLayout {
                    id: headerColumn
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingL
                    anchors.rightMargin: Theme.spacingL
                    anchors.topMargin: Theme.spacingM
                    anchors.bottomMargin: Theme.spacingM
                    spacing: Theme.spacingS

                    // Who, and what can be done.
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingM
                        Avatar {
                            initials: root.thread.contactInitials
                            seed: root.thread.contactPhone
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Text {
                                objectName: "threadContactName"
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                                horizontalAlignment: Text.AlignLeft
                                text: root.thread.contactName
                                font.pixelSize: Theme.fontSubtitle
                                font.weight: Font.DemiBold
                                color: Theme.text
                            }
                            Text {
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignLeft
                                text: root.thread.contactPhone
                                font.pixelSize: Theme.fontCaption
                                color: Theme.textMuted
                            }
                        }
                        GuardedButton {
                            id: assignButton
                            objectName: "assignButton"
                            Layout.maximumWidth: 200
                            allowed: root.canAct
                            blockedReason: root.blockedReason
                            text: (root.thread.assignedToMe ? qsTr("Assigned to you")
                                   : root.thread.assigneeName.length > 0 ? qsTr("Assigned to %1").arg(root.thread.assigneeName)
                                   : qsTr("Unassigned")) + "  ▾"
                            tip: qsTr("Assign (A: to me)")
                            onClicked: root.openAssignMenu()
                        }
                        GuardedButton {
                            id: snoozeButton
                            objectName: "snoozeButton"
                            allowed: root.canAct
                            blockedReason: root.blockedReason
                            text: qsTr("Snooze", "@action:button") + "  ▾"
                            tip: qsTr("Hide it until a time; it reopens as soon as the customer writes (S)")
                            onClicked: root.openSnoozeMenu()
                        }
                        GuardedButton {
                            objectName: "resolveButton"
                            allowed: root.canAct
                            blockedReason: root.blockedReason
                            highlighted: !root.thread.resolved
                            text: root.thread.resolved ? qsTr("Reopen", "@action:button") : qsTr("Resolve", "@action:button")
                            tip: root.thread.resolved ? qsTr("Reopen (Shift+E)") : qsTr("Resolve (E)")
                            onClicked: root.thread.resolved ? root.thread.reopen() : root.thread.resolve()
                        }
                        Button {
                            objectName: "paletteButton"
                            implicitWidth: implicitHeight
                            focusPolicy: Qt.NoFocus
                            flat: true
                            text: "⌘"
                            font.pixelSize: Theme.fontSubtitle
                            Accessible.name: qsTr("Command palette")
                            onClicked: palette.openPalette()
                            ToolTip.visible: hovered
                            ToolTip.delay: 500
                            ToolTip.text: qsTr("All actions (Ctrl+K)")
                        }
                    }

                    // State: status, 24-hour window, waiting or snoozed, who else is here.
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS
                        StatusChip {
                            objectName: "statusChip"
                            visible: root.thread.statusLabel.length > 0
                            text: root.thread.statusLabel
                            tone: Theme.conversationStatusColor(root.thread.status)
                        }
                        StatusChip {
                            objectName: "windowChip"
                            visible: root.thread.windowLabel.length > 0
                            text: root.thread.windowLabel
                            tone: root.thread.windowOpen ? Theme.success : Theme.warning
                        }
                        Text {
                            objectName: "threadWaiting"
                            visible: text.length > 0
                            text: root.thread.snoozed ? "☾ " + root.thread.snoozedUntilLabel
                                  : root.thread.waitingLabel.length > 0 ? "◷ " + root.thread.waitingLabel : ""
                            font.pixelSize: Theme.fontCaption
                            color: root.thread.snoozed ? Theme.info : Theme.warning
                        }
                        Item { Layout.fillWidth: true }
                        Text {
                            objectName: "viewersLabel"
                            Layout.maximumWidth: 300
                            visible: root.thread.viewersLabel.length > 0
                            text: "◉ " + root.thread.viewersLabel
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontCaption
                            font.weight: Font.DemiBold
                            color: Theme.info
                            ToolTipArea { tip: qsTr("Someone else has this conversation open: agree who answers.") }
                        }
                    }

                    // Labels.
                    Flow {
                        objectName: "labelRow"
                        Layout.fillWidth: true
                        spacing: Theme.spacingXs
                        Repeater {
                            model: root.thread.labels
                            delegate: LabelChip {
                                required property string modelData
                                objectName: "labelChip"
                                text: modelData
                                removable: root.canAct
                                onRemoveRequested: root.thread.removeLabel(modelData)
                            }
                        }
                        FilterField {
                            id: labelField
                            objectName: "labelField"
                            visible: root.canAct
                            width: 170
                            implicitHeight: 26
                            topPadding: 0
                            bottomPadding: 0
                            font.pixelSize: Theme.fontCaption
                            glyph: "+"
                            placeholderText: qsTr("Add label (L)")
                            maximumLength: 32
                            onAccepted: root.addLabel()
                            Keys.onEscapePressed: {
                                labelField.text = ""
                                conversationList.forceActiveFocus()
                            }
                        }
                        Text {
                            objectName: "readOnlyNote"
                            visible: root.hasThread && !root.thread.canAct
                            height: 24
                            verticalAlignment: Text.AlignVCenter
                            text: qsTr("Read only · %1").arg(root.thread.readOnlyReason)
                            font.pixelSize: Theme.fontCaption
                            color: Theme.textMuted
                        }
                    }
                }
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.border
                }
            }

            // Why the last action did not happen.
            Rectangle {
                objectName: "actionErrorBar"
                Layout.fillWidth: true
                visible: root.thread.actionError.length > 0
                implicitHeight: errorRow.implicitHeight + Theme.spacingS * 2
                color: Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, Theme.dark ? 0.2 : 0.1)
                RowLayout {
                    id: errorRow
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingL
                    anchors.rightMargin: Theme.spacingS
                    spacing: Theme.spacingS
                    Text {
                        objectName: "actionError"
                        Layout.fillWidth: true
                        text: root.thread.actionError
                        horizontalAlignment: Text.AlignLeft
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.danger
                    }
                    Button {
                        implicitWidth: implicitHeight
                        flat: true
                        focusPolicy: Qt.NoFocus
                        text: "✕"
                        Accessible.name: qsTr("Dismiss")
                        onClicked: root.thread.clearActionError()
                    }
                }
            }

            ListView {
                id: messageList
                objectName: "messageList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacingXs
                topMargin: Theme.spacingL
                bottomMargin: Theme.spacingL
                model: root.thread
                ScrollBar.vertical: ScrollBar {}
                delegate: MessageDelegate {}
                // Stay at the newest message while the user is at the bottom.
                property bool pinned: true
                onMovementEnded: pinned = atYEnd
                onCountChanged: if (pinned) scrollToEnd.restart()
                Timer {
                    id: scrollToEnd
                    interval: 0 // after the new delegate is laid out
                    onTriggered: messageList.positionViewAtEnd()
                }
                EmptyState {
                    anchors.fill: parent
                    visible: messageList.count === 0
                    busy: root.thread.loading
                    error: root.thread.errorString.length > 0
                    title: error ? root.thread.errorString
                           : busy ? qsTr("Loading messages…") : qsTr("No messages in this conversation")
                }
            }

            // The reply area; Enter in the inbox focuses it. A plain focus scope, not a Loader: a
            // Loader cannot create a bound inline component in Qt 6.4.
            FocusScope {
                id: composerSlot
                objectName: "composerSlot"
                Layout.fillWidth: true
                implicitHeight: composer.implicitHeight
                onActiveFocusChanged: if (activeFocus) composer.focusInput()
                Composer {
                    id: composer
                    width: parent.width
                    focus: true
                    conversationId: root.thread.conversationId
                    canSend: root.thread.canAct
                    readOnlyReason: root.thread.readOnlyReason
                }
            }
        }
        EmptyState {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !root.hasThread
            icon: "✉"
            title: qsTr("Select a conversation")
            hint: qsTr("Pick one from the list, or press J to start at the top. Ctrl+K lists every action.")
        }
    }

    // ---- Menus

    Menu {
        id: assignMenu
        objectName: "assignMenu"
        MenuItem {
            text: qsTr("Assign to me", "@action:inmenu")
            enabled: !root.thread.assignedToMe
            onTriggered: root.thread.assignToMe()
        }
        MenuSeparator {}
        MenuSeparator {}
        MenuItem {
            text: qsTr("Unassign", "@action:inmenu")
            enabled: root.thread.assigneeId.length > 0
            onTriggered: root.thread.unassign()
        }
    }
    // The people, between the two separators.
    Instantiator {
        model: root.thread.assignees
        delegate: MenuItem {
            required property var modelData
            text: modelData.isMe ? qsTr("%1 (you)").arg(modelData.name) : modelData.name
            checkable: true
            checked: modelData.id === root.thread.assigneeId
            onTriggered: root.thread.assign(modelData.id)
        }
        onObjectAdded: (index, object) => assignMenu.insertItem(2 + index, object as MenuItem)
        onObjectRemoved: (index, object) => assignMenu.removeItem(object as MenuItem)
    }

    Menu {
        id: snoozeMenu
        objectName: "snoozeMenu"
        MenuSeparator {}
        MenuItem {
            text: qsTr("Custom date and time…", "@action:inmenu snooze")
            onTriggered: root.openCustomSnooze()
        }
    }
    Instantiator {
        model: root.thread.snoozePresets
        delegate: MenuItem {
            required property var modelData
            objectName: "snooze_" + modelData.key
            text: qsTr("%1  ·  %2", "@action:inmenu snooze preset: label, wake-up time").arg(modelData.label).arg(modelData.detail)
            onTriggered: root.thread.snoozePreset(modelData.key)
        }
        onObjectAdded: (index, object) => snoozeMenu.insertItem(index, object as MenuItem)
        onObjectRemoved: (index, object) => snoozeMenu.removeItem(object as MenuItem)
    }

    Popup {
        id: customSnooze
        objectName: "customSnooze"
        parent: Overlay.overlay
        x: Math.round((parent.width - width) / 2)
        y: Math.round(parent.height * 0.2)
        modal: true
        padding: Theme.spacingL
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
        }
        ColumnLayout {
            spacing: Theme.spacingS
            Text {
                text: qsTr("Snooze until")
                font.pixelSize: Theme.fontSubtitle
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Text {
                text: qsTr("Local time, as YYYY-MM-DD HH:MM. It reopens then, or as soon as the customer writes.")
                font.pixelSize: Theme.fontCaption
                color: Theme.textMuted
            }
            RowLayout {
                spacing: Theme.spacingS
                FilterField {
                    id: customSnoozeField
                    objectName: "customSnoozeField"
                    Layout.preferredWidth: 200
                    font.family: Theme.monospace
                    placeholderText: qsTr("YYYY-MM-DD HH:MM", "@info:placeholder date and time format")
                    onAccepted: if (root.thread.snoozeUntilText(customSnoozeField.text)) customSnooze.close()
                }
                Button {
                    highlighted: true
                    text: qsTr("Snooze", "@action:button")
                    onClicked: if (root.thread.snoozeUntilText(customSnoozeField.text)) customSnooze.close()
                }
            }
            Text {
                Layout.maximumWidth: 320
                visible: root.thread.actionError.length > 0
                text: root.thread.actionError
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontCaption
                color: Theme.danger
            }
        }
    }
}
