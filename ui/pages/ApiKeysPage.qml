pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// Keys for the automation API (/api/v1/ of opsdeskd serve): listed by prefix, created with a
// name and scopes (the full key is shown once), revoked after a confirmation. Admins manage
// them; managers see the list.
Rectangle {
    id: root

    color: Theme.background

    readonly property bool canManage: Workspace.canManagePeople
    // Column widths shared by the header row and the key rows.
    readonly property int keyColumn: 250
    readonly property int createdColumn: 150
    readonly property int lastUsedColumn: 120
    readonly property int stateColumn: 84
    readonly property int actionColumn: 90

    function openNewKey() {
        if (root.canManage && !newKeyDialog.visible && !revokeDialog.visible)
            newKeyDialog.open()
    }
    function confirmRevoke(prefix: string, name: string) {
        revokeDialog.prefix = prefix
        revokeDialog.keyName = name
        revokeDialog.open()
    }

    // The key the page was opened for (Navigation.openAt, e.g. from the audit trail): shown and
    // highlighted as soon as the list holds it.
    property string focusedKeyId
    function takeFocusRequest() {
        if (Navigation.page !== "apikeys" || Navigation.focusId.length === 0)
            return
        const row = keys.rowOf(Navigation.focusId)
        if (row < 0)
            return // not loaded yet: tried again when the list changes
        root.focusedKeyId = Navigation.focusId
        Navigation.focusId = ""
        keyList.currentIndex = row
        keyList.positionViewAtIndex(row, ListView.Contain)
    }
    Connections {
        target: Navigation
        function onPageRequested() { root.takeFocusRequest() }
    }
    Connections {
        target: keys
        function onRowsInserted() { root.takeFocusRequest() }
        function onModelReset() { root.takeFocusRequest() }
    }

    ApiKeyListModel {
        id: keys
        workspace: Workspace
        onKeyCreated: (prefix, token) => newKeyDialog.reveal(prefix, token)
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: root.visible && root.canManage
        onActivated: root.openNewKey()
    }

    // One key: name and prefix, scopes as chips, who created it and when, last use, state.
    component KeyRow: ItemDelegate {
        id: row

        required property string prefix
        required property string name
        required property var scopes
        required property string createdBy
        required property string createdLabel
        required property string createdFull
        required property string lastUsedLabel
        required property string lastUsedFull
        required property bool active
        required property string stateLabel
        required property string revokedLabel
        required property string keyId
        // The key the page was opened for (click-through from the audit trail).
        property bool focused: false
        property bool canManage: false
        property int keyColumn: 250
        property int createdColumn: 150
        property int lastUsedColumn: 120
        property int stateColumn: 84
        property int actionColumn: 90

        signal revokeRequested(string prefix, string name)

        width: ListView.view ? ListView.view.width : implicitWidth
        hoverEnabled: true
        Accessible.name: qsTr("API key %1, %2").arg(row.prefix).arg(row.stateLabel)

        background: Rectangle {
            color: row.focused ? Theme.selection : row.hovered ? Theme.hover : "transparent"
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.border
            }
        }
        contentItem: RowLayout {
            spacing: Theme.spacingM
            opacity: row.active ? 1 : 0.6

            ColumnLayout {
                Layout.preferredWidth: row.keyColumn
                Layout.maximumWidth: row.keyColumn
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: row.name
                    horizontalAlignment: Text.AlignLeft
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Text {
                    objectName: "keyPrefix"
                    Layout.fillWidth: true
                    text: row.prefix
                    horizontalAlignment: Text.AlignLeft
                    font.family: Theme.monospace
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textMuted
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                Repeater {
                    model: row.scopes
                    delegate: StatusChip {
                        required property string modelData
                        text: modelData
                        tone: Theme.info
                    }
                }
            }
            ColumnLayout {
                Layout.preferredWidth: row.createdColumn
                Layout.maximumWidth: row.createdColumn
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: row.createdBy
                    horizontalAlignment: Text.AlignLeft
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
                Text {
                    Layout.fillWidth: true
                    text: row.createdLabel
                    horizontalAlignment: Text.AlignLeft
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textMuted
                    ToolTipArea { tip: row.createdFull }
                }
            }
            Text {
                Layout.preferredWidth: row.lastUsedColumn
                text: row.lastUsedLabel
                horizontalAlignment: Text.AlignLeft
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                color: row.lastUsedFull.length > 0 ? Theme.text : Theme.textMuted
                ToolTipArea { tip: row.lastUsedFull }
            }
            Item {
                Layout.preferredWidth: row.stateColumn
                Layout.fillHeight: true
                StatusChip {
                    anchors.left: parent.left
                    anchors.verticalCenter: parent.verticalCenter
                    text: row.stateLabel
                    tone: row.active ? Theme.success : Theme.textMuted
                    ToolTipArea { tip: row.revokedLabel }
                }
            }
            Item {
                Layout.preferredWidth: row.actionColumn
                Layout.fillHeight: true
                Button {
                    objectName: "revokeButton"
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    visible: row.canManage && row.active
                    text: qsTr("Revoke", "@action:button API key")
                    flat: true
                    palette.windowText: Theme.danger // a flat button's text colour
                    palette.buttonText: Theme.danger
                    onClicked: row.revokeRequested(row.prefix, row.name)
                }
            }
        }
    }

    // One scope in the new-key form: the scope and what it allows, in one line.
    component ScopeChoice: CheckBox {
        id: choice

        required property var modelData
        readonly property string scope: choice.modelData.scope
        readonly property string description: choice.modelData.description

        Layout.fillWidth: true
        // Plain text for the indicator's placement and for screen readers; shown styled below.
        text: choice.scope + " — " + choice.description
        contentItem: Text {
            leftPadding: choice.indicator && !choice.mirrored ? choice.indicator.width + choice.spacing : 0
            rightPadding: choice.indicator && choice.mirrored ? choice.indicator.width + choice.spacing : 0
            text: "<b>\u2068" + choice.scope + "\u2069</b> — " + choice.description
            textFormat: Text.StyledText
            horizontalAlignment: Text.AlignLeft
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
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
                title: qsTr("API keys", "@title:page")
                subtitle: qsTr("%1 active · other services call /api/v1/ of opsdeskd with them").arg(keys.activeCount)
                Item {
                    // PageHeader's trailing row fills: keep the button at the trailing edge.
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "newKeyButton"
                    visible: root.canManage
                    text: qsTr("New API key…", "@action:button")
                    highlighted: true
                    enabled: !keys.busy
                    onClicked: root.openNewKey()
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

        // A failed revoke (the dialog is closed by then) and the rights of a manager.
        Rectangle {
            objectName: "pageError"
            Layout.fillWidth: true
            visible: keys.actionError.length > 0 && !newKeyDialog.visible
            implicitHeight: pageErrorText.implicitHeight + Theme.spacingM * 2
            color: Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.12)
            Text {
                id: pageErrorText
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                anchors.leftMargin: Theme.spacingL
                anchors.rightMargin: Theme.spacingL
                text: qsTr("%1 (click to dismiss)").arg(keys.actionError)
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }
            MouseArea {
                anchors.fill: parent
                onClicked: keys.clearActionError()
            }
        }
        Text {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingL
            Layout.bottomMargin: 0
            visible: !root.canManage && keys.count > 0
            text: qsTr("Only admins create and revoke API keys.")
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

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 1
                spacing: 0

                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: 36
                    visible: keyList.count > 0
                    color: Theme.surfaceRaised
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: Theme.spacingM
                        anchors.rightMargin: Theme.spacingM
                        spacing: Theme.spacingM
                        Text {
                            Layout.preferredWidth: root.keyColumn
                            text: qsTr("Name and prefix")
                            horizontalAlignment: Text.AlignLeft
                            font.pixelSize: Theme.fontCaption
                            font.weight: Font.DemiBold
                            color: Theme.textMuted
                        }
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("Scopes")
                            horizontalAlignment: Text.AlignLeft
                            font.pixelSize: Theme.fontCaption
                            font.weight: Font.DemiBold
                            color: Theme.textMuted
                        }
                        Text {
                            Layout.preferredWidth: root.createdColumn
                            text: qsTr("Created")
                            horizontalAlignment: Text.AlignLeft
                            font.pixelSize: Theme.fontCaption
                            font.weight: Font.DemiBold
                            color: Theme.textMuted
                        }
                        Text {
                            Layout.preferredWidth: root.lastUsedColumn
                            text: qsTr("Last used")
                            horizontalAlignment: Text.AlignLeft
                            font.pixelSize: Theme.fontCaption
                            font.weight: Font.DemiBold
                            color: Theme.textMuted
                        }
                        Text {
                            Layout.preferredWidth: root.stateColumn
                            text: qsTr("State")
                            horizontalAlignment: Text.AlignLeft
                            font.pixelSize: Theme.fontCaption
                            font.weight: Font.DemiBold
                            color: Theme.textMuted
                        }
                        Item {
                            Layout.preferredWidth: root.actionColumn
                        }
                    }
                }
                ListView {
                    id: keyList
                    objectName: "keyList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: keys
                    ScrollBar.vertical: ScrollBar {}
                    delegate: KeyRow {
                        id: keyRow
                        focused: keyRow.keyId === root.focusedKeyId
                        canManage: root.canManage
                        keyColumn: root.keyColumn
                        createdColumn: root.createdColumn
                        lastUsedColumn: root.lastUsedColumn
                        stateColumn: root.stateColumn
                        actionColumn: root.actionColumn
                        onRevokeRequested: (prefix, name) => root.confirmRevoke(prefix, name)
                    }

                    EmptyState {
                        anchors.fill: parent
                        visible: keyList.count === 0
                        busy: keys.loading
                        error: keys.errorString.length > 0
                        title: error ? keys.errorString
                                     : busy ? qsTr("Loading API keys…")
                                            : qsTr("No API keys yet")
                        hint: error ? qsTr("Press F5 to try again. If it keeps failing, check that the database is reachable.")
                                    : busy ? ""
                                           : root.canManage
                                             ? qsTr("Press Ctrl+N to create one for a service that calls the automation API, or run opsdeskd api-key create on the server.")
                                             : qsTr("An admin creates keys here or with opsdeskd api-key create.")
                    }
                }
            }
        }
    }

    Dialog {
        id: newKeyDialog
        objectName: "newKeyDialog"

        property string token
        property string prefix
        readonly property bool revealed: newKeyDialog.token.length > 0
        // The scopes ticked in the form, in the order of keys.scopeChoices.
        property list<string> chosenScopes

        function reveal(prefix: string, token: string) {
            newKeyDialog.prefix = prefix
            newKeyDialog.token = token
        }
        function choose(scope: string, chosen: bool) {
            const scopes = []
            for (let i = 0; i < newKeyDialog.chosenScopes.length; ++i) {
                if (newKeyDialog.chosenScopes[i] !== scope)
                    scopes.push(newKeyDialog.chosenScopes[i])
            }
            if (chosen)
                scopes.push(scope)
            newKeyDialog.chosenScopes = scopes
        }
        function submit() {
            keys.createKey(nameField.text, newKeyDialog.chosenScopes)
        }

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(600, root.width - Theme.spacingXl * 2)
        modal: true
        // Once the key is shown, only "Done" closes the dialog: no key lost to a stray Escape.
        closePolicy: newKeyDialog.revealed ? Popup.NoAutoClose : Popup.CloseOnEscape
        title: newKeyDialog.revealed ? qsTr("Copy your new API key") : qsTr("New API key")
        onOpened: nameField.forceActiveFocus()
        onClosed: {
            // The full key leaves memory with the dialog.
            newKeyDialog.token = ""
            newKeyDialog.prefix = ""
            nameField.clear()
            for (let i = 0; i < scopeRepeater.count; ++i) {
                const item = scopeRepeater.itemAt(i) as CheckBox
                if (item)
                    item.checked = false
            }
            newKeyDialog.chosenScopes = []
            keys.clearActionError()
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: 0

            // The form; once the key exists, the key itself.
            ColumnLayout {
                visible: !newKeyDialog.revealed
                spacing: Theme.spacingS
                Label {
                    text: qsTr("Name")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                }
                TextField {
                    id: nameField
                    objectName: "keyNameField"
                    Layout.fillWidth: true
                    maximumLength: 200
                    placeholderText: qsTr("What will use it, e.g. Metrics exporter")
                    onAccepted: if (createButton.enabled) newKeyDialog.submit()
                }
                Label {
                    Layout.topMargin: Theme.spacingS
                    text: qsTr("Scopes: what the key may do")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                }
                Repeater {
                    id: scopeRepeater
                    model: keys.scopeChoices
                    delegate: ScopeChoice {
                        objectName: "scope_" + scope
                        onToggled: newKeyDialog.choose(scope, checked)
                    }
                }
                Text {
                    objectName: "newKeyError"
                    Layout.fillWidth: true
                    visible: keys.actionError.length > 0
                    text: keys.actionError
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    color: Theme.danger
                    font.pixelSize: Theme.fontBody
                }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingS
                    spacing: Theme.spacingS
                    BusyIndicator {
                        running: keys.busy
                        visible: running
                        Layout.preferredWidth: 24
                        Layout.preferredHeight: 24
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                    Button {
                        text: qsTr("Cancel")
                        onClicked: newKeyDialog.close()
                    }
                    Button {
                        id: createButton
                        objectName: "createKeyButton"
                        text: qsTr("Create key")
                        highlighted: true
                        enabled: !keys.busy && nameField.text.trim().length > 0 && newKeyDialog.chosenScopes.length > 0
                        onClicked: newKeyDialog.submit()
                    }
                }
            }

            ColumnLayout {
                visible: newKeyDialog.revealed
                spacing: Theme.spacingM
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: warning.implicitHeight + Theme.spacingM * 2
                    radius: Theme.radius
                    color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.14)
                    border.color: Theme.warning
                    Text {
                        id: warning
                        anchors.fill: parent
                        anchors.margins: Theme.spacingM
                        text: qsTr("You will not see this key again. Copy it now and store it where the service keeps its secrets; OpsDesk keeps only a hash. If it is lost, revoke %1 and create a new one.").arg(newKeyDialog.prefix)
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    // The key reads left to right whatever the UI language.
                    LayoutMirroring.enabled: false
                    LayoutMirroring.childrenInherit: true
                    TextField {
                        id: tokenField
                        objectName: "tokenField"
                        Layout.fillWidth: true
                        readOnly: true
                        selectByMouse: true
                        text: newKeyDialog.token
                        font.family: Theme.monospace
                        font.pixelSize: Theme.fontCaption + 1
                        horizontalAlignment: TextInput.AlignLeft
                    }
                    Button {
                        id: copyButton
                        objectName: "copyKeyButton"
                        property bool copied: false
                        text: copyButton.copied ? qsTr("Copied") : qsTr("Copy", "@action:button")
                        onClicked: {
                            tokenField.selectAll()
                            tokenField.copy()
                            tokenField.deselect()
                            copyButton.copied = true
                        }
                        Connections {
                            target: newKeyDialog
                            function onTokenChanged() { copyButton.copied = false }
                        }
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Send it as the header Authorization: Bearer <key>.")
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                    textFormat: Text.PlainText
                }
                RowLayout {
                    Layout.fillWidth: true
                    Item {
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "doneButton"
                        text: copyButton.copied ? qsTr("Done") : qsTr("I have stored it")
                        highlighted: true
                        onClicked: newKeyDialog.close()
                    }
                }
            }
        }
    }

    Dialog {
        id: revokeDialog
        objectName: "revokeDialog"

        property string prefix
        property string keyName

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(480, root.width - Theme.spacingXl * 2)
        modal: true
        title: qsTr("Revoke %1?").arg(revokeDialog.prefix)
        onAccepted: keys.revokeKey(revokeDialog.prefix)

        contentItem: ColumnLayout {
            spacing: Theme.spacingM
            Text {
                Layout.fillWidth: true
                text: qsTr("“%1” stops working at once: every request with it is refused. This cannot be undone; a service that still needs access needs a new key.").arg(revokeDialog.keyName)
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "cancelRevokeButton"
                    text: qsTr("Keep it")
                    focus: true
                    onClicked: revokeDialog.reject()
                }
                Button {
                    objectName: "confirmRevokeButton"
                    text: qsTr("Revoke key")
                    palette.button: Theme.danger
                    palette.buttonText: "white"
                    onClicked: revokeDialog.accept()
                }
            }
        }
    }
}
