import QtQuick
import QtQuick.Layouts
import OpsDesk

// A calm message for an empty, loading or failed view, saying what to do next.
Item {
    id: root

    property string title
    property string hint
    property string icon: "○"
    property bool busy: false
    property bool error: false

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.spacingXxl * 2, 420)
        spacing: Theme.spacingS

        Text {
            Layout.alignment: Qt.AlignHCenter
            text: root.busy ? "◌" : root.icon
            font.pixelSize: 34
            color: root.error ? Theme.danger : Theme.textMuted
            RotationAnimation on rotation {
                running: root.busy
                loops: Animation.Infinite
                from: 0
                to: 360
                duration: 1200
            }
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: root.title
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSubtitle
            font.weight: Font.DemiBold
            color: root.error ? Theme.danger : Theme.text
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: root.hint
            visible: root.hint.length > 0
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
    }
}
