import QtQuick
import OpsDesk

// A small rounded label whose colour says what the state means.
Rectangle {
    id: root

    property string text
    property color tone: Theme.textMuted

    implicitWidth: label.implicitWidth + Theme.spacingS * 2
    implicitHeight: label.implicitHeight + Theme.spacingXs
    radius: height / 2
    color: Qt.rgba(root.tone.r, root.tone.g, root.tone.b, Theme.dark ? 0.22 : 0.12)

    Text {
        id: label
        anchors.centerIn: parent
        text: root.text
        font.pixelSize: Theme.fontCaption
        font.weight: Font.DemiBold
        color: root.tone
    }
}
