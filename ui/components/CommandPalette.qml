pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk

// Ctrl+K: a filterable list of actions. The owner passes `actions`, each
// {id, label, detail?, shortcut?, enabled, reason?}, and runs the one picked in triggered(id).
// Typing filters by label and detail; Up/Down move, Enter runs, Esc closes. A disabled action
// stays listed with the reason it cannot run.
Popup {
    id: root

    property var actions: []
    property string query: ""
    readonly property var shown: root.actions.filter(action => root.matches(action, root.query))

    signal triggered(string actionId)

    function matches(action: var, query: string): bool {
        // A plain loop: qmllint 6.4 segfaults on words.filter(...).every(...) with arrow functions.
        const detail = action.detail === undefined ? "" : action.detail
        const text = (action.label + " " + detail).toLocaleLowerCase()
        const words = query.toLocaleLowerCase().split(" ")
        for (let i = 0; i < words.length; ++i) {
            if (words[i].length > 0 && text.indexOf(words[i]) < 0)
                return false
        }
        return true
    }
    function openPalette() {
        root.query = ""
        filterField.text = ""
        actionList.currentIndex = 0
        root.open()
        filterField.forceActiveFocus()
    }
    function run(row: int) {
        const action = root.shown[row]
        if (!action || !action.enabled)
            return
        root.close()
        root.triggered(action.id)
    }
    function move(delta: int) {
        if (root.shown.length === 0)
            return
        actionList.currentIndex = Math.max(0, Math.min(root.shown.length - 1, actionList.currentIndex + delta))
        actionList.positionViewAtIndex(actionList.currentIndex, ListView.Contain)
    }

    objectName: "commandPalette"
    parent: Overlay.overlay
    x: Math.round((parent.width - width) / 2)
    y: Math.round(parent.height * 0.12)
    width: Math.min(560, parent.width - Theme.spacingXxl * 2)
    height: Math.min(column.implicitHeight + root.topPadding + root.bottomPadding, parent.height * 0.7)
    modal: true
    focus: true
    padding: Theme.spacingS
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onClosed: root.query = ""

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: Theme.spacingS

        FilterField {
            id: filterField
            objectName: "commandPaletteFilter"
            Layout.fillWidth: true
            glyph: "⌘"
            placeholderText: qsTr("Type an action: assign, resolve, snooze, label, view…", "@info:placeholder command palette")
            onTextChanged: {
                root.query = filterField.text
                actionList.currentIndex = 0
            }
            Keys.onDownPressed: root.move(1)
            Keys.onUpPressed: root.move(-1)
            Keys.onReturnPressed: root.run(actionList.currentIndex)
            Keys.onEnterPressed: root.run(actionList.currentIndex)
        }
        ListView {
            id: actionList
            objectName: "commandPaletteList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: Math.min(contentHeight, 380)
            clip: true
            model: root.shown
            currentIndex: 0
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: entry

                required property var modelData
                required property int index

                width: ListView.view ? ListView.view.width : implicitWidth
                enabled: entry.modelData.enabled
                highlighted: ListView.isCurrentItem
                onClicked: root.run(entry.index)
                background: Rectangle {
                    radius: Theme.radiusSmall
                    color: entry.highlighted ? Theme.selection : entry.hovered ? Theme.hover : "transparent"
                }
                contentItem: RowLayout {
                    spacing: Theme.spacingM
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Text {
                            Layout.fillWidth: true
                            text: entry.modelData.label
                            horizontalAlignment: Text.AlignLeft
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontBody
                            color: entry.modelData.enabled ? Theme.text : Theme.textMuted
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: entry.modelData.enabled ? (entry.modelData.detail ?? "") : (entry.modelData.reason ?? "")
                            horizontalAlignment: Text.AlignLeft
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontCaption
                            color: entry.modelData.enabled ? Theme.textMuted : Theme.warning
                        }
                    }
                    Text {
                        visible: text.length > 0
                        text: entry.modelData.shortcut ?? ""
                        font.pixelSize: Theme.fontCaption
                        font.family: Theme.monospace
                        color: Theme.textMuted
                    }
                }
            }
        }
        Text {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingM
            visible: root.shown.length === 0
            text: qsTr("No action matches “%1”.").arg(root.query)
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
    }
}
