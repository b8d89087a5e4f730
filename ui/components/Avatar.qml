import QtQuick
import OpsDesk

// Round initials badge; the hue is derived from the name so a person keeps their colour.
Rectangle {
    id: root

    property string initials
    property string seed

    implicitWidth: 36
    implicitHeight: 36
    radius: width / 2
    color: Qt.hsla((Math.abs(root.hash(root.seed)) % 360) / 360, 0.45, Theme.dark ? 0.35 : 0.55, 1)

    function hash(value: string): int {
        let h = 0
        for (let i = 0; i < value.length; ++i)
            h = (h * 31 + value.charCodeAt(i)) | 0
        return h
    }

    Text {
        anchors.centerIn: parent
        text: root.initials
        color: "white"
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
    }
}
