pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk

// A drop-down for filter bars over a list of {value, label, detail?} choices. `value` shows the
// current choice; picking one emits picked(value) and leaves it to the owner to apply.
ComboBox {
    id: root

    property var choices: []
    property var value
    signal picked(var value)

    function indexIn(choices: var, value: var): int {
        for (let i = 0; i < choices.length; ++i) {
            if (choices[i].value === value)
                return i
        }
        return -1
    }

    implicitHeight: 34
    model: root.choices
    textRole: "label"
    valueRole: "value"
    currentIndex: root.indexIn(root.choices, root.value)
    font.pixelSize: Theme.fontBody
    onActivated: index => root.picked(root.choices[index].value)

    background: Rectangle {
        implicitWidth: 140
        radius: Theme.radiusSmall
        color: root.hovered ? Theme.hover : Theme.surface
        border.color: root.visualFocus || root.down ? Theme.accent : Theme.border
        border.width: root.visualFocus ? 2 : 1
    }

    delegate: ItemDelegate {
        id: choice

        required property var modelData
        required property int index

        width: ListView.view ? ListView.view.width : implicitWidth
        highlighted: root.highlightedIndex === choice.index
        contentItem: ColumnLayout {
            spacing: 0
            Text {
                Layout.fillWidth: true
                text: choice.modelData.label
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Theme.fontBody
                font.weight: choice.index === root.currentIndex ? Font.DemiBold : Font.Normal
                color: Theme.text
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                visible: text.length > 0
                text: choice.modelData.detail ?? ""
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Theme.fontCaption
                font.family: Theme.monospace
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }
        background: Rectangle {
            color: choice.highlighted ? Theme.selection : choice.hovered ? Theme.hover : Theme.surface
        }
    }
}
