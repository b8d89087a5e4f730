pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// The audit trail, for managers and admins: who changed what, when and from where. Filters on
// top; the entries newest first on the leading side (new ones that match appear live at the
// top); the selected entry's fields before → after beside them. J/K move, Enter opens the
// resource, Ctrl+F searches.
Rectangle {
    id: root

    color: Theme.background

    readonly property bool typing: searchField.activeFocus || resourceIdField.activeFocus
                                   || fromField.activeFocus || toField.activeFocus
    readonly property bool keysEnabled: root.visible && !exportDialog.visible

    AuditLogModel {
        id: auditModel
        workspace: Workspace
    }

    function selectRow(row: int) {
        const selected = auditModel.selectRow(row)
        if (selected >= 0) {
            entryList.currentIndex = selected
            entryList.positionViewAtIndex(selected, ListView.Contain)
        }
    }
    function step(delta: int) {
        const current = auditModel.rowOf(auditModel.selectedId)
        root.selectRow(current < 0 ? 0 : current + delta)
    }
    function openResource() {
        if (auditModel.linkPage.length === 0)
            return
        if (auditModel.linkConversationId.length > 0 && Workspace.thread)
            Workspace.thread.conversationId = auditModel.linkConversationId
        Navigation.openAt(auditModel.linkPage, auditModel.selectedResourceId)
    }
    function clearFilters() {
        searchField.text = ""
        resourceIdField.text = ""
        auditModel.clearFilters()
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
        enabled: root.keysEnabled && !root.typing && auditModel.linkPage.length > 0
        onActivated: root.openResource()
    }
    Shortcut {
        sequence: "Ctrl+F"
        enabled: root.keysEnabled
        onActivated: {
            searchField.forceActiveFocus()
            searchField.selectAll()
        }
    }

    // Typing pauses before the query runs.
    Timer {
        id: searchDebounce
        interval: 250
        onTriggered: auditModel.searchText = searchField.text
    }
    Timer {
        id: resourceIdDebounce
        interval: 250
        onTriggered: auditModel.resourceId = resourceIdField.text
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export the audit trail as CSV")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)"), qsTr("All files (*)")]
        onAccepted: auditModel.exportCsv(exportDialog.selectedFile)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Title and export.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: header.implicitHeight + Theme.spacingL * 2
            color: Theme.surface

            RowLayout {
                id: header
                anchors.fill: parent
                anchors.margins: Theme.spacingL
                spacing: Theme.spacingM

                PageHeader {
                    Layout.fillWidth: true
                    title: qsTr("Audit trail", "@title:page")
                    subtitle: !auditModel.loaded ? qsTr("Who changed what, when, and from where")
                              : (auditModel.count === 1 ? qsTr("%1 · 1 entry shown · J/K to move, Enter to open")
                                                        : qsTr("%1 · %n entries shown · J/K to move, Enter to open", "", auditModel.count))
                                .arg(auditModel.rangeLabel)
                }
                Text {
                    objectName: "auditExportStatus"
                    Layout.maximumWidth: 360
                    visible: text.length > 0
                    text: auditModel.exportError.length > 0 ? auditModel.exportError : auditModel.exportStatus
                    color: auditModel.exportError.length > 0 ? Theme.danger : auditModel.exporting ? Theme.textMuted : Theme.success
                    font.pixelSize: Theme.fontBody
                    elide: Text.ElideMiddle
                    ToolTipArea { tip: parent.text }
                }
                ProgressBar {
                    objectName: "auditExportProgress"
                    visible: auditModel.exporting
                    Layout.preferredWidth: 180
                    from: 0
                    to: 1
                    value: Math.max(0, auditModel.exportProgress)
                    indeterminate: auditModel.exportProgress < 0
                }
                Button {
                    visible: auditModel.exporting
                    text: qsTr("Cancel", "@action:button stop the export")
                    onClicked: auditModel.cancelExport()
                }
                Button {
                    objectName: "auditExport"
                    visible: !auditModel.exporting
                    enabled: auditModel.permitted && auditModel.loaded && auditModel.count > 0
                    highlighted: true
                    text: qsTr("Export CSV…", "@action:button")
                    onClicked: {
                        exportDialog.selectedFile = auditModel.suggestedExportFile
                        exportDialog.open()
                    }
                    ToolTip.visible: hovered
                    ToolTip.delay: 500
                    ToolTip.text: qsTr("Every entry that matches the filters, not only the ones loaded")
                }
            }
        }

        // Filters.
        Rectangle {
            objectName: "auditFilterBar"
            Layout.fillWidth: true
            visible: auditModel.permitted
            implicitHeight: filters.implicitHeight + Theme.spacingM * 2
            color: Theme.surface

            Rectangle {
                anchors.top: parent.top
                width: parent.width
                height: 1
                color: Theme.border
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.border
            }

            ColumnLayout {
                id: filters
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingL
                anchors.rightMargin: Theme.spacingL
                anchors.topMargin: Theme.spacingM
                anchors.bottomMargin: Theme.spacingM
                spacing: Theme.spacingS

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS

                    FilterField {
                        id: searchField
                        objectName: "auditSearch"
                        Layout.fillWidth: true
                        Layout.minimumWidth: 220
                        glyph: "⌕"
                        placeholderText: qsTr("Search changes, ids, actors and programs   Ctrl+F")
                        onTextChanged: searchDebounce.restart()
                        Keys.onEscapePressed: {
                            searchField.text = ""
                            entryList.forceActiveFocus()
                        }
                        Keys.onDownPressed: {
                            entryList.forceActiveFocus()
                            root.step(1)
                        }
                    }
                    FilterCombo {
                        objectName: "auditTimeRange"
                        Layout.preferredWidth: 170
                        choices: auditModel.timeRangeChoices
                        value: auditModel.timeRange
                        onPicked: value => auditModel.timeRange = value
                    }
                    FilterField {
                        id: fromField
                        visible: auditModel.timeRange === AuditLogModel.CustomRange
                        Layout.preferredWidth: 160
                        placeholderText: qsTr("From: YYYY-MM-DD HH:MM")
                        text: auditModel.customFrom
                        onEditingFinished: auditModel.customFrom = fromField.text
                    }
                    Text {
                        visible: fromField.visible
                        text: "–"
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontBody
                    }
                    FilterField {
                        id: toField
                        visible: fromField.visible
                        Layout.preferredWidth: 160
                        placeholderText: qsTr("To: now")
                        text: auditModel.customTo
                        onEditingFinished: auditModel.customTo = toField.text
                    }
                    Button {
                        objectName: "auditClearFilters"
                        visible: auditModel.filtered
                        flat: true
                        text: qsTr("Clear filters")
                        onClicked: root.clearFilters()
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS

                    FilterCombo {
                        objectName: "auditActor"
                        Layout.preferredWidth: 220
                        choices: auditModel.actorChoices
                        value: auditModel.actor
                        onPicked: value => auditModel.actor = value
                        Accessible.name: qsTr("Who")
                    }
                    FilterCombo {
                        objectName: "auditAction"
                        Layout.preferredWidth: 150
                        choices: auditModel.actionChoices
                        value: auditModel.action
                        onPicked: value => auditModel.action = value
                        Accessible.name: qsTr("Action")
                    }
                    FilterCombo {
                        objectName: "auditResourceType"
                        Layout.preferredWidth: 190
                        choices: auditModel.resourceTypeChoices
                        value: auditModel.resourceType
                        onPicked: value => auditModel.resourceType = value
                        Accessible.name: qsTr("Resource type")
                    }
                    FilterField {
                        id: resourceIdField
                        objectName: "auditResourceId"
                        Layout.fillWidth: true
                        Layout.minimumWidth: 160
                        glyph: "#"
                        font.family: Theme.monospace
                        placeholderText: qsTr("Resource id (exact)")
                        onTextChanged: resourceIdDebounce.restart()
                        Keys.onEscapePressed: resourceIdField.text = ""
                    }
                }
                Text {
                    objectName: "auditSearchHint"
                    Layout.fillWidth: true
                    visible: auditModel.searchHint.length > 0
                    text: auditModel.searchHint
                    horizontalAlignment: Text.AlignLeft
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption + 1
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: auditModel.rangeError.length > 0
                    text: auditModel.rangeError
                    horizontalAlignment: Text.AlignLeft
                    color: Theme.danger
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
            }
        }

        // Entries and the selected one.
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Rectangle {
                Layout.fillWidth: true
                Layout.minimumWidth: 440
                Layout.fillHeight: true
                color: Theme.surface

                ListView {
                    id: entryList
                    objectName: "auditList"
                    anchors.fill: parent
                    clip: true
                    currentIndex: -1
                    model: auditModel
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    delegate: AuditEntryDelegate {
                        selected: entryId === auditModel.selectedId
                        onClicked: {
                            entryList.currentIndex = index
                            auditModel.select(entryId)
                        }
                        onDoubleClicked: {
                            auditModel.select(entryId)
                            root.openResource()
                        }
                    }
                }
                // The next page is on its way (scrolled to the end).
                BusyIndicator {
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: Theme.spacingM
                    implicitWidth: 28
                    implicitHeight: 28
                    visible: auditModel.loading && entryList.count > 0
                    running: visible
                }
                EmptyState {
                    objectName: "auditEmpty"
                    anchors.fill: parent
                    visible: entryList.count === 0
                    busy: auditModel.permitted && auditModel.loading && auditModel.errorString.length === 0
                    error: auditModel.errorString.length > 0
                    icon: auditModel.permitted ? "⌕" : "⚿"
                    title: !auditModel.permitted ? qsTr("The audit trail is for managers and admins")
                           : error ? auditModel.errorString
                           : busy ? qsTr("Loading the audit trail…")
                           : auditModel.filtered ? qsTr("No entries match these filters")
                           : qsTr("Nothing has been changed yet")
                    hint: !auditModel.permitted ? qsTr("Ask an admin for the manager role if you need to review changes.")
                          : error ? qsTr("Check the connection to the database, then press F5 to try again.")
                          : busy ? ""
                          : auditModel.filtered ? qsTr("Widen the time range, or clear the filters to see everything.")
                          : qsTr("Every change to conversations, messages, contacts, templates, people and API keys is recorded here: who made it, when, and from where.")
                }
                Button {
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.top: parent.verticalCenter
                    anchors.topMargin: 90
                    visible: entryList.count === 0 && auditModel.permitted && !auditModel.loading
                             && (auditModel.filtered || auditModel.errorString.length > 0)
                    text: auditModel.errorString.length > 0 ? qsTr("Try again") : qsTr("Clear filters")
                    onClicked: auditModel.errorString.length > 0 ? auditModel.reload() : root.clearFilters()
                }
            }
            Rectangle {
                Layout.fillHeight: true
                implicitWidth: 1
                color: Theme.border
            }
            AuditEntryDetails {
                Layout.preferredWidth: Math.max(360, root.width * 0.4)
                Layout.fillHeight: true
                audit: auditModel
                onOpenRequested: root.openResource()
            }
        }
    }
}
