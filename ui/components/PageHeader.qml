import QtQuick
import QtQuick.Layouts
import OpsDesk

// Page title with a muted subtitle; extra items (actions) go to the trailing side.
RowLayout {
    id: root

    property string title
    property string subtitle
    default property alias actions: trailing.data

    spacing: Theme.spacingM

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        Text {
            text: root.title
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Text {
            visible: root.subtitle.length > 0
            text: root.subtitle
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
    }
    RowLayout {
        id: trailing
        spacing: Theme.spacingS
    }
}
