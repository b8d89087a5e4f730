import QtQuick
import OpsDesk

// A round count (unread messages); hidden at zero.
Rectangle {
    id: root

    property int count

    visible: root.count > 0
    implicitWidth: Math.max(20, label.implicitWidth + 10)
    implicitHeight: 20
    radius: 10
    color: Theme.accent

    Text {
        id: label
        anchors.centerIn: parent
        text: root.count
        color: "white"
        font.pixelSize: Theme.fontCaption
        font.weight: Font.Bold
    }
}
