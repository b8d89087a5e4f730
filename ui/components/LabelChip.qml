import QtQuick
import QtQuick.Layouts
import OpsDesk

// A conversation label; with `removable` it carries a × that emits removeRequested().
Rectangle {
    id: root

    property string text
    property bool removable: false
    signal removeRequested()

    implicitWidth: row.implicitWidth + Theme.spacingS * 2
    implicitHeight: Math.max(20, row.implicitHeight + 2)
    radius: Theme.radiusSmall
    color: Qt.rgba(Theme.info.r, Theme.info.g, Theme.info.b, Theme.dark ? 0.2 : 0.1)
    border.color: Qt.rgba(Theme.info.r, Theme.info.g, Theme.info.b, 0.35)

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacingXs
        Text {
            text: root.text
            font.pixelSize: Theme.fontCaption
            color: Theme.info
        }
        Text {
            objectName: "labelRemove"
            visible: root.removable
            text: "×"
            font.pixelSize: Theme.fontBody
            font.weight: Font.Bold
            color: removeArea.containsMouse ? Theme.danger : Theme.textMuted
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Remove label %1").arg(root.text)
            MouseArea {
                id: removeArea
                anchors.fill: parent
                anchors.margins: -4
                hoverEnabled: true
                cursorShape: Qt.PointingHandCursor
                onClicked: root.removeRequested()
            }
        }
    }
}
