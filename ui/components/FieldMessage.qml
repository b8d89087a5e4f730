import QtQuick
import OpsDesk

// The line under a form field: what is wrong with it (in the danger colour), else a hint.
Text {
    id: root

    property string problem
    property string hint

    text: root.problem.length > 0 ? root.problem : root.hint
    horizontalAlignment: Text.AlignLeft
    wrapMode: Text.Wrap
    font.pixelSize: Theme.fontCaption + 1
    color: root.problem.length > 0 ? Theme.danger : Theme.textMuted
}
