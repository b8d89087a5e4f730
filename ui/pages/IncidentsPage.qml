pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// Incidents: the list (unresolved by default, newest first, live) on the leading side, the
// chosen incident beside it with its times, condition, timeline and actions. Admins act;
// managers read everything, see the actions disabled with the reason, and export reports.
//
// Keys (never while typing): J/K or the arrows move, A acknowledges, R resolves (asks for the
// summary), Shift+R reopens, N writes a note, Ctrl+N opens an incident by hand, Ctrl+P exports
// the report as PDF.
Rectangle {
    id: root

    color: Theme.background

    readonly property bool canManage: incidents.canManage
    readonly property bool hasIncident: detail.hasIncident
    readonly property string blockedReason: !root.hasIncident ? qsTr("Pick an incident first")
                                                              : detail.readOnlyReason
    readonly property Item focusItem: root.Window.activeFocusItem
    // Typing, or working a drop-down (its arrow keys are its own).
    readonly property bool typing: root.focusItem instanceof TextInput || root.focusItem instanceof TextEdit
                                   || root.focusItem instanceof ComboBox
    readonly property bool popupOpen: resolveDialog.opened || newDialog.opened || assignMenu.opened
                                      || severityMenu.opened || saveDialog.visible
    readonly property bool keysEnabled: root.visible && !root.popupOpen
    property string selectedId
    property int lastRow: -1
    /// "Report saved to …" after an export; cleared by a click.
    property string exportNotice

    function select(id: string) {
        root.selectedId = id
        const row = incidents.rowOf(id)
        if (row >= 0) {
            root.lastRow = row
            incidentList.currentIndex = row
            incidentList.positionViewAtIndex(row, ListView.Contain)
        }
    }
    function selectRow(row: int) {
        const id = incidents.idAt(row)
        if (id.length > 0)
            root.select(id)
    }
    function step(delta: int) {
        const current = incidents.rowOf(root.selectedId)
        if (current >= 0)
            root.selectRow(Math.max(0, Math.min(incidentList.count - 1, current + delta)))
        else if (root.lastRow >= 0) // the open one left the list (resolved): its neighbours
            root.selectRow(Math.max(0, Math.min(incidentList.count - 1, delta > 0 ? root.lastRow : root.lastRow - 1)))
        else
            root.selectRow(0)
    }
    function openNew() {
        if (root.canManage)
            newDialog.ask()
    }
    function askResolve() {
        if (root.canManage && detail.canResolve)
            resolveDialog.ask()
    }
    function focusNote() {
        if (root.canManage && root.hasIncident)
            noteField.forceActiveFocus()
    }
    function addNote() {
        if (noteField.text.trim().length === 0)
            return
        detail.addNote(noteField.text)
    }
    function exportReport() {
        if (!root.hasIncident)
            return
        saveDialog.selectedFile = report.defaultFileUrl(detail.title)
        saveDialog.open()
    }
    function openAssignMenu() {
        assignMenu.popup(assignButton, 0, assignButton.height)
    }
    function takeFocusId() {
        if (root.visible && Navigation.page === "incidents" && Navigation.focusId.length > 0) {
            root.select(Navigation.focusId)
            Navigation.focusId = ""
        }
    }

    onVisibleChanged: root.takeFocusId()
    Component.onCompleted: root.takeFocusId()
    Connections {
        target: Navigation
        function onFocusIdChanged() {
            root.takeFocusId()
        }
    }

    IncidentListModel {
        id: incidents
        workspace: Workspace
        onOpened: id => {
            newDialog.close()
            root.select(id)
        }
    }
    IncidentDetail {
        id: detail
        workspace: Workspace
        incidentId: root.selectedId
        onNoteAdded: noteField.text = ""
        onActionDone: action => {
            if (action === "resolved")
                resolveDialog.close()
        }
    }
    IncidentReport {
        id: report
        workspace: Workspace
        onExported: path => root.exportNotice = qsTr("Report saved to %1").arg(path)
        onFailed: error => root.exportNotice = error
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
        sequence: "A"
        enabled: root.keysEnabled && !root.typing && root.canManage && detail.canAcknowledge
        onActivated: detail.acknowledge()
    }
    Shortcut {
        sequence: "R"
        enabled: root.keysEnabled && !root.typing && root.canManage && detail.canResolve
        onActivated: root.askResolve()
    }
    Shortcut {
        sequence: "Shift+R"
        enabled: root.keysEnabled && !root.typing && root.canManage && detail.canReopen
        onActivated: detail.reopen()
    }
    Shortcut {
        sequence: "N"
        enabled: root.keysEnabled && !root.typing && root.canManage && root.hasIncident
        onActivated: root.focusNote()
    }
    Shortcut {
        sequence: "Ctrl+N"
        enabled: root.keysEnabled && root.canManage
        onActivated: root.openNew()
    }
    Shortcut {
        sequence: "Ctrl+P"
        enabled: root.keysEnabled && root.hasIncident
        onActivated: root.exportReport()
    }

    ResolveIncidentDialog {
        id: resolveDialog
        detail: detail
    }
    NewIncidentDialog {
        id: newDialog
        incidents: incidents
        severityChoices: detail.severityChoices
        assigneeChoices: detail.assigneeChoices
    }
    FileDialog {
        id: saveDialog
        objectName: "reportSaveDialog"
        title: qsTr("Save incident report")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF documents (*.pdf)")]
        onAccepted: report.exportPdf(detail.incidentId, saveDialog.selectedFile)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // ---- The list
        Rectangle {
            Layout.preferredWidth: 420
            Layout.fillHeight: true
            color: Theme.surface

            ColumnLayout {
                anchors.fill: parent
                spacing: 0

                PageHeader {
                    Layout.fillWidth: true
                    Layout.margins: Theme.spacingL
                    Layout.bottomMargin: Theme.spacingS
                    title: qsTr("Incidents", "@title:page")
                    subtitle: qsTr("%n shown · J/K to move", "", incidents.count)
                    Button {
                        objectName: "newIncidentButton"
                        visible: root.canManage
                        text: qsTr("New…", "@action:button new incident")
                        highlighted: true
                        onClicked: root.openNew()
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Open an incident by hand (Ctrl+N)")
                        ToolTip.delay: 500
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingL
                    Layout.rightMargin: Theme.spacingL
                    Layout.bottomMargin: Theme.spacingM
                    spacing: Theme.spacingS
                    FilterCombo {
                        objectName: "incidentStatusFilter"
                        Layout.fillWidth: true
                        focusPolicy: Qt.NoFocus
                        choices: incidents.statusChoices
                        value: incidents.statusFilter
                        onPicked: value => incidents.statusFilter = value
                        Accessible.name: qsTr("Status")
                    }
                    FilterCombo {
                        objectName: "incidentSeverityFilter"
                        Layout.fillWidth: true
                        focusPolicy: Qt.NoFocus
                        choices: incidents.severityChoices
                        value: incidents.severityFilter
                        onPicked: value => incidents.severityFilter = value
                        Accessible.name: qsTr("Severity")
                    }
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: 1
                    color: Theme.border
                }
                ListView {
                    id: incidentList
                    objectName: "incidentList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: incidents
                    currentIndex: -1
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    delegate: IncidentDelegate {
                        selected: incidentId === root.selectedId
                        onClicked: root.select(incidentId)
                    }
                    EmptyState {
                        objectName: "incidentsEmpty"
                        anchors.fill: parent
                        visible: incidentList.count === 0
                        busy: incidents.loading && incidents.errorString.length === 0
                        error: incidents.errorString.length > 0
                        icon: incidents.filtered ? "⌕" : "✓"
                        title: error ? incidents.errorString
                               : busy ? qsTr("Loading incidents…")
                               : incidents.filtered ? qsTr("No incidents match these filters")
                               : qsTr("No unresolved incidents.")
                        hint: error ? qsTr("Check the database connection, then press F5 to try again.")
                              : busy ? ""
                              : incidents.filtered ? qsTr("Pick “Unresolved” and “All severities” to see every open incident.")
                              : root.canManage ? qsTr("Alert rules open incidents by themselves; Ctrl+N opens one by hand.")
                              : qsTr("Alert rules open incidents by themselves; admins can also open one by hand.")
                    }
                }
            }
        }
        Rectangle {
            Layout.fillHeight: true
            implicitWidth: 1
            color: Theme.border
        }

        // ---- The incident
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            EmptyState {
                objectName: "incidentDetailEmpty"
                anchors.fill: parent
                visible: !root.hasIncident
                busy: detail.loading
                error: detail.errorString.length > 0 && root.selectedId.length > 0
                icon: "!"
                title: error ? detail.errorString
                       : busy ? qsTr("Loading the incident…")
                       : qsTr("Pick an incident")
                hint: error ? qsTr("Pick another incident, or press F5 to reload.")
                      : busy ? ""
                      : root.canManage ? qsTr("J/K move through the list. A acknowledges, R resolves, N adds a note, Ctrl+P exports a PDF report.")
                      : qsTr("J/K move through the list. Ctrl+P exports a PDF report.")
            }

            ColumnLayout {
                anchors.fill: parent
                spacing: 0
                visible: root.hasIncident

                // Title, chips and actions.
                Rectangle {
                    objectName: "incidentHeader"
                    Layout.fillWidth: true
                    implicitHeight: headerColumn.implicitHeight + Theme.spacingL * 2
                    color: Theme.surface

                    ColumnLayout {
                        id: headerColumn
                        anchors.fill: parent
                        anchors.margins: Theme.spacingL
                        spacing: Theme.spacingS

                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacingS
                            ToneChip {
                                objectName: "detailSeverityChip"
                                text: detail.severityLabel
                                meaning: detail.severityMeaning
                            }
                            ToneChip {
                                objectName: "detailStatusChip"
                                text: detail.statusLabel
                                meaning: detail.statusMeaning
                            }
                            Text {
                                objectName: "detailDuration"
                                Layout.fillWidth: true
                                text: detail.durationLabel
                                horizontalAlignment: Text.AlignLeft
                                elide: Text.ElideRight
                                font.pixelSize: Theme.fontCaption + 1
                                color: Theme.textMuted
                            }
                        }
                        Text {
                            objectName: "detailTitle"
                            Layout.fillWidth: true
                            text: detail.title
                            horizontalAlignment: Text.AlignLeft
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontTitle
                            font.weight: Font.DemiBold
                            color: Theme.text
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.spacingS
                            GuardedButton {
                                objectName: "acknowledgeButton"
                                text: qsTr("Acknowledge", "@action:button")
                                highlighted: allowed
                                allowed: root.canManage && detail.canAcknowledge && !detail.busy
                                blockedReason: !root.canManage ? root.blockedReason
                                               : detail.status === "acknowledged" ? qsTr("Already acknowledged")
                                               : qsTr("Only a triggered incident can be acknowledged")
                                tip: qsTr("Say you are on it (A)")
                                onClicked: detail.acknowledge()
                            }
                            GuardedButton {
                                objectName: "resolveButton"
                                visible: !detail.canReopen
                                text: qsTr("Resolve…", "@action:button")
                                allowed: root.canManage && detail.canResolve && !detail.busy
                                blockedReason: root.canManage ? qsTr("Already resolved") : root.blockedReason
                                tip: qsTr("Close it with a summary of what happened (R)")
                                onClicked: root.askResolve()
                            }
                            GuardedButton {
                                objectName: "reopenButton"
                                visible: detail.canReopen
                                text: qsTr("Reopen", "@action:button")
                                allowed: root.canManage && !detail.busy
                                blockedReason: root.blockedReason
                                tip: qsTr("It is back: set it to triggered again (Shift+R)")
                                onClicked: detail.reopen()
                            }
                            GuardedButton {
                                id: assignButton
                                objectName: "reassignButton"
                                text: qsTr("Reassign ▾", "@action:button")
                                allowed: root.canManage && !detail.busy
                                blockedReason: root.blockedReason
                                tip: qsTr("Hand it to another admin")
                                onClicked: root.openAssignMenu()
                            }
                            GuardedButton {
                                id: severityButton
                                objectName: "severityButton"
                                text: qsTr("Severity ▾", "@action:button")
                                allowed: root.canManage && !detail.busy
                                blockedReason: root.blockedReason
                                tip: qsTr("Change how severe it is")
                                onClicked: severityMenu.popup(severityButton, 0, severityButton.height)
                            }
                            GuardedButton {
                                objectName: "exportButton"
                                text: report.busy ? qsTr("Exporting…") : qsTr("Export PDF…", "@action:button")
                                allowed: !report.busy
                                tip: qsTr("Save an incident report as PDF (Ctrl+P)")
                                onClicked: root.exportReport()
                            }
                        }
                        Text {
                            objectName: "incidentReadOnlyNotice"
                            Layout.fillWidth: true
                            visible: !root.canManage
                            text: detail.readOnlyReason
                            horizontalAlignment: Text.AlignLeft
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontCaption + 1
                            color: Theme.textMuted
                        }
                    }
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: 1
                    color: Theme.border
                }
                // A refused action, in the database's words; click to dismiss.
                Rectangle {
                    objectName: "incidentActionError"
                    Layout.fillWidth: true
                    visible: detail.actionError.length > 0 && !resolveDialog.opened
                    implicitHeight: actionErrorText.implicitHeight + Theme.spacingM * 2
                    color: Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.12)
                    Text {
                        id: actionErrorText
                        objectName: "incidentActionErrorText"
                        anchors.fill: parent
                        anchors.margins: Theme.spacingM
                        anchors.leftMargin: Theme.spacingL
                        anchors.rightMargin: Theme.spacingL
                        text: detail.actionError
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                    }
                    MouseArea {
                        anchors.fill: parent
                        onClicked: detail.clearActionError()
                    }
                }
                Rectangle {
                    objectName: "exportNotice"
                    Layout.fillWidth: true
                    visible: root.exportNotice.length > 0
                    implicitHeight: exportNoticeText.implicitHeight + Theme.spacingM * 2
                    color: Qt.rgba(Theme.info.r, Theme.info.g, Theme.info.b, 0.12)
                    Text {
                        id: exportNoticeText
                        objectName: "exportNoticeText"
                        anchors.fill: parent
                        anchors.margins: Theme.spacingM
                        anchors.leftMargin: Theme.spacingL
                        anchors.rightMargin: Theme.spacingL
                        text: root.exportNotice
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                    }
                    MouseArea {
                        anchors.fill: parent
                        onClicked: root.exportNotice = ""
                    }
                }

                ScrollView {
                    id: detailScroll
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    contentWidth: availableWidth
                    clip: true

                    ColumnLayout {
                        width: detailScroll.availableWidth
                        spacing: Theme.spacingM

                        // Facts, as label: value pairs.
                        GridLayout {
                            Layout.fillWidth: true
                            Layout.margins: Theme.spacingL
                            Layout.bottomMargin: 0
                            columns: 2
                            columnSpacing: Theme.spacingL
                            rowSpacing: Theme.spacingXs

                            component FactLabel: Text {
                                font.pixelSize: Theme.fontBody
                                color: Theme.textMuted
                                Layout.alignment: Qt.AlignTop
                            }
                            component FactValue: Text {
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignLeft
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                            }

                            FactLabel { text: qsTr("Opened") }
                            FactValue { objectName: "detailOpenedAt"; text: detail.openedAtLabel }
                            FactLabel { text: qsTr("Acknowledged"); visible: detail.acknowledgedAtLabel.length > 0 }
                            FactValue { objectName: "detailAcknowledgedAt"; text: detail.acknowledgedAtLabel; visible: text.length > 0 }
                            FactLabel { text: qsTr("Resolved"); visible: detail.resolvedAtLabel.length > 0 }
                            FactValue { objectName: "detailResolvedAt"; text: detail.resolvedAtLabel; visible: text.length > 0 }
                            FactLabel { text: qsTr("Assignee") }
                            FactValue { objectName: "detailAssignee"; text: detail.assigneeLabel }
                            FactLabel { text: qsTr("Source") }
                            FactValue { objectName: "detailSource"; text: detail.sourceLabel }
                            FactLabel { text: qsTr("Condition"); visible: detail.conditionLabel.length > 0 }
                            FactValue { objectName: "detailCondition"; text: detail.conditionLabel; visible: text.length > 0 }
                        }
                        Text {
                            objectName: "detailDescription"
                            Layout.fillWidth: true
                            Layout.leftMargin: Theme.spacingL
                            Layout.rightMargin: Theme.spacingL
                            visible: detail.description.length > 0
                            text: detail.description
                            horizontalAlignment: Text.AlignLeft
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                        }
                        Rectangle {
                            objectName: "detailSummary"
                            Layout.fillWidth: true
                            Layout.leftMargin: Theme.spacingL
                            Layout.rightMargin: Theme.spacingL
                            visible: detail.status === "resolved" && detail.summary.length > 0
                            implicitHeight: summaryColumn.implicitHeight + Theme.spacingM * 2
                            radius: Theme.radiusSmall
                            color: Qt.rgba(Theme.success.r, Theme.success.g, Theme.success.b, 0.10)
                            ColumnLayout {
                                id: summaryColumn
                                anchors.fill: parent
                                anchors.margins: Theme.spacingM
                                spacing: 2
                                Text {
                                    text: qsTr("Summary")
                                    font.pixelSize: Theme.fontCaption
                                    font.weight: Font.DemiBold
                                    color: Theme.success
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: detail.summary
                                    horizontalAlignment: Text.AlignLeft
                                    wrapMode: Text.Wrap
                                    textFormat: Text.PlainText
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.text
                                }
                            }
                        }

                        Text {
                            Layout.leftMargin: Theme.spacingL
                            Layout.topMargin: Theme.spacingS
                            text: qsTr("Timeline")
                            font.pixelSize: Theme.fontSubtitle
                            font.weight: Font.DemiBold
                            color: Theme.text
                        }
                        ColumnLayout {
                            objectName: "incidentTimeline"
                            Layout.fillWidth: true
                            Layout.leftMargin: Theme.spacingL
                            Layout.rightMargin: Theme.spacingL
                            spacing: 0
                            Repeater {
                                model: detail
                                delegate: IncidentEventDelegate {
                                    Layout.fillWidth: true
                                }
                            }
                        }

                        // A note for the timeline (admins).
                        ColumnLayout {
                            Layout.fillWidth: true
                            Layout.margins: Theme.spacingL
                            Layout.topMargin: 0
                            spacing: Theme.spacingXs
                            visible: root.canManage
                            ScrollView {
                                Layout.fillWidth: true
                                Layout.preferredHeight: 70
                                TextArea {
                                    id: noteField
                                    objectName: "incidentNoteField"
                                    enabled: !detail.busy
                                    wrapMode: TextArea.Wrap
                                    selectByMouse: true
                                    placeholderText: qsTr("Add a note to the timeline (N) — Ctrl+Enter adds it, Esc leaves")
                                    Keys.onPressed: event => {
                                        if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                                            root.addNote()
                                            event.accepted = true
                                        } else if (event.key === Qt.Key_Escape) {
                                            incidentList.forceActiveFocus()
                                            event.accepted = true
                                        }
                                    }
                                    background: Rectangle {
                                        radius: Theme.radiusSmall
                                        color: Theme.surfaceRaised
                                        border.color: noteField.activeFocus ? Theme.accent : Theme.border
                                    }
                                }
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                Item { Layout.fillWidth: true }
                                Button {
                                    objectName: "addNoteButton"
                                    text: qsTr("Add note", "@action:button")
                                    enabled: !detail.busy && noteField.text.trim().length > 0
                                    onClicked: root.addNote()
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    Menu {
        id: assignMenu
        objectName: "assignMenu"
        MenuSeparator {}
        MenuItem {
            objectName: "unassignItem"
            text: qsTr("Nobody", "@action:inmenu unassign")
            enabled: detail.assigneeId.length > 0
            onTriggered: detail.assign("")
        }
    }
    // The admins, above the separator.
    Instantiator {
        model: detail.responders
        delegate: MenuItem {
            required property var modelData
            objectName: "assignTo_" + modelData.id
            text: modelData.isMe ? qsTr("%1 (you)").arg(modelData.name) : modelData.name
            checkable: true
            checked: modelData.id === detail.assigneeId
            onTriggered: detail.assign(modelData.id)
        }
        onObjectAdded: (index, object) => assignMenu.insertItem(index, object as MenuItem)
        onObjectRemoved: (index, object) => assignMenu.removeItem(object as MenuItem)
    }
    Menu {
        id: severityMenu
        objectName: "severityMenu"
    }
    Instantiator {
        model: detail.severityChoices
        delegate: MenuItem {
            required property var modelData
            objectName: "severity_" + modelData.value
            text: modelData.label
            checkable: true
            checked: modelData.value === detail.severity
            onTriggered: detail.setSeverity(modelData.value)
        }
        onObjectAdded: (index, object) => severityMenu.insertItem(index, object as MenuItem)
        onObjectRemoved: (index, object) => severityMenu.removeItem(object as MenuItem)
    }
}
